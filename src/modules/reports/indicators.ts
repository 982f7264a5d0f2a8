import type { IndicatorType } from './constants'

/** One indicator of a period's form, as stored in `report-periods.indicators`. */
export type Indicator = {
  key: string
  type: IndicatorType
  label: string
  required?: boolean | null
  group?: string | null
  measure?: string | null
  /** a statistics figure key (e.g. "activities.direct.sessions") whose value pre-fills this indicator */
  prefill?: string | null
  /** choice indicators: one option a line */
  options?: string | null
  help?: string | null
}

/** A report's answers: numbers, chosen options, texts, ids of evidence files; null when left empty. */
export type ReportValue = number | string | null
export type ReportValues = Record<string, ReportValue>

export const TEXT_MAX_LENGTH = 10_000
const NUMBER_MAX = 1e12

export const optionsOf = (indicator: Pick<Indicator, 'options'>): string[] =>
  (indicator.options ?? '')
    .split(/\r?\n/)
    .map((o) => o.trim().normalize('NFC'))
    .filter(Boolean)

/** Problems with a period's indicator list (duplicate keys, choices without options…), in Vietnamese. */
export function indicatorProblems(indicators: readonly Partial<Indicator>[]): string[] {
  const problems: string[] = []
  const seen = new Set<string>()
  indicators.forEach((indicator, i) => {
    const name = `Chỉ tiêu ${i + 1}${indicator.label ? ` (“${indicator.label}”)` : ''}`
    const key = indicator.key ?? ''
    if (seen.has(key)) problems.push(`${name}: mã chỉ tiêu “${key}” bị trùng; mỗi chỉ tiêu cần một mã riêng.`)
    seen.add(key)
    if (indicator.type === 'choice' && optionsOf(indicator).length < 2) {
      problems.push(`${name}: chỉ tiêu lựa chọn cần ít nhất hai lựa chọn (mỗi dòng một lựa chọn).`)
    }
    if (indicator.prefill && indicator.type !== 'number') {
      problems.push(`${name}: chỉ chỉ tiêu số liệu mới lấy sẵn được số liệu.`)
    }
    if (indicator.prefill && !/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(indicator.prefill)) {
      problems.push(
        `${name}: mã nguồn số liệu “${indicator.prefill}” không hợp lệ (ví dụ: activities.direct.sessions).`,
      )
    }
  })
  return problems
}

const isEmpty = (v: unknown): boolean => v === null || v === undefined || (typeof v === 'string' && v.trim() === '')

export type ValuesCheck = { ok: true; values: ReportValues } | { ok: false; errors: string[] }

/**
 * Checks a report's values against the period's indicators and returns them normalised (numbers
 * as numbers, texts in NFC, empty answers as null). `requireAll` (on submission) also rejects
 * missing required answers. Every message names the indicator.
 */
export function checkValues(indicators: readonly Indicator[], raw: unknown, requireAll: boolean): ValuesCheck {
  const errors: string[] = []
  const values: ReportValues = {}
  if (raw !== null && raw !== undefined && (typeof raw !== 'object' || Array.isArray(raw))) {
    return { ok: false, errors: ['Số liệu báo cáo phải là một bảng giá trị theo mã chỉ tiêu.'] }
  }
  const given = (raw ?? {}) as Record<string, unknown>
  const byKey = new Map(indicators.map((i) => [i.key, i]))
  for (const key of Object.keys(given)) {
    if (!byKey.has(key)) errors.push(`Chỉ tiêu “${key}” không có trong kỳ báo cáo này.`)
  }
  for (const indicator of indicators) {
    const name = `Chỉ tiêu “${indicator.label}”`
    const value = given[indicator.key]
    if (isEmpty(value)) {
      values[indicator.key] = null
      if (requireAll && indicator.required) errors.push(`${name}: bắt buộc nhập.`)
      continue
    }
    switch (indicator.type) {
      case 'number': {
        const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value.trim()) : NaN
        if (!Number.isInteger(n) || n < 0 || n > NUMBER_MAX) {
          errors.push(`${name}: phải là số nguyên không âm.`)
        } else values[indicator.key] = n
        break
      }
      case 'choice': {
        const text = typeof value === 'string' ? value.trim().normalize('NFC') : null
        if (text === null || !optionsOf(indicator).includes(text)) {
          errors.push(`${name}: hãy chọn một trong các lựa chọn đã cho.`)
        } else values[indicator.key] = text
        break
      }
      case 'text': {
        if (typeof value !== 'string') errors.push(`${name}: phải là văn bản.`)
        else if (value.length > TEXT_MAX_LENGTH) errors.push(`${name}: dài quá ${TEXT_MAX_LENGTH} ký tự.`)
        else values[indicator.key] = value.trim().normalize('NFC')
        break
      }
      case 'attachment': {
        const id = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN
        if (!Number.isInteger(id) || id <= 0) errors.push(`${name}: hãy chọn một tệp đính kèm.`)
        else values[indicator.key] = id
        break
      }
    }
  }
  return errors.length ? { ok: false, errors } : { ok: true, values }
}
