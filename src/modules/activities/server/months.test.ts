import { describe, expect, it } from 'vitest'
import { splitByMonths, vnMonthOf, vnMonthStart } from './months'

describe('Vietnam months', () => {
  it('shifts by seven hours', () => {
    expect(vnMonthOf(new Date('2025-01-31T16:59:59.999Z'))).toBe('2025-01')
    expect(vnMonthOf(new Date('2025-01-31T17:00:00.000Z'))).toBe('2025-02')
    expect(vnMonthStart('2025-02').toISOString()).toBe('2025-01-31T17:00:00.000Z')
  })
  it('splits a period into whole months and partial edges', () => {
    const year = splitByMonths(new Date('2025-01-01T00:00:00+07:00'), new Date('2026-01-01T00:00:00+07:00'))
    expect(year).toEqual({ months: { first: '2025-01', end: '2026-01' }, partial: [] })
    const odd = splitByMonths(new Date('2025-01-15T00:00:00+07:00'), new Date('2025-04-10T00:00:00+07:00'))
    expect(odd.months).toEqual({ first: '2025-02', end: '2025-04' })
    expect(odd.partial.map((p) => [p.from.toISOString(), p.to.toISOString()])).toEqual([
      ['2025-01-14T17:00:00.000Z', '2025-01-31T17:00:00.000Z'],
      ['2025-03-31T17:00:00.000Z', '2025-04-09T17:00:00.000Z'],
    ])
    const short = splitByMonths(new Date('2025-01-15T00:00:00+07:00'), new Date('2025-01-20T00:00:00+07:00'))
    expect(short.months).toBeNull()
    expect(short.partial).toHaveLength(1)
  })
})
