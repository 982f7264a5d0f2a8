import { describe, expect, it } from 'vitest'
import { activityMove, availableMoves } from './states'
import { nonNegativeInteger, validateActivityDate, validateEndDate, validateMaterials } from './validation'

describe('activity validation', () => {
  const now = new Date('2026-05-10T03:00:00.000Z')
  it('rejects dates more than a day ahead, accepts today and tomorrow', () => {
    expect(validateActivityDate('2026-05-10T10:00:00.000Z', now)).toBe(true)
    expect(validateActivityDate('2026-05-11T02:00:00.000Z', now)).toBe(true)
    expect(validateActivityDate('2026-05-12T03:00:00.000Z', now)).toMatch(/tương lai/)
    expect(validateActivityDate('không phải ngày', now)).toMatch(/không hợp lệ/)
  })
  it('rejects an end before the start', () => {
    expect(validateEndDate('2026-05-01T00:00:00.000Z', { date: '2026-05-02T00:00:00.000Z' })).toMatch(/trước ngày/)
    expect(validateEndDate('2026-05-03T00:00:00.000Z', { date: '2026-05-02T00:00:00.000Z' })).toBe(true)
    expect(validateEndDate(null, { date: '2026-05-02T00:00:00.000Z' })).toBe(true)
  })
  it('rejects negative, fractional and absurd counts', () => {
    const check = nonNegativeInteger('Số lượt người tham dự', 1_000_000)
    expect(check(-1)).toMatch(/không âm/)
    expect(check(1.5)).toMatch(/không âm/)
    expect(check(1_000_001)).toMatch(/vượt quá 1\.000\.000/)
    expect(check(1_000_000)).toBe(true)
  })
  it('rejects a material kind entered twice', () => {
    expect(validateMaterials([{ kind: 'leaflet' }, { kind: 'book' }])).toBe(true)
    expect(validateMaterials([{ kind: 'leaflet' }, { kind: 'leaflet' }])).toMatch(/Tờ gấp, tờ rơi/)
  })
})

describe('activity lifecycle rules', () => {
  it('lets a unit send drafts and returned records, nothing else', () => {
    expect(activityMove('contributor', 'draft', 'submitted').ok).toBe(true)
    expect(activityMove('contributor', 'returned', 'submitted').ok).toBe(true)
    expect(activityMove('contributor', 'draft', 'draft').ok).toBe(true)
    expect(activityMove('contributor', 'submitted', 'submitted')).toMatchObject({ ok: false, status: 403 })
    expect(activityMove('contributor', 'submitted', 'verified')).toMatchObject({ ok: false, status: 403 })
    expect(activityMove('contributor', 'draft', 'verified')).toMatchObject({ ok: false, status: 403 })
    expect(activityMove('contributor', 'verified', 'draft')).toMatchObject({ ok: false, status: 403 })
  })
  it('lets the board verify or return submitted records only', () => {
    expect(activityMove('editor', 'submitted', 'verified').ok).toBe(true)
    expect(activityMove('editor', 'submitted', 'returned').ok).toBe(true)
    expect(activityMove('editor', 'draft', 'verified')).toMatchObject({ ok: false, status: 400 })
    expect(activityMove('editor', 'verified', 'draft')).toMatchObject({ ok: false, status: 400 })
    expect(activityMove('viewer', 'draft', 'draft')).toMatchObject({ ok: false, status: 403 })
    expect(availableMoves('editor', 'submitted')).toEqual(['verified', 'returned'])
    expect(availableMoves('contributor', 'returned')).toEqual(['submitted'])
    expect(availableMoves('contributor', 'submitted')).toEqual([])
  })
})
