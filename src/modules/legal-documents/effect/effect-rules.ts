import type { EffectStatusValue, RelationTypeValue } from '../parse'

/**
 * The status a document takes when a relation acting on it comes into effect; null when the
 * relation leaves the status as it is (an amendment, or a document already out of force).
 * A relation with a cited provision acts on part of the document only.
 */
export function statusAfterRelation(args: {
  type: RelationTypeValue
  isPartial: boolean
  current: EffectStatusValue | null | undefined
}): EffectStatusValue | null {
  const { type, isPartial, current } = args
  if (current === 'het-hieu-luc-toan-bo') return null
  let next: EffectStatusValue | null = null
  if (type === 'thay-the' || type === 'bai-bo') {
    next = isPartial ? 'het-hieu-luc-mot-phan' : 'het-hieu-luc-toan-bo'
  } else if (type === 'dinh-chi') {
    if (isPartial) {
      // A document partly out of force or wholly suspended stays so: one status cannot say both.
      next = current === 'ngung-hieu-luc' || current === 'het-hieu-luc-mot-phan' ? null : 'ngung-hieu-luc-mot-phan'
    } else {
      next = 'ngung-hieu-luc'
    }
  }
  return next === current ? null : next
}

/** One row of a document's effect history, as the replay reads it (oldest first). */
export type HistoryStep = {
  action: string
  fromStatus: EffectStatusValue | null
  toStatus: EffectStatusValue | null
  isAutomatic: boolean
  /** the relation the row applied, null when none (or when it has been deleted since) */
  relationId: number | null
}

/** A relation that still acts on the document: it exists, still names it, and has been applied. */
export type StandingRelation = { type: RelationTypeValue; isPartial: boolean }

const RELATION_ACTIONS = new Set(['bi-thay-the', 'bi-bai-bo', 'bi-dinh-chi', 'duoc-sua-doi'])

const reached = (date: string | null | undefined, now: Date): boolean =>
  Boolean(date) && new Date(date as string).getTime() <= now.getTime()

/**
 * The status a document should have once some relation no longer acts on it: its history is
 * replayed from the status it started with, keeping what editors set by hand, the dates (taking
 * effect, end of term) and the relations still standing, in the order they were applied, and
 * skipping the relations that are gone or no longer apply (their rows, and the rows this
 * recomputation itself wrote). The dates are then brought up to `now` as the effect job would.
 * Null when the document has no history, i.e. no relation ever acted on it.
 */
export function replayEffectStatus(args: {
  steps: readonly HistoryStep[]
  standing: ReadonlyMap<number, StandingRelation>
  effectiveAt?: string | null
  expiresAt?: string | null
  now: Date
}): EffectStatusValue | null {
  const { steps, standing, effectiveAt, expiresAt, now } = args
  if (steps.length === 0) return null
  // A relation applied again after an edit counts once, where it was last applied.
  const lastRowOf = new Map<number, number>()
  steps.forEach((step, index) => {
    if (step.relationId !== null && RELATION_ACTIONS.has(step.action)) lastRowOf.set(step.relationId, index)
  })
  let status: EffectStatusValue | null = steps[0]!.fromStatus
  steps.forEach((step, index) => {
    if (step.action === 'cap-nhat') {
      // A status set by hand stands; automatic rows of this kind are earlier recomputations.
      if (!step.isAutomatic && step.toStatus) status = step.toStatus
    } else if (step.action === 'co-hieu-luc') {
      if (status === 'chua-co-hieu-luc') status = 'con-hieu-luc'
    } else if (step.action === 'het-han') {
      status = 'het-hieu-luc-toan-bo'
    } else if (RELATION_ACTIONS.has(step.action) && step.relationId !== null) {
      const relation = standing.get(step.relationId)
      if (relation && lastRowOf.get(step.relationId) === index) {
        status = statusAfterRelation({ type: relation.type, isPartial: relation.isPartial, current: status }) ?? status
      }
    }
  })
  if (reached(expiresAt, now)) return 'het-hieu-luc-toan-bo'
  if (status === 'chua-co-hieu-luc' && reached(effectiveAt, now)) return 'con-hieu-luc'
  return status
}
