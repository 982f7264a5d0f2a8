import { jdFromDate, jdToDate, lunarToJd } from './lunar'

/**
 * Working days in Vietnam (Asia/Ho_Chi_Minh, UTC+7, no daylight saving): Saturdays, Sundays and the
 * public holidays of Bộ luật Lao động 2019, Art. 112 are days off, and a holiday that falls on a
 * weekend gives a compensatory day off on the next working day. Days are 'YYYY-MM-DD' strings.
 * The government fixes each year's exact Tết and National Day days (often swapping a Saturday);
 * administrators record those decisions as `extraDaysOff` / `extraWorkingDays`.
 */

export type CalendarOptions = { extraDaysOff?: string[]; extraWorkingDays?: string[] }
export type Holiday = { date: string; name: string }

const VN_OFFSET_MS = 7 * 3_600_000
const DAY_MS = 86_400_000
const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/

/** The calendar day of an instant in Vietnam time, as 'YYYY-MM-DD'. */
export function vietnamDay(date: Date): string {
  if (Number.isNaN(date.getTime())) throw new RangeError('Invalid date')
  return new Date(date.getTime() + VN_OFFSET_MS).toISOString().slice(0, 10)
}

/** Whether a string is a real calendar day written as 'YYYY-MM-DD'. */
export function isCalendarDay(day: string): boolean {
  const m = DAY_PATTERN.exec(day)
  if (!m) return false
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])))
  return date.toISOString().slice(0, 10) === day
}

function parseDay(day: string): number {
  if (!isCalendarDay(day)) throw new RangeError(`Not a 'YYYY-MM-DD' day: ${day}`)
  return Date.parse(`${day}T00:00:00Z`)
}

const formatDay = (utcMs: number): string => new Date(utcMs).toISOString().slice(0, 10)
const shiftDay = (day: string, by: number): string => formatDay(parseDay(day) + by * DAY_MS)
/** 0 = Sunday … 6 = Saturday */
const weekday = (day: string): number => new Date(parseDay(day)).getUTCDay()
const isWeekend = (day: string): boolean => {
  const w = weekday(day)
  return w === 0 || w === 6
}

const fromJd = (jd: number): string => {
  const { day, month, year } = jdToDate(jd)
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}
const solar = (year: number, month: number, day: number): string => fromJd(jdFromDate(day, month, year))

function lunarDay(day: number, month: number, year: number): string {
  const jd = lunarToJd({ day, month, year })
  // Every lunar year has months 1 and 3 (not leap), so this cannot be null.
  if (jd === null) throw new Error(`No lunar date ${day}/${month}/${year}`)
  return fromJd(jd)
}

/**
 * The extra National Day holiday next to 2/9: the government picks the day that joins the
 * weekend (1/9 when 2/9 is a Tuesday, Friday or Saturday, as in 2022, 2023 and 2025; otherwise
 * 3/9, as in 2021 and 2024). A different decision is entered in the settings.
 */
function nationalDayExtra(year: number): string {
  const w = weekday(solar(year, 9, 2))
  return w === 2 || w === 5 || w === 6 ? solar(year, 9, 1) : solar(year, 9, 3)
}

const holidayCache = new Map<number, Holiday[]>()

/**
 * The public holidays of a Gregorian year by the default rules, with the compensatory days off for
 * holidays that fall on a Saturday or Sunday, sorted by date.
 */
export function vietnamPublicHolidays(year: number): Holiday[] {
  if (!Number.isInteger(year) || year < 1900 || year > 2199) throw new RangeError(`Unsupported year: ${year}`)
  const cached = holidayCache.get(year)
  if (cached) return cached.map((h) => ({ ...h }))
  const tet = lunarDay(1, 1, year)
  const base: Holiday[] = [
    { date: solar(year, 1, 1), name: 'Tết Dương lịch' },
    { date: shiftDay(tet, -1), name: 'Tết Âm lịch (ngày cuối năm)' },
    ...[1, 2, 3, 4].map((n, i) => ({ date: shiftDay(tet, i), name: `Tết Âm lịch (mùng ${n})` })),
    { date: lunarDay(10, 3, year), name: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)' },
    { date: solar(year, 4, 30), name: 'Ngày Chiến thắng (30/4)' },
    { date: solar(year, 5, 1), name: 'Ngày Quốc tế Lao động (1/5)' },
    { date: solar(year, 9, 2), name: 'Quốc khánh (2/9)' },
    { date: nationalDayExtra(year), name: 'Quốc khánh (ngày liền kề)' },
  ].sort((a, b) => a.date.localeCompare(b.date))
  const off = new Set(base.map((h) => h.date))
  const result = [...base]
  for (const h of base) {
    if (!isWeekend(h.date)) continue
    let d = shiftDay(h.date, 1)
    while (isWeekend(d) || off.has(d)) d = shiftDay(d, 1)
    off.add(d)
    result.push({ date: d, name: `Nghỉ bù ${h.name}` })
  }
  result.sort((a, b) => a.date.localeCompare(b.date))
  holidayCache.set(year, result)
  return result.map((h) => ({ ...h }))
}

const holidaySets = new Map<number, Set<string>>()
function isHoliday(day: string): boolean {
  const year = Number(day.slice(0, 4))
  let set = holidaySets.get(year)
  if (!set) {
    set = new Set(vietnamPublicHolidays(year).map((h) => h.date))
    holidaySets.set(year, set)
  }
  return set.has(day)
}

export function isWorkingDay(day: string, cal?: CalendarOptions): boolean {
  parseDay(day)
  if (cal?.extraWorkingDays?.includes(day)) return true
  if (cal?.extraDaysOff?.includes(day)) return false
  return !isWeekend(day) && !isHoliday(day)
}

const endOfDay = (day: string): Date => new Date(`${day}T23:59:59.999+07:00`)

/** The end (23:59:59.999 +07:00) of the `days`-th working day after the day of `from` (the day of `from` itself does not count). */
export function addWorkingDays(from: Date, days: number, cal?: CalendarOptions): Date {
  if (!Number.isInteger(days) || days < 0 || days > 3650) throw new RangeError(`Invalid number of days: ${days}`)
  let day = vietnamDay(from)
  let counted = 0
  while (counted < days) {
    day = shiftDay(day, 1)
    if (isWorkingDay(day, cal)) counted++
  }
  return endOfDay(day)
}

/** Working days from the day after `from` up to and including the day of `to` (negative when `to` is before `from`). */
export function workingDaysBetween(from: Date, to: Date, cal?: CalendarOptions): number {
  const start = vietnamDay(from)
  const end = vietnamDay(to)
  if (start === end) return 0
  const [low, high, sign] = start < end ? [start, end, 1] : [end, start, -1]
  let count = 0
  for (let day = shiftDay(low, 1); day <= high; day = shiftDay(day, 1)) {
    if (isWorkingDay(day, cal)) count++
  }
  return sign * count
}
