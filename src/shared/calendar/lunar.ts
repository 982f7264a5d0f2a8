/**
 * The Vietnamese lunar calendar, computed astronomically (Hồ Ngọc Đức's algorithm, after Jean
 * Meeus' "Astronomical Algorithms"): months start on the day of the new moon in Vietnam time
 * (UTC+7), month 11 holds the winter solstice, and a leap month is the first month without a
 * major solar term. Accurate for 1800–2199, which covers every date a portal deals with.
 */

const TIME_ZONE = 7
const floor = Math.floor

/** Julian day number of a Gregorian date. */
export function jdFromDate(day: number, month: number, year: number): number {
  const a = floor((14 - month) / 12)
  const y = year + 4800 - a
  const m = month + 12 * a - 3
  return day + floor((153 * m + 2) / 5) + 365 * y + floor(y / 4) - floor(y / 100) + floor(y / 400) - 32045
}

/** Gregorian date of a Julian day number. */
export function jdToDate(jd: number): { day: number; month: number; year: number } {
  const a = jd + 32044
  const b = floor((4 * a + 3) / 146097)
  const c = a - floor((b * 146097) / 4)
  const d = floor((4 * c + 3) / 1461)
  const e = c - floor((1461 * d) / 4)
  const m = floor((5 * e + 2) / 153)
  return {
    day: e - floor((153 * m + 2) / 5) + 1,
    month: m + 3 - 12 * floor(m / 10),
    year: b * 100 + d - 4800 + floor(m / 10),
  }
}

/** Julian day (fractional, UT) of the k-th new moon after 1900-01-01. */
function newMoon(k: number): number {
  const T = k / 1236.85
  const T2 = T * T
  const T3 = T2 * T
  const dr = Math.PI / 180
  let jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * T2 - 0.000000155 * T3
  jd1 += 0.00033 * Math.sin((166.56 + 132.87 * T - 0.009173 * T2) * dr)
  const M = 359.2242 + 29.10535608 * k - 0.0000333 * T2 - 0.00000347 * T3
  const Mpr = 306.0253 + 385.81691806 * k + 0.0107306 * T2 + 0.00001236 * T3
  const F = 21.2964 + 390.67050646 * k - 0.0016528 * T2 - 0.00000239 * T3
  let c1 = (0.1734 - 0.000393 * T) * Math.sin(M * dr) + 0.0021 * Math.sin(2 * dr * M)
  c1 = c1 - 0.4068 * Math.sin(Mpr * dr) + 0.0161 * Math.sin(dr * 2 * Mpr)
  c1 = c1 - 0.0004 * Math.sin(dr * 3 * Mpr)
  c1 = c1 + 0.0104 * Math.sin(dr * 2 * F) - 0.0051 * Math.sin(dr * (M + Mpr))
  c1 = c1 - 0.0074 * Math.sin(dr * (M - Mpr)) + 0.0004 * Math.sin(dr * (2 * F + M))
  c1 = c1 - 0.0004 * Math.sin(dr * (2 * F - M)) - 0.0006 * Math.sin(dr * (2 * F + Mpr))
  c1 = c1 + 0.001 * Math.sin(dr * (2 * F - Mpr)) + 0.0005 * Math.sin(dr * (2 * Mpr + M))
  const deltaT =
    T < -11
      ? 0.001 + 0.000839 * T + 0.0002261 * T2 - 0.00000845 * T3 - 0.000000081 * T * T3
      : -0.000278 + 0.000265 * T + 0.000262 * T2
  return jd1 + c1 - deltaT
}

/** Sun's longitude in radians at a Julian day (UT). */
function sunLongitude(jdn: number): number {
  const T = (jdn - 2451545.0) / 36525
  const T2 = T * T
  const dr = Math.PI / 180
  const M = 357.5291 + 35999.0503 * T - 0.0001559 * T2 - 0.00000048 * T * T2
  const L0 = 280.46645 + 36000.76983 * T + 0.0003032 * T2
  let DL = (1.9146 - 0.004817 * T - 0.000014 * T2) * Math.sin(dr * M)
  DL = DL + (0.019993 - 0.000101 * T) * Math.sin(dr * 2 * M) + 0.00029 * Math.sin(dr * 3 * M)
  const L = (L0 + DL) * dr
  return L - Math.PI * 2 * floor(L / (Math.PI * 2))
}

/** The major solar term (0–11) in effect at the start of a local day. */
const solarTerm = (dayNumber: number): number => floor((sunLongitude(dayNumber - 0.5 - TIME_ZONE / 24) / Math.PI) * 6)

const newMoonDay = (k: number): number => floor(newMoon(k) + 0.5 + TIME_ZONE / 24)

/** Julian day number of the first day of lunar month 11 that begins in Gregorian year `year`. */
function lunarMonth11(year: number): number {
  const off = jdFromDate(31, 12, year) - 2415021
  const k = floor(off / 29.530588853)
  const nm = newMoonDay(k)
  return solarTerm(nm) >= 9 ? newMoonDay(k - 1) : nm
}

function leapMonthOffset(a11: number): number {
  const k = floor((a11 - 2415021.076998695) / 29.530588853 + 0.5)
  let i = 1
  let arc = solarTerm(newMoonDay(k + i))
  let last: number
  do {
    last = arc
    i++
    arc = solarTerm(newMoonDay(k + i))
  } while (arc !== last && i < 14)
  return i - 1
}

/**
 * Julian day number of a lunar date (`isLeap` for the leap month of that number), or null when
 * the year has no such leap month.
 */
export function lunarToJd(args: { day: number; month: number; year: number; isLeap?: boolean }): number | null {
  const { day, month, year, isLeap = false } = args
  const [a11, b11] =
    month < 11 ? [lunarMonth11(year - 1), lunarMonth11(year)] : [lunarMonth11(year), lunarMonth11(year + 1)]
  let off = month - 11
  if (off < 0) off += 12
  if (b11 - a11 > 365) {
    const leapOff = leapMonthOffset(a11)
    let leapMonth = leapOff - 2
    if (leapMonth < 0) leapMonth += 12
    if (isLeap && month !== leapMonth) return null
    if (isLeap || off >= leapOff) off += 1
  } else if (isLeap) {
    return null
  }
  const k = floor(0.5 + (a11 - 2415021.076998695) / 29.530588853)
  return newMoonDay(k + off) + day - 1
}
