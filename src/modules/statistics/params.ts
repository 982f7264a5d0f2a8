import { vietnamDayStart } from './months'

/**
 * The filters of the statistics pages and exports, read from a query string:
 * `ky` (period preset), `nam` (year of a yearly or half-year preset), `tu`/`den` (custom dates,
 * YYYY-MM-DD or dd/mm/yyyy, both days included), `don-vi` (a unit id; its sub-units count too).
 * Pure: the proxy runs it before rendering, so bad input gets a Vietnamese 400.
 */
export const STATS_PRESETS = [
  { value: 'nam-nay', label: 'Năm nay' },
  { value: '6-thang-dau', label: '6 tháng đầu năm' },
  { value: '6-thang-cuoi', label: '6 tháng cuối năm' },
  { value: 'nam-truoc', label: 'Năm trước' },
  { value: '12-thang', label: '12 tháng gần đây' },
  { value: 'ca-nam', label: 'Cả năm (chọn năm)' },
  { value: 'tuy-chon', label: 'Tùy chọn từ ngày – đến ngày' },
] as const
export type StatsPreset = (typeof STATS_PRESETS)[number]['value']

export type StatsParams = {
  /** inclusive */
  from: Date
  /** exclusive */
  to: Date
  unitId: number | null
  preset: StatsPreset
  /** the year of nam-nay, nam-truoc, ca-nam and the half-year presets */
  year: number | null
  /** the days typed for tuy-chon ('YYYY-MM-DD'; `toDay` included) */
  fromDay: string | null
  toDay: string | null
}

export type ParsedStatsParams = { ok: true; params: StatsParams } | { ok: false; message: string }

type Input = URLSearchParams | Record<string, string | string[] | undefined>

export const STATS_MAX_YEARS = 10
const MIN_YEAR = 1990
const KNOWN = new Set(['ky', 'nam', 'tu', 'den', 'don-vi'])

const VN_OFFSET_MS = 7 * 3_600_000

/** 'YYYY-MM-DD' of today in Vietnam time. */
const vietnamToday = (now: Date): string => new Date(now.getTime() + VN_OFFSET_MS).toISOString().slice(0, 10)

function read(input: Input, name: string): string | null | false {
  if (input instanceof URLSearchParams) {
    const all = input.getAll(name)
    if (all.length > 1) return false
    const v = all[0]?.trim()
    return v ? v : null
  }
  const v = input[name]
  if (Array.isArray(v)) return false
  const t = v?.trim()
  return t ? t : null
}

/** 'YYYY-MM-DD' from 'YYYY-MM-DD' or 'dd/mm/yyyy'; null when not a real day. */
export function parseDay(value: string): string | null {
  let y: number, m: number, d: number
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  const dmy = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value)
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])]
  else if (dmy) [d, m, y] = [Number(dmy[1]), Number(dmy[2]), Number(dmy[3])]
  else return null
  const date = new Date(Date.UTC(y, m - 1, d))
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null
  return date.toISOString().slice(0, 10)
}

const nextDay = (day: string): string =>
  new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10)
const pad = (n: number) => String(n).padStart(2, '0')

