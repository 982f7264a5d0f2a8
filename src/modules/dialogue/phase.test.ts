import { describe, expect, it } from 'vitest'
import { daysLeft, deadlineText, dialoguePhase } from './phase'

const now = new Date('2026-03-10T03:00:00.000Z') // 10:00 in Vietnam

describe('dialoguePhase', () => {
  it('is "sắp mở" before the opening time', () => {
    expect(dialoguePhase({ opensAt: '2026-03-11T00:00:00.000Z', closesAt: '2026-03-30T00:00:00.000Z' }, now)).toBe(
      'sap-mo',
    )
  })
  it('is open between opening and closing', () => {
    expect(dialoguePhase({ opensAt: '2026-03-01T00:00:00.000Z', closesAt: '2026-03-30T00:00:00.000Z' }, now)).toBe(
      'dang-lay-y-kien',
    )
  })
  it('is closed at the closing instant, and published once the summary is out', () => {
    const closed = { opensAt: '2026-03-01T00:00:00.000Z', closesAt: now.toISOString() }
    expect(dialoguePhase(closed, now)).toBe('da-dong')
    expect(dialoguePhase({ ...closed, summaryPublished: true }, now)).toBe('da-cong-bo')
  })
  it('ignores a published summary while comments are still collected', () => {
    expect(dialoguePhase({ closesAt: '2026-03-30T00:00:00.000Z', summaryPublished: true }, now)).toBe('dang-lay-y-kien')
  })
})

describe('daysLeft', () => {
  it('counts calendar days in Vietnam time', () => {
    expect(daysLeft('2026-03-10T16:00:00.000Z', now)).toBe(0) // 23:00 the same day
    expect(daysLeft('2026-03-10T17:30:00.000Z', now)).toBe(1) // 00:30 the next day
    expect(daysLeft('2026-03-24T03:00:00.000Z', now)).toBe(14)
  })
  it('is null after the deadline', () => {
    expect(daysLeft('2026-03-09T00:00:00.000Z', now)).toBeNull()
    expect(deadlineText('2026-03-24T03:00:00.000Z', now)).toBe('Còn 14 ngày')
    expect(deadlineText('2026-03-10T10:00:00.000Z', now)).toBe('Hạn chót là hôm nay')
  })
})
