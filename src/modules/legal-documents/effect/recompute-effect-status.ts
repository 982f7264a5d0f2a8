import type { PayloadRequest, RequestContext } from 'payload'
import type { DocumentRelation, EffectHistory, LegalDocument } from '@/payload-types'
import type { WorkflowContext } from '@/shared/workflow/apply-workflow'
import type { EffectStatusValue, RelationTypeValue } from '../parse'
import { DOCUMENT_RELATIONS_SLUG, EFFECT_HISTORY_SLUG, LEGAL_DOCUMENTS_SLUG } from '../constants'
import { inNestedCalls, type LegalDocumentsContext } from '../hooks/context'
import { replayEffectStatus, type HistoryStep, type StandingRelation } from './effect-rules'
import { EFFECT_JOB_NAME } from './update-effect-statuses'

// Written as the system inside the editor's request (same transaction): the status is computed,
// not chosen, so the document's workflow is untouched and no manual history row is added; the
// relation's own hooks refresh the cache afterwards.
const RECOMPUTE_CONTEXT: RequestContext & WorkflowContext & LegalDocumentsContext = {
  effectJob: true,
  skipWorkflow: true,
  disableRevalidate: true,
  disableNotifications: true,
}

const idOf = (value: number | { id: number } | null | undefined): number | null =>
  value === null || value === undefined ? null : typeof value === 'object' ? value.id : value

export type RecomputeResult = { documentId: number; from: EffectStatusValue | null; to: EffectStatusValue | null }

type RecomputeArgs = {
  documentId: number
  reason: string
  byDocumentId: number | null
  /** the relation when it still exists (edited), null when it was deleted */
  relationId: number | null
  provision: string | null
  /** a relation to leave out even if the database still shows it (the one being deleted) */
  excludeRelationId?: number
  now?: Date
}

/**
 * Recomputes the effect status of `documentId` after a relation acting on it was deleted or
 * edited away (its application was reset): the document's history is replayed without it (see
 * `replayEffectStatus`), the status is written when it differs, and one automatic history row says
 * why (`reason`, e.g. "Gỡ quan hệ bãi bỏ với văn bản …").
 *
 * System reads and writes (overrideAccess) on behalf of whoever removed the relation: the
 * relation's own access rules have already allowed that, and the target may be a document the
 * writer could not edit. `req` keeps every write in the request's transaction.
 */
export function recomputeEffectStatus(req: PayloadRequest, args: RecomputeArgs): Promise<RecomputeResult | null> {
  return inNestedCalls(req, () => recompute(req, args))
}

async function recompute(req: PayloadRequest, args: RecomputeArgs): Promise<RecomputeResult | null> {
  const { payload } = req
  const now = args.now ?? new Date()
  const target = (await payload.findByID({
    collection: LEGAL_DOCUMENTS_SLUG,
    id: args.documentId,
    depth: 0,
    select: { status: true, effectiveAt: true, expiresAt: true },
    overrideAccess: true,
    disableErrors: true,
    req,
  })) as Pick<LegalDocument, 'id' | 'status' | 'effectiveAt' | 'expiresAt'> | null
  if (!target) return null

  const rows = await payload.find({
    collection: EFFECT_HISTORY_SLUG,
    where: { document: { equals: args.documentId } },
    sort: 'id',
    depth: 0,
    pagination: false,
    select: { action: true, fromStatus: true, toStatus: true, isAutomatic: true, relation: true },
    overrideAccess: true,
    req,
  })
  const steps: HistoryStep[] = (rows.docs as EffectHistory[]).map((row) => ({
    action: row.action,
    fromStatus: (row.fromStatus ?? null) as EffectStatusValue | null,
    toStatus: (row.toStatus ?? null) as EffectStatusValue | null,
    isAutomatic: Boolean(row.isAutomatic),
    relationId: idOf(row.relation),
  }))

  const relationIds = [...new Set(steps.map((s) => s.relationId).filter((id): id is number => id !== null))].filter(
    (id) => id !== args.excludeRelationId,
  )
  const standing = new Map<number, StandingRelation>()
  if (relationIds.length > 0) {
    const found = await payload.find({
      collection: DOCUMENT_RELATIONS_SLUG,
      where: {
        and: [{ id: { in: relationIds } }, { to: { equals: args.documentId } }, { appliedAt: { exists: true } }],
      },
      depth: 0,
      pagination: false,
      select: { type: true, provision: true },
      overrideAccess: true,
      req,
    })
    for (const relation of found.docs as DocumentRelation[]) {
      standing.set(relation.id, { type: relation.type as RelationTypeValue, isPartial: Boolean(relation.provision) })
    }
  }

  const current = (target.status ?? null) as EffectStatusValue | null
  const next =
    replayEffectStatus({ steps, standing, effectiveAt: target.effectiveAt, expiresAt: target.expiresAt, now }) ??
    current
  const at = now.toISOString()
  if (next !== current) {
    await payload.update({
      collection: LEGAL_DOCUMENTS_SLUG,
      id: args.documentId,
      data: { status: next, effectChangedAt: at },
      depth: 0,
      overrideAccess: true,
      context: RECOMPUTE_CONTEXT,
      req,
    })
  }
  const user = req.user as { name?: string | null; email?: string | null } | null
  await payload.create({
    collection: EFFECT_HISTORY_SLUG,
    data: {
      document: args.documentId,
      action: 'cap-nhat',
      date: at,
      fromStatus: current,
      toStatus: next,
      byDocument: args.byDocumentId,
      relation: args.relationId,
      provision: args.provision,
      note: args.reason,
      isAutomatic: true,
      recordedBy: user?.name || user?.email || EFFECT_JOB_NAME,
    },
    depth: 0,
    overrideAccess: true,
    context: RECOMPUTE_CONTEXT,
    req,
  })
  return { documentId: args.documentId, from: current, to: next }
}
