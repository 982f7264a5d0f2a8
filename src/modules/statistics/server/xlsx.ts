import { formatNumber } from '@/shared/charts/format'
import { writeXlsx, type XlsxCell, type XlsxRow, type XlsxSheet } from '@/shared/xlsx/write'
import type { StatsSection, StatsTable } from '../types'

export type ExportMeta = {
  /** "Thống kê PBGDPL" or "Bảng điều hành thống kê" */
  title: string
  period: string
  /** the chosen unit, or null for province-wide */
  unit: string | null
}

/** Whole numbers stay numbers (Excel shows them with the reader's separators); others are written "12,5". */
const cell = (value: number): XlsxCell => (Number.isInteger(value) ? value : formatNumber(value, 2))

function heading(meta: ExportMeta, title: string): XlsxRow[] {
  return [
    { cells: [title], style: 'title' },
    { cells: [`${meta.title}. Kỳ: ${meta.period}. Phạm vi: ${meta.unit ?? 'toàn tỉnh'}.`] },
    { cells: [] },
  ]
}

function tableRows(table: StatsTable): XlsxRow[] {
  const header = table.columns.map((c) => (c.measure ? `${c.label} (${c.measure})` : c.label))
  const rows: XlsxRow[] = [
    { cells: [table.title], style: 'header' },
    { cells: [table.dimension, ...header], style: 'header' },
    ...table.rows.map((r): XlsxRow => ({ cells: [r.label, ...table.columns.map((_, i) => cell(r.values[i] ?? 0))] })),
  ]
  if (table.chart === 'line' && table.rows.length > 1) {
    const totals = table.columns.map((_, i) => table.rows.reduce((sum, r) => sum + (r.values[i] ?? 0), 0))
    rows.push({ cells: ['Tổng cộng', ...totals.map(cell)], style: 'bold-number' })
  }
  if (table.note) rows.push({ cells: [table.note] })
  rows.push({ cells: [] })
  return rows
}

function sectionSheet(section: StatsSection, meta: ExportMeta): XlsxSheet {
  const rows: XlsxRow[] = [
    ...heading(meta, section.title),
    { cells: ['Chỉ tiêu', 'Số liệu', 'Đơn vị tính'], style: 'header' },
    ...section.figures.map((f): XlsxRow => ({ cells: [f.label, cell(f.value), f.measure ?? ''] })),
    { cells: [] },
    ...section.tables.flatMap(tableRows),
  ]
  if (section.failed) rows.push({ cells: ['Không lấy được số liệu của mục này; vui lòng thử lại sau.'] })
  const width = Math.max(3, ...section.tables.map((t) => t.columns.length + 1))
  return { name: section.title, widths: [48, ...Array.from({ length: width - 1 }, () => 18)], rows }
}

/** The whole page or dashboard: one sheet per section. */
export function statisticsWorkbook(sections: StatsSection[], meta: ExportMeta): Uint8Array {
  if (sections.length === 0) return writeXlsx([{ name: 'Thống kê', rows: [...heading(meta, meta.title)] }])
  return writeXlsx(sections.map((s) => sectionSheet(s, meta)))
}

/** One table of one section, on one sheet. */
export function tableWorkbook(section: StatsSection, table: StatsTable, meta: ExportMeta): Uint8Array {
  return writeXlsx([
    {
      name: table.title,
      widths: [48, ...table.columns.map(() => 18)],
      rows: [...heading(meta, `${section.title}: ${table.title}`), ...tableRows(table)],
    },
  ])
}
