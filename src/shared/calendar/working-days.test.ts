import { describe, expect, it } from 'vitest'
import {
  addWorkingDays,
  isCalendarDay,
  isWorkingDay,
  vietnamDay,
  vietnamPublicHolidays,
  workingDaysBetween,
} from './working-days'

const at = (iso: string) => new Date(iso)
const dates = (year: number) => vietnamPublicHolidays(year).map((h) => h.date)
const named = (year: number, name: string) => vietnamPublicHolidays(year).find((h) => h.name === name)?.date

describe('lunar holidays are computed, not tabulated', () => {
  it.each([
    [2024, '2024-02-10'],
    [2025, '2025-01-29'],
    [2026, '2026-02-17'],
    [2027, '2027-02-06'],
    [1985, '1985-01-21'], // a month before China's 20/2/1985: UTC+7, not UTC+8
  ])('Tết %i (mùng 1) falls on %s', (year, day) => {
    expect(named(year, 'Tết Âm lịch (mùng 1)')).toBe(day)
  })

  it.each([
    [2024, '2024-04-18'],
    [2025, '2025-04-07'],
    [2026, '2026-04-26'],
  ])('Giỗ Tổ Hùng Vương %i falls on %s', (year, day) => {
    expect(named(year, 'Giỗ Tổ Hùng Vương (10/3 âm lịch)')).toBe(day)
  })

  it('gives Tết five days: the last day of the lunar year and mùng 1–4', () => {
    expect(dates(2026)).toEqual(
      expect.arrayContaining(['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20']),
    )
  })
})

describe('fixed holidays and compensatory days off', () => {
  it('lists 1/1, 30/4, 1/5 and 2/9 with one adjacent day', () => {
    expect(dates(2024)).toEqual(
      expect.arrayContaining(['2024-01-01', '2024-04-30', '2024-05-01', '2024-09-02', '2024-09-03']),
    )
  })

  it('picks 1/9 when 2/9 is a Tuesday (2025), 3/9 when it is a Monday (2024)', () => {
    expect(named(2025, 'Quốc khánh (ngày liền kề)')).toBe('2025-09-01')
    expect(named(2024, 'Quốc khánh (ngày liền kề)')).toBe('2024-09-03')
  })

  it('gives the next working day off when a holiday falls on a weekend', () => {
    // 1/1/2022 was a Saturday → Monday 3/1 off; 30/4 and 1/5/2022 were Saturday and Sunday → 2/5 and 3/5 off
    expect(dates(2022)).toEqual(expect.arrayContaining(['2022-01-03', '2022-05-02', '2022-05-03']))
    // Tết 2025: mùng 4 was a Saturday → Monday 3/2 off
    expect(dates(2025)).toContain('2025-02-03')
  })

  it('rejects years outside the supported range', () => {
    expect(() => vietnamPublicHolidays(1800)).toThrow(RangeError)
  })
})

describe('isWorkingDay', () => {
  it('is false on weekends and holidays, true on ordinary weekdays', () => {
    expect(isWorkingDay('2025-03-08')).toBe(false) // Saturday
    expect(isWorkingDay('2025-03-09')).toBe(false) // Sunday
    expect(isWorkingDay('2025-04-30')).toBe(false)
    expect(isWorkingDay('2025-03-10')).toBe(true)
  })

  it('follows the extra days off and extra working days of the settings', () => {
    const cal = { extraDaysOff: ['2025-03-10'], extraWorkingDays: ['2025-03-08', '2025-04-30'] }
    expect(isWorkingDay('2025-03-10', cal)).toBe(false)
    expect(isWorkingDay('2025-03-08', cal)).toBe(true)
    expect(isWorkingDay('2025-04-30', cal)).toBe(true)
  })

  it('rejects a malformed or impossible day', () => {
    expect(() => isWorkingDay('2025-02-30')).toThrow(RangeError)
    expect(() => isWorkingDay('10/03/2025')).toThrow(RangeError)
    expect(isCalendarDay('2024-02-29')).toBe(true)
    expect(isCalendarDay('2025-02-29')).toBe(false)
  })
})

