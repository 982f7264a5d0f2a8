import { parseDay, STATS_MAX_YEARS } from '../params'
import { presetByKey, PROGRAMME_PRESETS } from './presets'

/**
 * The query string of GET /api/thong-ke/bao-cao-tong-hop: `programme` (a preset key, or a name),
 * `ten` (another programme's name, typed in the form; wins over `programme`), `from` and `to`
 * (YYYY-MM-DD or dd/mm/yyyy, both days included; default: the preset's period), `unit` (a unit id;
 * its sub-units count too) and `format` (pdf or xlsx). Pure; bad input gets a Vietnamese message.
 */
export type ReportParams = {
  programme: { name: string; basis: string | null }
  /** 'YYYY-MM-DD', both included */
  fromDay: string
  toDay: string
  unitId: number | null
  format: 'pdf' | 'xlsx'
}

const KNOWN = new Set(['programme', 'ten', 'from', 'to', 'unit', 'format'])
const MIN_YEAR = 1990

export function parseReportParams(
  input: URLSearchParams,
  now = new Date(),
): { ok: true; params: ReportParams } | { ok: false; message: string } {
  const fail = (message: string) => ({ ok: false as const, message })
  const unknown = [...input.keys()].find((k) => !KNOWN.has(k))
  if (unknown !== undefined) return fail(`Tham số "${unknown.slice(0, 40)}" không được hỗ trợ.`)
  const values: Record<string, string | null> = {}
  for (const name of KNOWN) {
    const all = input.getAll(name)
    if (all.length > 1) return fail(`Tham số "${name}" chỉ được có một giá trị.`)
    values[name] = all[0]?.normalize('NFC').trim() || null
  }

  const format = values.format ?? 'pdf'
  if (format !== 'pdf' && format !== 'xlsx') return fail('Định dạng phải là "pdf" hoặc "xlsx".')

  const preset = values.programme ? presetByKey(values.programme) : values.ten ? undefined : PROGRAMME_PRESETS[0]
  const typed = values.ten ?? (preset ? null : values.programme)
  let programme: ReportParams['programme']
  if (typed) {
    if (typed.length > 200) return fail('Tên chương trình, kế hoạch không được dài quá 200 ký tự.')
    if (/[<>{}\u0000-\u001f]/.test(typed)) return fail('Tên chương trình, kế hoạch có ký tự không hợp lệ.')
    programme = { name: typed, basis: null }
  } else if (preset) programme = { name: preset.name, basis: preset.basis }
  else return fail('Hãy chọn hoặc nhập tên chương trình, kế hoạch cần báo cáo.')

  // A typed programme has no known period: its dates must be given.
  const period = typed ? null : preset
  const fromDay = values.from ? parseDay(values.from) : (period?.from ?? null)
  const toDay = values.to ? parseDay(values.to) : (period?.to ?? null)
  if (values.from && !fromDay) return fail('"Từ ngày" không hợp lệ (ví dụ: 01/01/2019).')
  if (values.to && !toDay) return fail('"Đến ngày" không hợp lệ (ví dụ: 31/12/2021).')
  if (!fromDay || !toDay) return fail('Hãy nhập "Từ ngày" và "Đến ngày" của kỳ báo cáo.')
  if (fromDay > toDay) return fail('"Từ ngày" phải trước hoặc bằng "Đến ngày".')
  const thisYear = new Date(now.getTime() + 7 * 3_600_000).getUTCFullYear()
  if (Number(fromDay.slice(0, 4)) < MIN_YEAR || Number(toDay.slice(0, 4)) > thisYear + 10)
    return fail(`Kỳ báo cáo phải nằm trong khoảng từ năm ${MIN_YEAR} đến năm ${thisYear + 10}.`)
  if (Number(toDay.slice(0, 4)) - Number(fromDay.slice(0, 4)) >= STATS_MAX_YEARS)
    return fail(`Kỳ báo cáo không được dài quá ${STATS_MAX_YEARS} năm.`)

  let unitId: number | null = null
  if (values.unit) {
    if (!/^[1-9][0-9]{0,9}$/.test(values.unit)) return fail('Mã đơn vị không hợp lệ.')
    unitId = Number(values.unit)
  }
  return { ok: true, params: { programme, fromDay, toDay, unitId, format } }
}
