/**
 * Calendar helpers shared by statistics providers: months and days are counted in Vietnam time
 * (UTC+7, no daylight saving), whatever the server's time zone.
 */
const VN_OFFSET_MS = 7 * 3_600_000

/** 'YYYY-MM' of an instant in Vietnam time. */
export function vietnamMonth(date: Date | string): string {
  const d = typeof date === 'string' ? new Date(date) : date
  return new Date(d.getTime() + VN_OFFSET_MS).toISOString().slice(0, 7)
}

/** Every month touched by [from, to), in order, as 'YYYY-MM'. */
export function monthsBetween(from: Date, to: Date): string[] {
  const months: string[] = []
  if (to.getTime() <= from.getTime()) return months
  const last = vietnamMonth(new Date(to.getTime() - 1))
  let [y, m] = vietnamMonth(from).split('-').map(Number) as [number, number]
  for (let month = vietnamMonth(from); month <= last && months.length < 1200;) {
    months.push(month)
    m += 1
    if (m > 12) {
      m = 1
      y += 1
    }
    month = `${y}-${String(m).padStart(2, '0')}`
  }
  return months
}

/** '2026-03' → '03/2026'. */
export const monthLabel = (month: string): string => `${month.slice(5, 7)}/${month.slice(0, 4)}`

/** The instant a Vietnam calendar day ('YYYY-MM-DD') starts. */
export function vietnamDayStart(day: string): Date {
  return new Date(Date.parse(`${day}T00:00:00.000Z`) - VN_OFFSET_MS)
}

/**
 * A "by month" table skeleton: one row per month of the query, each with `width` zeros; fill it
 * through the returned map.
 */
export function monthRows(
  from: Date,
  to: Date,
  width: number,
): { rows: { key: string; label: string; values: number[] }[]; byMonth: Map<string, number[]> } {
  const rows = monthsBetween(from, to).map((key) => ({
    key,
    label: monthLabel(key),
    values: Array.from({ length: width }, () => 0),
  }))
  return { rows, byMonth: new Map(rows.map((r) => [r.key, r.values])) }
}
