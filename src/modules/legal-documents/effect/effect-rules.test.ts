import { describe, expect, it } from 'vitest'
import { replayEffectStatus, statusAfterRelation, type HistoryStep, type StandingRelation } from './effect-rules'

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

describe('the status recomputed once a relation no longer acts on a document', () => {
  const now = new Date('2026-06-01T00:00:00Z')
  const row = (
    action: string,
    from: string | null,
    to: string | null,
    relationId: number | null = null,
    isAutomatic = true,
  ): HistoryStep => ({ action, fromStatus: from, toStatus: to, isAutomatic, relationId }) as HistoryStep
  const standing = (entries: [number, StandingRelation][]) => new Map(entries)

  it('gives back “còn hiệu lực” when the only repeal is gone', () => {
    const steps = [row('bi-bai-bo', 'con-hieu-luc', 'het-hieu-luc-toan-bo', 1)]
    expect(replayEffectStatus({ steps, standing: standing([]), now })).toBe('con-hieu-luc')
    // while it stands, the replay gives what the job gave
    const kept = standing([[1, { type: 'bai-bo', isPartial: false }]])
    expect(replayEffectStatus({ steps, standing: kept, now })).toBe('het-hieu-luc-toan-bo')
  })

  it('keeps the partial replacement that still stands, and one that changed nothing while a repeal was whole', () => {
    const steps = [
      row('bi-thay-the', 'con-hieu-luc', 'het-hieu-luc-mot-phan', 1),
      row('bi-bai-bo', 'het-hieu-luc-mot-phan', 'het-hieu-luc-toan-bo', 2),
    ]
    expect(replayEffectStatus({ steps, standing: standing([[1, { type: 'thay-the', isPartial: true }]]), now })).toBe(
      'het-hieu-luc-mot-phan',
    )
    const later = [
      row('bi-bai-bo', 'con-hieu-luc', 'het-hieu-luc-toan-bo', 2),
      row('bi-dinh-chi', 'het-hieu-luc-toan-bo', 'het-hieu-luc-toan-bo', 3),
    ]
    expect(
      replayEffectStatus({ steps: later, standing: standing([[3, { type: 'dinh-chi', isPartial: false }]]), now }),
    ).toBe('ngung-hieu-luc')
  })

  it('keeps a status an editor set by hand, and skips its own earlier recomputations', () => {
    const steps = [
      row('bi-bai-bo', 'con-hieu-luc', 'het-hieu-luc-toan-bo', 1),
      row('cap-nhat', 'het-hieu-luc-toan-bo', 'khong-con-phu-hop', null, false),
      row('bi-dinh-chi', 'khong-con-phu-hop', 'ngung-hieu-luc', 2),
      row('cap-nhat', 'ngung-hieu-luc', 'khong-con-phu-hop', null, true),
    ]
    expect(replayEffectStatus({ steps, standing: standing([]), now })).toBe('khong-con-phu-hop')
    expect(replayEffectStatus({ steps, standing: standing([[2, { type: 'dinh-chi', isPartial: false }]]), now })).toBe(
      'ngung-hieu-luc',
    )
  })

  it('brings the dates up to now: a suspended document that has since reached its effective date, or its end', () => {
    const steps = [row('bi-dinh-chi', 'chua-co-hieu-luc', 'ngung-hieu-luc', 1)]
    const dates = { effectiveAt: '2026-01-01T00:00:00Z' }
    expect(replayEffectStatus({ steps, standing: standing([]), ...dates, now })).toBe('con-hieu-luc')
    expect(replayEffectStatus({ steps, standing: standing([]), ...dates, now: new Date('2025-12-01T00:00:00Z') })).toBe(
      'chua-co-hieu-luc',
    )
    expect(
      replayEffectStatus({ steps, standing: standing([]), ...dates, expiresAt: '2026-05-01T00:00:00Z', now }),
    ).toBe('het-hieu-luc-toan-bo')
  })

  it('counts a relation applied again after an edit once, where it was last applied', () => {
    const steps = [
      row('bi-bai-bo', 'con-hieu-luc', 'het-hieu-luc-mot-phan', 1),
      row('bi-dinh-chi', 'het-hieu-luc-mot-phan', 'ngung-hieu-luc', 2),
      row('bi-bai-bo', 'ngung-hieu-luc', 'het-hieu-luc-mot-phan', 1),
    ]
    const both = standing([
      [1, { type: 'bai-bo', isPartial: true }],
      [2, { type: 'dinh-chi', isPartial: false }],
    ])
    expect(replayEffectStatus({ steps, standing: both, now })).toBe('het-hieu-luc-mot-phan')
  })

  it('has nothing to recompute for a document without history', () => {
    expect(replayEffectStatus({ steps: [], standing: standing([]), now })).toBeNull()
  })
})
