import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'
import type { DocumentRelation } from '@/payload-types'
import { formatDate } from '@/shared/text/vietnamese'
import { RELATION_TYPES, type RelationTypeValue } from '../parse'
import { EFFECT_RELATIONS, LEGAL_DOCUMENTS_SLUG } from '../constants'
import { recomputeEffectStatus } from '../effect/recompute-effect-status'
import { isEffectJob } from './context'

type RelationLike = Pick<DocumentRelation, 'id' | 'type' | 'provision' | 'effectiveAt' | 'appliedAt'> & {
  from?: number | { id: number } | null
  to?: number | { id: number } | null
}

const idOf = (value: number | { id: number } | null | undefined): number | null =>
  value === null || value === undefined ? null : typeof value === 'object' ? value.id : value

const typeName = (type: string | null | undefined): string =>
  (RELATION_TYPES.find((r) => r.value === type)?.label ?? 'liên quan').toLowerCase()

/** Whether the relation had changed its target's effect (or logged an amendment) already. */
const wasApplied = (relation: RelationLike | undefined): relation is RelationLike =>
  Boolean(relation?.appliedAt) && Boolean(EFFECT_RELATIONS[relation?.type as RelationTypeValue])

async function numbersOf(req: PayloadRequest, ids: (number | null)[]): Promise<Map<number, string>> {
  const wanted = ids.filter((id): id is number => id !== null)
  if (wanted.length === 0) return new Map()
  // System read: the message names the documents whatever the writer may read.
  const found = await req.payload.find({
    collection: LEGAL_DOCUMENTS_SLUG,
    where: { id: { in: wanted } },
    depth: 0,
    pagination: false,
    select: { number: true },
    overrideAccess: true,
    req,
  })
  return new Map(found.docs.map((d) => [d.id, (d as { number?: string | null }).number ?? `#${d.id}`]))
}

const RECOMPUTED = 'Tình trạng hiệu lực được tính lại theo các văn bản còn tác động và ngày hiệu lực.'

/** "Gỡ quan hệ bãi bỏ với văn bản 12/2024/QĐ-UBND (Điều 8)." */
function removedReason(relation: RelationLike, fromNumber: string): string {
  const scope = relation.provision ? ` (${relation.provision})` : ''
  return `Gỡ quan hệ ${typeName(relation.type)} với văn bản ${fromNumber}${scope}. ${RECOMPUTED}`
}

/** "Sửa quan hệ bãi bỏ với văn bản 12/2024/QĐ-UBND: nay là “đình chỉ, ngưng hiệu lực”." */
function editedReason(before: RelationLike, after: RelationLike, numbers: Map<number, string>): string {
  const name = (id: number | null): string => (id === null ? '' : (numbers.get(id) ?? `#${id}`))
  const changes: string[] = []
  if (before.type !== after.type) changes.push(`nay là “${typeName(after.type)}”`)
  if (idOf(before.to) !== idOf(after.to)) changes.push(`nay tác động đến văn bản ${name(idOf(after.to))}`)
  if (idOf(before.from) !== idOf(after.from)) changes.push(`nay do văn bản ${name(idOf(after.from))} tác động`)
  if ((before.provision ?? '') !== (after.provision ?? '')) {
    changes.push(after.provision ? `phạm vi nay là ${after.provision}` : 'nay tác động đến toàn bộ văn bản')
  }
  if ((before.effectiveAt ?? '') !== (after.effectiveAt ?? '')) {
    changes.push(
      after.effectiveAt
        ? `ngày tác động nay là ${formatDate(after.effectiveAt)}`
        : 'ngày tác động nay lấy theo văn bản tác động',
    )
  }
  const what = changes.length > 0 ? `: ${changes.join('; ')}` : ''
  return `Sửa quan hệ ${typeName(before.type)} với văn bản ${name(idOf(before.from))}${what}. ${RECOMPUTED}`
}

/**
 * A deleted relation that had acted on its target (replaced, repealed, suspended or amended it)
 * no longer does: the target's status is recomputed from what still acts on it, with a history
 * row saying which relation was removed.
 */
export const restoreEffectOnDelete: CollectionAfterDeleteHook = async ({ doc, req, context }) => {
  const relation = doc as RelationLike
  const target = idOf(relation.to)
  if (isEffectJob(context) || !wasApplied(relation) || target === null) return doc
  const from = idOf(relation.from)
  const numbers = await numbersOf(req, [from])
  await recomputeEffectStatus(req, {
    documentId: target,
    reason: removedReason(relation, from === null ? '(đã xóa)' : (numbers.get(from) ?? `#${from}`)),
    byDocumentId: from,
    relationId: null,
    provision: relation.provision ?? null,
    excludeRelationId: relation.id,
  })
  return doc
}

/**
 * An applied relation edited so that it says something else (another type, target, acting
 * document, provision or date) loses its application (see checkRelation): its former target's
 * status is recomputed without it at once; the effect job applies the new version when it is due.
 */
export const restoreEffectOnChange: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  operation,
  req,
  context,
}) => {
  const after = doc as RelationLike
  const before = previousDoc as RelationLike | undefined
  if (operation !== 'update' || isEffectJob(context) || !wasApplied(before) || after.appliedAt) return doc
  const target = idOf(before.to)
  if (target === null) return doc
  const numbers = await numbersOf(req, [idOf(before.from), idOf(after.from), idOf(after.to)])
  await recomputeEffectStatus(req, {
    documentId: target,
    reason: editedReason(before, after, numbers),
    byDocumentId: idOf(before.from),
    relationId: after.id,
    provision: before.provision ?? null,
  })
  return doc
}
