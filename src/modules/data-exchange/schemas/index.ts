import article from './article.schema.json'
import common from './common.schema.json'
import legalDocument from './legal-document.schema.json'
import legalSituation from './legal-situation.schema.json'
import libraryItem from './library-item.schema.json'
import question from './question.schema.json'

/** The data standard's JSON Schemas (draft 2020-12), by file name; docs/data-standard.md describes them. */
export const SCHEMAS: Record<string, object> = {
  'common.schema.json': common,
  'article.schema.json': article,
  'legal-document.schema.json': legalDocument,
  'question.schema.json': question,
  'library-item.schema.json': libraryItem,
  'legal-situation.schema.json': legalSituation,
}
