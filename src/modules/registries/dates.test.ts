import { describe, expect, it } from 'vitest'
import { dayFromSerial, isoFromDay, parseViDay, vnDay, vnYear } from './dates'
import { decisionDateProblem, dismissalOrderProblem, dismissalPairProblem, statusFromDismissal } from './rules'

describe('decision dates', () => {
  it('reads dd/mm/yyyy and refuses days that do not exist', () => {
    expect(parseViDay('15/03/2024')).toBe('2024-03-15')
    expect(parseViDay(' 5/3/2024 ')).toBe('2024-03-05')
    expect(parseViDay('29/02/2024')).toBe('2024-02-29')
    expect(parseViDay('29/02/2023')).toBeNull()
    expect(parseViDay('31/04/2024')).toBeNull()
    expect(parseViDay('2024-03-15')).toBeNull()
    expect(parseViDay('15/03/24')).toBeNull()
  })

  it('reads Excel day serials', () => {
    expect(dayFromSerial(45366)).toBe('2024-03-15')
    expect(dayFromSerial(45366.75)).toBe('2024-03-15')
    expect(dayFromSerial(0)).toBeNull()
    expect(dayFromSerial(Number.NaN)).toBeNull()
  })

  it('keeps the Vietnam calendar day whatever the time of day', () => {
    expect(vnDay(isoFromDay('2024-12-31'))).toBe('2024-12-31')
    expect(vnDay('2024-12-31T17:30:00.000Z')).toBe('2025-01-01')
    expect(vnYear('2024-12-31T16:59:59.000Z')).toBe(2024)
    expect(vnDay('không phải ngày')).toBeNull()
  })
})

describe('decision rules', () => {
  const now = new Date('2026-06-01T03:00:00Z')
  it('refuses a decision dated after today in Vietnam', () => {
    expect(decisionDateProblem(isoFromDay('2026-06-01'), now)).toBeNull()
    expect(decisionDateProblem(isoFromDay('2026-06-02'), now)).toMatch(/tương lai/)
    expect(decisionDateProblem(null, now)).toBeNull()
  })

  it('orders recognition and dismissal and pairs number with date', () => {
    expect(dismissalOrderProblem(isoFromDay('2024-01-02'), isoFromDay('2024-01-02'))).toBeNull()
    expect(dismissalOrderProblem(isoFromDay('2024-01-02'), isoFromDay('2024-01-01'))).toMatch(/không được trước/)
    expect(dismissalPairProblem({ number: '1/QĐ' })?.field).toBe('date')
    expect(dismissalPairProblem({ date: isoFromDay('2024-01-01') })?.field).toBe('number')
    expect(dismissalPairProblem({ number: ' ', date: null })).toBeNull()
    expect(statusFromDismissal({ number: '1/QĐ', date: isoFromDay('2024-01-01') })).toBe('dismissed')
    expect(statusFromDismissal({ number: '1/QĐ', date: null })).toBe('active')
    expect(statusFromDismissal(null)).toBe('active')
  })
})
