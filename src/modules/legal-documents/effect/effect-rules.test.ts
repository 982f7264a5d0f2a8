import { describe, expect, it } from 'vitest'
import { statusAfterRelation } from './effect-rules'

describe('the status a relation leaves a document in', () => {
  it('a whole replacement or repeal ends the effect entirely', () => {
    expect(statusAfterRelation({ type: 'thay-the', isPartial: false, current: 'con-hieu-luc' })).toBe(
      'het-hieu-luc-toan-bo',
    )
    expect(statusAfterRelation({ type: 'bai-bo', isPartial: false, current: 'het-hieu-luc-mot-phan' })).toBe(
      'het-hieu-luc-toan-bo',
    )
  })
  it('a repeal of some provisions ends the effect in part', () => {
    expect(statusAfterRelation({ type: 'bai-bo', isPartial: true, current: 'con-hieu-luc' })).toBe(
      'het-hieu-luc-mot-phan',
    )
  })
  it('a suspension suspends, wholly or in part', () => {
    expect(statusAfterRelation({ type: 'dinh-chi', isPartial: false, current: 'con-hieu-luc' })).toBe('ngung-hieu-luc')
    expect(statusAfterRelation({ type: 'dinh-chi', isPartial: true, current: 'chua-xac-dinh' })).toBe(
      'ngung-hieu-luc-mot-phan',
    )
  })
  it('leaves a document that is already wholly out of force alone', () => {
    for (const type of ['thay-the', 'bai-bo', 'dinh-chi'] as const) {
      expect(statusAfterRelation({ type, isPartial: true, current: 'het-hieu-luc-toan-bo' })).toBeNull()
    }
  })
  it('an amendment, a guidance or a citation does not change the status', () => {
    for (const type of ['sua-doi', 'huong-dan', 'can-cu', 'dan-chieu'] as const) {
      expect(statusAfterRelation({ type, isPartial: false, current: 'con-hieu-luc' })).toBeNull()
    }
  })
  it('reports no change when the status is already the one the relation gives', () => {
    expect(statusAfterRelation({ type: 'bai-bo', isPartial: true, current: 'het-hieu-luc-mot-phan' })).toBeNull()
  })
})
