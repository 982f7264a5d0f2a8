/**
 * Legal dates are calendar days in Vietnam. They are stored as the instant of midnight in
 * Asia/Ho_Chi_Minh (UTC+7, no daylight saving), so "effective from 01/01/2021" starts at
 * 2020-12-31T17:00:00Z and comparisons with "now" are right to the hour.
 */
const OFFSET_MS = 7 * 60 * 60 * 1000
const DAY_MS = 24 * 60 * 60 * 1000

/** "2021-01-01" → "2020-12-31T17:00:00.000Z"; null for anything that is not a real day. */
export function vnMidnight(day: string | null | undefined): string | null {
  if (!day) return null
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(day.trim())
  if (!match) return null
  const [, y, m, d] = match
  const utc = Date.UTC(Number(y), Number(m) - 1, Number(d))
  const check = new Date(utc)
  if (check.getUTCDate() !== Number(d) || check.getUTCMonth() !== Number(m) - 1) return null
  return new Date(utc - OFFSET_MS).toISOString()
}

/** The Vietnamese calendar day of an instant: "2020-12-31T17:00:00Z" → "2021-01-01". */
export function vnDay(value: string | Date | null | undefined): string | null {
  if (!value) return null
  const time = (typeof value === 'string' ? new Date(value) : value).getTime()
  if (Number.isNaN(time)) return null
  return new Date(time + OFFSET_MS).toISOString().slice(0, 10)
}

/** [start, end) of the Vietnamese day that contains `value`, as ISO instants. */
export function vnDayRange(value: string | Date): { start: string; end: string } | null {
  const day = vnDay(value)
  const start = vnMidnight(day)
  if (!start) return null
  return { start, end: new Date(new Date(start).getTime() + DAY_MS).toISOString() }
}

/** The Vietnamese calendar year of an instant. */
export function vnYear(value: string | Date | null | undefined): number | null {
  const day = vnDay(value)
  return day ? Number(day.slice(0, 4)) : null
}
