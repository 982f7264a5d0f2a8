import { describe, expect, it } from 'vitest'
import { formatLongDateVi, formatNumberVi, formatShortDateVi, vietnamDay, vietnamMidnight } from './format'

describe('Vietnamese number formatting', () => {
  it('groups thousands with dots', () => {
    expect(formatNumberVi(1234567)).toBe('1.234.567')
    expect(formatNumberVi(999)).toBe('999')
    expect(formatNumberVi(1000)).toBe('1.000')
    expect(formatNumberVi(0)).toBe('0')
  })
  it('writes decimals with a comma and drops trailing zeros', () => {
    expect(formatNumberVi(12.5)).toBe('12,5')
    expect(formatNumberVi(12.504)).toBe('12,5')
    expect(formatNumberVi(1234.25)).toBe('1.234,25')
    expect(formatNumberVi(3.0)).toBe('3')
    expect(formatNumberVi(2 / 3, 1)).toBe('0,7')
  })
  it('keeps the sign of negative numbers and shows a dash for non-numbers', () => {
    expect(formatNumberVi(-1500)).toBe('-1.500')
    expect(formatNumberVi(-0.001)).toBe('0')
    expect(formatNumberVi(Number.NaN)).toBe('–')
  })
})

describe('Vietnamese dates', () => {
  it('writes the long form with a leading zero for days below 10 and the months 1 and 2', () => {
    expect(formatLongDateVi(vietnamMidnight(2026, 3, 5))).toBe('ngày 05 tháng 3 năm 2026')
    expect(formatLongDateVi(vietnamMidnight(2026, 1, 15))).toBe('ngày 15 tháng 01 năm 2026')
    expect(formatLongDateVi(vietnamMidnight(2026, 2, 28))).toBe('ngày 28 tháng 02 năm 2026')
    expect(formatLongDateVi(vietnamMidnight(2026, 12, 31))).toBe('ngày 31 tháng 12 năm 2026')
  })
  it('uses the day in Vietnam, seven hours ahead of UTC', () => {
    // 18:30 UTC on 4 March is 01:30 on 5 March in Vietnam.
    expect(formatLongDateVi(new Date('2026-03-04T18:30:00Z'))).toBe('ngày 05 tháng 3 năm 2026')
    expect(vietnamDay(new Date('2026-03-04T16:59:00Z'))).toEqual({ day: 4, month: 3, year: 2026 })
    expect(formatShortDateVi(new Date('2025-12-31T17:00:00Z'))).toBe('01/01/2026')
  })
  it('turns a Vietnamese calendar day into the instant it starts', () => {
    expect(vietnamMidnight(2019, 1, 1).toISOString()).toBe('2018-12-31T17:00:00.000Z')
  })
})
