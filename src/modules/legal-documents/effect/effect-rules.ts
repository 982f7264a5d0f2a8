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
