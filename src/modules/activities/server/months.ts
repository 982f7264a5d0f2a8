/** Months in Vietnam time (UTC+7, no daylight saving), as "YYYY-MM" keys. */

const SHIFT = 7 * 60 * 60 * 1000

export function vnMonthOf(date: Date): string {
  const d = new Date(date.getTime() + SHIFT)
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`
}

/** The instant a Vietnam month starts. */
export function vnMonthStart(month: string): Date {
  const [y, m] = month.split('-').map(Number) as [number, number]
  return new Date(Date.UTC(y, m - 1, 1) - SHIFT)
}

export function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number]
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`
}

/**
 * [from, to) as whole months [first, end) plus the partial ranges before and after them;
 * null months when no whole month fits.
 */
export function splitByMonths(from: Date, to: Date) {
  const head = vnMonthOf(from)
  const first = vnMonthStart(head).getTime() === from.getTime() ? head : nextMonth(head)
  const end = vnMonthOf(to)
  if (first >= end || to <= from) return { months: null, partial: [{ from, to }] }
  const partial: { from: Date; to: Date }[] = []
  const firstStart = vnMonthStart(first)
  const endStart = vnMonthStart(end)
  if (from < firstStart) partial.push({ from, to: firstStart })
  if (endStart < to) partial.push({ from: endStart, to })
  return { months: { first, end }, partial }
}
