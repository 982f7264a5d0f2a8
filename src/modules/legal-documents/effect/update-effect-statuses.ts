import type { Payload, RequestContext, Where } from 'payload'
import type { DocumentRelation, LegalDocument } from '@/payload-types'
import type { WorkflowContext } from '@/shared/workflow/apply-workflow'
import type { EffectStatusValue, RelationTypeValue } from '../parse'
import {
  DOCUMENT_RELATIONS_SLUG,
  EFFECT_HISTORY_SLUG,
  EFFECT_RELATIONS,
  LEGAL_DOCUMENTS_SLUG,
  type EffectAction,
} from '../constants'
import type { LegalDocumentsContext } from '../hooks/context'
import { statusAfterRelation } from './effect-rules'

export const EFFECT_JOB_NAME = 'Hệ thống (cập nhật hiệu lực)'

export type EffectChange = {
  documentId: number
  action: EffectAction
  from: EffectStatusValue | null
  to: EffectStatusValue | null
  byDocumentId?: number
  relationId?: number
}

type DocState = Pick<LegalDocument, 'id' | 'status' | 'effectiveAt' | 'expiresAt' | 'workflowState'>

// The job writes as the system: no user, the workflow state untouched, one cache refresh at the end.
const JOB_CONTEXT: RequestContext & WorkflowContext & LegalDocumentsContext = {
  effectJob: true,
  skipWorkflow: true,
  disableRevalidate: true,
  disableNotifications: true,
}

const STATE_SELECT = { status: true, effectiveAt: true, expiresAt: true, workflowState: true } as const

const idOf = (value: number | { id: number } | null | undefined): number | null =>
  value === null || value === undefined ? null : typeof value === 'object' ? value.id : value

async function record(payload: Payload, change: EffectChange & { date: string; provision?: string | null }) {
  if (change.to !== null && change.to !== change.from) {
    await payload.update({
      collection: LEGAL_DOCUMENTS_SLUG,
      id: change.documentId,
      data: { status: change.to, effectChangedAt: change.date },
      depth: 0,
      overrideAccess: true,
      context: JOB_CONTEXT,
    })
  }
  await payload.create({
    collection: EFFECT_HISTORY_SLUG,
    data: {
      document: change.documentId,
      action: change.action,
      date: change.date,
      fromStatus: change.from,
      toStatus: change.to ?? change.from,
      byDocument: change.byDocumentId ?? null,
      relation: change.relationId ?? null,
      provision: change.provision ?? null,
      isAutomatic: true,
      recordedBy: EFFECT_JOB_NAME,
    },
    depth: 0,
    overrideAccess: true,
    context: JOB_CONTEXT,
  })
}

/** Runs `work` for one item; a failure is logged and the other items still go through. */
async function guarded<T>(payload: Payload, what: string, work: () => Promise<T>): Promise<T | null> {
  try {
    return await work()
  } catch (err) {
    payload.logger.error({ msg: `Effect status update failed: ${what}`, err })
    return null
  }
}

async function findDocs(payload: Payload, where: Where, limit: number): Promise<DocState[]> {
  const found = await payload.find({
    collection: LEGAL_DOCUMENTS_SLUG,
    where,
    limit,
    depth: 0,
    sort: 'id',
    select: STATE_SELECT,
    overrideAccess: true,
  })
  return found.docs as DocState[]
}

/** Documents whose effective date has come: "chưa có hiệu lực" → "còn hiệu lực". */
async function takeEffect(payload: Payload, now: string, limit: number): Promise<EffectChange[]> {
  const due = await findDocs(
    payload,
    { and: [{ status: { equals: 'chua-co-hieu-luc' } }, { effectiveAt: { less_than_equal: now } }] },
    limit,
  )
  const changes: EffectChange[] = []
  for (const doc of due) {
    const change: EffectChange = {
      documentId: doc.id,
      action: 'co-hieu-luc',
      from: 'chua-co-hieu-luc',
      to: 'con-hieu-luc',
    }
    const done = await guarded(payload, `document ${doc.id} taking effect`, () =>
      record(payload, { ...change, date: doc.effectiveAt ?? now }),
    )
    if (done !== null) changes.push(change)
  }
  return changes
}