describe('vietnamDay', () => {
  it('reads the day in UTC+7', () => {
    expect(vietnamDay(at('2025-03-09T16:59:59Z'))).toBe('2025-03-09')
    expect(vietnamDay(at('2025-03-09T17:00:00Z'))).toBe('2025-03-10')
  })
})

describe('addWorkingDays', () => {
  it('ends at 23:59:59.999 Vietnam time of the n-th working day, not counting the start day', () => {
    // Monday 10/3/2025 + 1 → Tuesday 11/3
    expect(addWorkingDays(at('2025-03-10T09:00:00+07:00'), 1).toISOString()).toBe('2025-03-11T16:59:59.999Z')
    // Friday + 1 → Monday
    expect(addWorkingDays(at('2025-03-14T09:00:00+07:00'), 1).toISOString()).toBe('2025-03-17T16:59:59.999Z')
  })

  it('counts from the Vietnam day even when the instant is late in the evening UTC', () => {
    // 2025-03-09T18:00Z is Monday 10/3 01:00 in Vietnam
    expect(addWorkingDays(at('2025-03-09T18:00:00Z'), 1).toISOString()).toBe('2025-03-11T16:59:59.999Z')
  })

  it('skips Tết: 15 working days from Thursday 23/1/2025', () => {
    // Working days after 23/1: 24, 27 (1), then Tết 28/1–1/2 and the compensatory Monday 3/2,
    // then 4/2 … : 24/1, 27/1, 4, 5, 6, 7, 10, 11, 12, 13, 14, 17, 18, 19, 20/2
    expect(vietnamDay(addWorkingDays(at('2025-01-23T10:00:00+07:00'), 15))).toBe('2025-02-20')
  })

  it('skips 30/4 and 1/5', () => {
    // Tuesday 29/4/2025 + 2 → Friday 2/5, Monday 5/5
    expect(vietnamDay(addWorkingDays(at('2025-04-29T10:00:00+07:00'), 1))).toBe('2025-05-02')
    expect(vietnamDay(addWorkingDays(at('2025-04-29T10:00:00+07:00'), 2))).toBe('2025-05-05')
  })

  it('uses the extra days off and extra working days', () => {
    const from = at('2025-04-29T10:00:00+07:00')
    expect(vietnamDay(addWorkingDays(from, 1, { extraDaysOff: ['2025-05-02'] }))).toBe('2025-05-05')
    expect(vietnamDay(addWorkingDays(from, 1, { extraWorkingDays: ['2025-04-30'] }))).toBe('2025-04-30')
  })

  it('returns the end of the start day for zero days and rejects negative or fractional counts', () => {
    expect(vietnamDay(addWorkingDays(at('2025-03-10T09:00:00+07:00'), 0))).toBe('2025-03-10')
    expect(() => addWorkingDays(new Date(), -1)).toThrow(RangeError)
    expect(() => addWorkingDays(new Date(), 1.5)).toThrow(RangeError)
  })
})

describe('workingDaysBetween', () => {
  it('counts the working days after `from` up to and including `to`', () => {
    expect(workingDaysBetween(at('2025-03-10T09:00:00+07:00'), at('2025-03-14T20:00:00+07:00'))).toBe(4)
    expect(workingDaysBetween(at('2025-03-10T09:00:00+07:00'), at('2025-03-10T20:00:00+07:00'))).toBe(0)
  })

  it('is negative when `to` is before `from`', () => {
    expect(workingDaysBetween(at('2025-03-14T09:00:00+07:00'), at('2025-03-10T09:00:00+07:00'))).toBe(-4)
  })

  it('agrees with addWorkingDays over Tết', () => {
    const from = at('2025-01-23T10:00:00+07:00')
    expect(workingDaysBetween(from, addWorkingDays(from, 15))).toBe(15)
  })
})