export function parseStatsParams(input: Input, now = new Date()): ParsedStatsParams {
  const keys = input instanceof URLSearchParams ? [...input.keys()] : Object.keys(input)
  const unknown = keys.find((k) => !KNOWN.has(k))
  if (unknown !== undefined) return { ok: false, message: `Tham số "${unknown.slice(0, 40)}" không được hỗ trợ.` }
  const values: Record<string, string | null> = {}
  for (const name of KNOWN) {
    const v = read(input, name)
    if (v === false) return { ok: false, message: `Tham số "${name}" chỉ được có một giá trị.` }
    if (v !== null && v.length > 40) return { ok: false, message: `Tham số "${name}" quá dài.` }
    values[name] = v
  }
  const today = vietnamToday(now)
  const thisYear = Number(today.slice(0, 4))

  let unitId: number | null = null
  if (values['don-vi']) {
    if (!/^[1-9][0-9]{0,9}$/.test(values['don-vi'])) return { ok: false, message: 'Mã đơn vị không hợp lệ.' }
    unitId = Number(values['don-vi'])
  }

  const fromDayRaw = values.tu
  const toDayRaw = values.den
  const presetRaw = values.ky ?? (fromDayRaw || toDayRaw ? 'tuy-chon' : 'nam-nay')
  const preset = STATS_PRESETS.find((p) => p.value === presetRaw)?.value
  if (!preset) return { ok: false, message: 'Kỳ thống kê không hợp lệ.' }

  let year: number | null = null
  if (values.nam) {
    if (!/^[0-9]{4}$/.test(values.nam)) return { ok: false, message: 'Năm không hợp lệ (ví dụ: 2025).' }
    year = Number(values.nam)
    if (year < MIN_YEAR || year > thisYear + 1)
      return { ok: false, message: `Năm phải từ ${MIN_YEAR} đến ${thisYear + 1}.` }
  }

  let fromDay: string
  let toDay: string
  switch (preset) {
    case 'nam-nay':
    case 'nam-truoc':
    case 'ca-nam': {
      const y = preset === 'nam-truoc' ? thisYear - 1 : preset === 'nam-nay' ? thisYear : (year ?? thisYear)
      year = y
      fromDay = `${y}-01-01`
      toDay = `${y}-12-31`
      break
    }
    case '6-thang-dau':
    case '6-thang-cuoi': {
      const y = year ?? thisYear
      year = y
      ;[fromDay, toDay] = preset === '6-thang-dau' ? [`${y}-01-01`, `${y}-06-30`] : [`${y}-07-01`, `${y}-12-31`]
      break
    }
    case '12-thang': {
      const [y, m] = today.split('-').map(Number) as [number, number]
      // the twelve whole months ending with the current one
      fromDay = m === 12 ? `${y}-01-01` : `${y - 1}-${pad(m + 1)}-01`
      toDay = today
      year = null
      break
    }
    case 'tuy-chon': {
      if (!fromDayRaw || !toDayRaw)
        return { ok: false, message: 'Hãy nhập cả "Từ ngày" và "Đến ngày" cho kỳ tùy chọn.' }
      const f = parseDay(fromDayRaw)
      if (!f) return { ok: false, message: '"Từ ngày" không phải là một ngày hợp lệ (dd/mm/yyyy).' }
      const t = parseDay(toDayRaw)
      if (!t) return { ok: false, message: '"Đến ngày" không phải là một ngày hợp lệ (dd/mm/yyyy).' }
      if (f > t) return { ok: false, message: '"Từ ngày" phải trước hoặc bằng "Đến ngày".' }
      if (Number(f.slice(0, 4)) < MIN_YEAR) return { ok: false, message: `Số liệu chỉ có từ năm ${MIN_YEAR}.` }
      const limit = `${Number(f.slice(0, 4)) + STATS_MAX_YEARS}${f.slice(4)}`
      if (t >= limit) return { ok: false, message: `Khoảng thời gian thống kê tối đa ${STATS_MAX_YEARS} năm.` }
      fromDay = f
      toDay = t
      year = null
      break
    }
  }
  // The filter form always sends every field: dates typed for another preset, or a year with a
  // preset that fixes its own, are checked above for their form and otherwise ignored.
  if (preset !== 'tuy-chon') {
    if (fromDayRaw && !parseDay(fromDayRaw)) return { ok: false, message: '"Từ ngày" không phải là một ngày hợp lệ.' }
    if (toDayRaw && !parseDay(toDayRaw)) return { ok: false, message: '"Đến ngày" không phải là một ngày hợp lệ.' }
  }

  return {
    ok: true,
    params: {
      from: vietnamDayStart(fromDay),
      to: vietnamDayStart(nextDay(toDay)),
      unitId,
      preset,
      year,
      fromDay: preset === 'tuy-chon' ? fromDay : null,
      toDay: preset === 'tuy-chon' ? toDay : null,
    },
  }
}

/** The query string of a set of filters (only what differs from the defaults). */
export function statsSearch(params: Pick<StatsParams, 'preset' | 'year' | 'fromDay' | 'toDay' | 'unitId'>): string {
  const q = new URLSearchParams()
  if (params.preset !== 'nam-nay') q.set('ky', params.preset)
  if (params.year !== null && ['ca-nam', '6-thang-dau', '6-thang-cuoi'].includes(params.preset))
    q.set('nam', String(params.year))
  if (params.preset === 'tuy-chon') {
    if (params.fromDay) q.set('tu', params.fromDay)
    if (params.toDay) q.set('den', params.toDay)
  }
  if (params.unitId !== null) q.set('don-vi', String(params.unitId))
  const s = q.toString()
  return s ? `?${s}` : ''
}

/** "01/01/2026 – 31/12/2026" */
export function periodLabel(params: Pick<StatsParams, 'from' | 'to'>): string {
  const day = (d: Date) => new Date(d.getTime() + VN_OFFSET_MS).toISOString().slice(0, 10)
  const dmy = (s: string) => `${s.slice(8, 10)}/${s.slice(5, 7)}/${s.slice(0, 4)}`
  return `${dmy(day(params.from))} – ${dmy(day(new Date(params.to.getTime() - 1)))}`
}

/** This year in Vietnam time (for the year choices of the filter form). */
export const vietnamYear = (now = new Date()): number => Number(vietnamToday(now).slice(0, 4))
