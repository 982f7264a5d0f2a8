import { formatDate } from '@/shared/text/vietnamese'
import { writeXlsx, type XlsxRow } from '@/shared/xlsx/write'
import type { Indicator } from '../indicators'
import { UNIT_STATE_LABELS, type PeriodForStatus, type PeriodStatusRow } from '../server/period-status'

const heading = (period: PeriodForStatus): XlsxRow[] => [
  { cells: [period.title], style: 'title' },
  {
    cells: [
      `Số liệu từ ${formatDate(period.from)} đến ${formatDate(period.to)}; hạn gửi ${formatDate(period.deadline)}`,
    ],
  },
  { cells: [] },
]

export const STATUS_HEADERS = ['STT', 'Đơn vị', 'Tình trạng', 'Nộp muộn', 'Ngày gửi', 'Số ngày muộn']

/** The "who has not reported" list of one period. */
export function statusXlsx(period: PeriodForStatus, rows: PeriodStatusRow[]): Uint8Array {
  const body: XlsxRow[] = rows.map((r, i) => ({
    cells: [
      i + 1,
      r.unitTitle,
      UNIT_STATE_LABELS[r.state],
      r.late ? 'Có' : '',
      r.submittedAt ? formatDate(r.submittedAt) : '',
      r.daysLate || null,
    ],
  }))
  return writeXlsx([
    {
      name: 'Tình hình báo cáo',
      widths: [6, 48, 18, 10, 12, 12],
      rows: [...heading(period), { cells: STATUS_HEADERS, style: 'header' }, ...body],
    },
  ])
}

const numberOf = (v: unknown): number => (typeof v === 'number' ? v : 0)

/**
 * Every report's values of one period: a row per unit, a column per indicator, and a total row for
 * numeric indicators (over the reports shown).
 */
export function valuesXlsx(period: PeriodForStatus, rows: PeriodStatusRow[]): Uint8Array {
  const indicators: Indicator[] = period.indicators ?? []
  const header = [
    'STT',
    'Đơn vị',
    'Tình trạng',
    ...indicators.map((i) => (i.measure ? `${i.label} (${i.measure})` : i.label)),
  ]
  const reported = rows.filter((r) => r.reportId !== null)
  const body: XlsxRow[] = reported.map((r, i) => ({
    cells: [i + 1, r.unitTitle, UNIT_STATE_LABELS[r.state], ...indicators.map((ind) => cell(ind, r.values[ind.key]))],
    style: 'wrap',
  }))
  const totals: XlsxRow = {
    cells: [
      '',
      'Tổng cộng',
      '',
      ...indicators.map((ind) =>
        ind.type === 'number' ? reported.reduce((sum, r) => sum + numberOf(r.values[ind.key]), 0) : null,
      ),
    ],
    style: 'bold-number',
  }
  return writeXlsx([
    {
      name: 'Số liệu báo cáo',
      widths: [6, 40, 16, ...indicators.map((i) => (i.type === 'text' ? 50 : 16))],
      rows: [...heading(period), { cells: header, style: 'header' }, ...body, totals],
    },
  ])
}

function cell(indicator: Indicator, value: unknown): string | number | null {
  if (value === null || value === undefined) return null
  if (indicator.type === 'attachment') return `Tệp #${String(value)}`
  return typeof value === 'number' ? value : String(value)
}
