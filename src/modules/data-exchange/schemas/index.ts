import announcement from './announcement.schema.json'
import article from './article.schema.json'
import common from './common.schema.json'
import contestResult from './contest-result.schema.json'
import dialogue from './dialogue.schema.json'
import documentMaterial from './document-material.schema.json'
import event from './event.schema.json'
import legalDocument from './legal-document.schema.json'
import legalSituation from './legal-situation.schema.json'
import libraryItem from './library-item.schema.json'
import plan from './plan.schema.json'
import question from './question.schema.json'
import registryMember from './registry-member.schema.json'
import statistics from './statistics.schema.json'
import { changeFeedSchema } from '../changes/schema'

/** The data standard's JSON Schemas (draft 2020-12), by file name; docs/data-standard.md describes them. */
export const SCHEMAS: Record<string, object> = {
  'common.schema.json': common,
  'article.schema.json': article,
  'legal-document.schema.json': legalDocument,
  'question.schema.json': question,
  'library-item.schema.json': libraryItem,
  'legal-situation.schema.json': legalSituation,
  'event.schema.json': event,
  'announcement.schema.json': announcement,
  'plan.schema.json': plan,
  'document-material.schema.json': documentMaterial,
  'dialogue.schema.json': dialogue,
  'contest-result.schema.json': contestResult,
  'registry-member.schema.json': registryMember,
  'statistics.schema.json': statistics,
  'change-feed.schema.json': changeFeedSchema(),
}
