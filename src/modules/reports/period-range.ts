const DAY = 86_400_000
const VN_OFFSET = 7 * 3_600_000

/** The start (UTC instant) of the Vietnam calendar day (UTC+7) containing `value`. */
export function vietnamDayStart(value: Date | string): Date {
  const t = new Date(value).getTime()
  return new Date(Math.floor((t + VN_OFFSET) / DAY) * DAY - VN_OFFSET)
}

/**
 * The instants a period covers: from the start of its first day to the end of its last day (in
 * Vietnam time), the end exclusive, as the statistics queries expect.
 */
export function periodRange(period: { from: string; to: string }): { from: Date; to: Date } {
  return { from: vietnamDayStart(period.from), to: new Date(vietnamDayStart(period.to).getTime() + DAY) }
}

/** The end of the deadline day: a report sent on the deadline day is on time. */
export function deadlineEnd(deadline: string): Date {
  return new Date(vietnamDayStart(deadline).getTime() + DAY)
}

/** Whole days after the deadline day (0 when on time). */
export function daysLate(deadline: string, at: Date | string): number {
  const late = new Date(at).getTime() - deadlineEnd(deadline).getTime()
  return late <= 0 ? 0 : Math.ceil(late / DAY)
}
