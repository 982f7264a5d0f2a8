/**
 * Decision dates are calendar days in Vietnam (UTC+7, no daylight saving). They are stored as
 * noon Vietnam time, so every time zone shows the same day.
 */
const VN_OFFSET_MS = 7 * 60 * 60 * 1000

/** "2024-03-05" → the stored ISO timestamp of that day. */
export function isoFromDay(day: string): string {
  return new Date(`${day}T12:00:00+07:00`).toISOString()
}

/** The Vietnam calendar day ("YYYY-MM-DD") of a stored date, or null. */
export function vnDay(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null
  const date = value instanceof Date ? value : new Date(String(value))
  if (Number.isNaN(date.getTime())) return null
  return new Date(date.getTime() + VN_OFFSET_MS).toISOString().slice(0, 10)
}

/** The Vietnam year of a stored date. */
export const vnYear = (value: unknown): number | null => {
  const day = vnDay(value)
  return day ? Number(day.slice(0, 4)) : null
}

/** dd/mm/yyyy of a "YYYY-MM-DD" day. */
export const dayToVi = (day: string): string => `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`

/** Parses dd/mm/yyyy (also d/m/yyyy, with - or .) into "YYYY-MM-DD"; null when it is no real day. */
export function parseViDay(text: string): string | null {
  const m = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(text)
  if (!m) return null
  return realDay(Number(m[3]), Number(m[2]), Number(m[1]))
}

/** An Excel day serial (1900 date system, days since 1899-12-30) into "YYYY-MM-DD". */
export function dayFromSerial(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2958465) return null
  const ms = Math.round(Math.floor(serial) * 86400000) + Date.UTC(1899, 11, 30)
  return new Date(ms).toISOString().slice(0, 10)
}

function realDay(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2999 || month < 1 || month > 12 || day < 1 || day > 31) return null
  const d = new Date(Date.UTC(year, month - 1, day))
  if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null
  return d.toISOString().slice(0, 10)
}

/** Today's Vietnam calendar day. */
export const todayVn = (now = new Date()): string => vnDay(now) as string
