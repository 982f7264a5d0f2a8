/**
 * Vietnamese formatting of figures and dates in administrative documents: "1.234.567", "12,5",
 * "ngày 05 tháng 3 năm 2026" (Nghị định 30/2020/NĐ-CP: a day below 10 and the months 1 and 2 are
 * written with a leading zero).
 */

const VN_OFFSET_MS = 7 * 3600 * 1000

/** 1234567 → "1.234.567", 12.5 → "12,5", -3 → "-3"; at most `decimals` decimals, trailing zeros dropped. */
export function formatNumberVi(value: number, decimals = 2): string {
  if (!Number.isFinite(value)) return '–'
  const negative = value < 0
  const fixed = Math.abs(value).toFixed(decimals)
  const [whole = '0', fraction = ''] = fixed.split('.')
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.')
  const trimmed = fraction.replace(/0+$/, '')
  const text = trimmed ? `${grouped},${trimmed}` : grouped
  return negative && text !== '0' ? `-${text}` : text
}

/** The calendar day in Vietnam (UTC+7) of an instant. */
export function vietnamDay(date: Date): { day: number; month: number; year: number } {
  const shifted = new Date(date.getTime() + VN_OFFSET_MS)
  return { day: shifted.getUTCDate(), month: shifted.getUTCMonth() + 1, year: shifted.getUTCFullYear() }
}

/** "ngày 05 tháng 3 năm 2026"; "ngày 15 tháng 01 năm 2026". */
export function formatLongDateVi(date: Date): string {
  const { day, month, year } = vietnamDay(date)
  const mm = month <= 2 ? String(month).padStart(2, '0') : String(month)
  return `ngày ${String(day).padStart(2, '0')} tháng ${mm} năm ${year}`
}

/** "05/03/2026" (the short form used in tables). */
export function formatShortDateVi(date: Date): string {
  const { day, month, year } = vietnamDay(date)
  return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`
}

/** The midnight in Vietnam that starts the day "yyyy-mm-dd", as an instant. */
export function vietnamMidnight(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day) - VN_OFFSET_MS)
}