/** Replacements, repeals, suspensions and amendments whose acting document has taken effect. */
async function applyRelations(payload: Payload, now: string, limit: number): Promise<EffectChange[]> {
  const types = Object.keys(EFFECT_RELATIONS)
  const found = await payload.find({
    collection: DOCUMENT_RELATIONS_SLUG,
    where: {
      and: [
        { appliedAt: { exists: false } },
        { type: { in: types } },
        { 'from.workflowState': { equals: 'published' } },
        {
          or: [
            { effectiveAt: { less_than_equal: now } },
            { and: [{ effectiveAt: { exists: false } }, { 'from.effectiveAt': { less_than_equal: now } }] },
          ],
        },
      ],
    },
    limit,
    depth: 0,
    sort: 'effectiveAt',
    overrideAccess: true,
  })
  const changes: EffectChange[] = []
  for (const relation of found.docs as DocumentRelation[]) {
    const change = await guarded(payload, `relation ${relation.id}`, () => applyRelation(payload, relation, now))
    if (change) changes.push(change)
  }
  return changes
}

async function applyRelation(payload: Payload, relation: DocumentRelation, now: string): Promise<EffectChange | null> {
  const fromId = idOf(relation.from)
  const toId = idOf(relation.to)
  const action = EFFECT_RELATIONS[relation.type as RelationTypeValue]
  let change: EffectChange | null = null
  if (fromId !== null && toId !== null && action) {
    const [from] = await findDocs(payload, { id: { equals: fromId } }, 1)
    const [target] = await findDocs(payload, { id: { equals: toId } }, 1)
    if (from && target) {
      const current = (target.status ?? null) as EffectStatusValue | null
      const next = statusAfterRelation({
        type: relation.type as RelationTypeValue,
        isPartial: Boolean(relation.provision),
        current,
      })
      change = {
        documentId: toId,
        action,
        from: current,
        to: next ?? current,
        byDocumentId: fromId,
        relationId: relation.id,
      }
      const date = relation.effectiveAt ?? from.effectiveAt ?? now
      await record(payload, { ...change, date, provision: relation.provision })
    }
  }
  await payload.update({
    collection: DOCUMENT_RELATIONS_SLUG,
    id: relation.id,
    data: { appliedAt: now },
    depth: 0,
    overrideAccess: true,
    context: JOB_CONTEXT,
  })
  return change
}

/** Documents whose term has ended: "hết hiệu lực toàn bộ". */
async function expire(payload: Payload, now: string, limit: number): Promise<EffectChange[]> {
  const due = await findDocs(
    payload,
    { and: [{ expiresAt: { less_than_equal: now } }, { status: { not_equals: 'het-hieu-luc-toan-bo' } }] },
    limit,
  )
  const changes: EffectChange[] = []
  for (const doc of due) {
    const change: EffectChange = {
      documentId: doc.id,
      action: 'het-han',
      from: (doc.status ?? null) as EffectStatusValue | null,
      to: 'het-hieu-luc-toan-bo',
    }
    const done = await guarded(payload, `document ${doc.id} expiring`, () =>
      record(payload, { ...change, date: doc.expiresAt ?? now }),
    )
    if (done !== null) changes.push(change)
  }
  return changes
}

let running: Promise<EffectChange[]> | null = null

/**
 * Brings effect statuses up to date at `now`: documents reaching their effective date, relations
 * (replacement, repeal, suspension, amendment) whose acting document has taken effect, and
 * documents reaching their end date; each change is written to the effect history.
 *
 * A system job (overrideAccess: it changes documents no visitor could). It runs on every scheduler
 * tick, so every query only matches what still needs a change and is bounded by `limit`: a quiet
 * run costs three indexed queries. Runs in one process never overlap.
 */
export function updateEffectStatuses(payload: Payload, now = new Date(), limit = 50): Promise<EffectChange[]> {
  if (running) return running.then(() => [])
  const at = now.toISOString()
  const run = (async () => {
    const steps = [takeEffect, applyRelations, expire]
    const changes: EffectChange[] = []
    for (const step of steps) {
      changes.push(...((await guarded(payload, step.name, () => step(payload, at, limit))) ?? []))
    }
    return changes
  })()
  running = run
  return run.finally(() => {
    running = null
  })
}
