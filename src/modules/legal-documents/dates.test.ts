import { describe, expect, it } from 'vitest'
import { vnDay, vnDayRange, vnMidnight, vnYear } from './dates'

describe('legal dates are days in Vietnam', () => {
  it('stores a day as midnight in Vietnam', () => {
    expect(vnMidnight('2021-01-01')).toBe('2020-12-31T17:00:00.000Z')
  })
  it('refuses days that do not exist', () => {
    expect(vnMidnight('2021-02-30')).toBeNull()
    expect(vnMidnight('01/01/2021')).toBeNull()
    expect(vnMidnight(null)).toBeNull()
  })
  it('reads back the Vietnamese day and year of an instant', () => {
    expect(vnDay('2020-12-31T17:00:00.000Z')).toBe('2021-01-01')
    expect(vnDay('2021-01-01T05:00:00.000Z')).toBe('2021-01-01')
    expect(vnYear('2020-12-31T17:30:00.000Z')).toBe(2021)
  })
  it('gives the range of the day that holds an instant', () => {
    expect(vnDayRange('2021-01-01T05:00:00.000Z')).toEqual({
      start: '2020-12-31T17:00:00.000Z',
      end: '2021-01-01T17:00:00.000Z',
    })
  })
})
