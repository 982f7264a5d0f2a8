import { columnName, writeXlsx, type XlsxRow, type XlsxSheet } from '@/shared/xlsx/write'
import { formatLongDateVi } from './format'
import type { ReportSection, SummaryReport } from './model'

const merge = (row: number, from: number, to: number) => `${columnName(from)}${row}:${columnName(to)}${row}`

/** The cover sheet: the header lines, the title, the opening and the headline figures. */
function cover(report: SummaryReport): XlsxSheet {
  const rows: XlsxRow[] = []
  const merges: string[] = []
  const add = (row: XlsxRow, spans: [number, number][] = []) => {
    rows.push(row)
    for (const [a, b] of spans) merges.push(merge(rows.length, a, b))
  }
  add(
    {
      cells: [report.issuer.superior.toLocaleUpperCase('vi'), null, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
      style: 'header',
    },
    [
      [0, 1],
      [2, 4],
    ],
  )
  add({ cells: [report.issuer.name.toLocaleUpperCase('vi'), null, 'Độc lập - Tự do - Hạnh phúc'], style: 'header' }, [
    [0, 1],
    [2, 4],
  ])
  add(
    {
      cells: [
        `Số:        /BC-${report.issuer.abbreviation}`,
        null,
        `${report.issuer.place}, ${formatLongDateVi(report.issuedAt)}`,
      ],
    },
    [
      [0, 1],
      [2, 4],
    ],
  )
  add({ cells: [] })
  add({ cells: ['BÁO CÁO'], style: 'title' }, [[0, 4]])
  add({ cells: [report.subtitle], style: 'title' }, [[0, 4]])
  add({ cells: [] })
  for (const p of report.intro) add({ cells: [p], style: 'wrap' }, [[0, 4]])
  add({ cells: [] })
  add({ cells: ['I. TÌNH HÌNH CHUNG'], style: 'header' }, [[0, 4]])
  for (const line of report.overview) add({ cells: [`- ${line}`], style: 'wrap' }, [[0, 4]])
  add({ cells: [] })
  add({ cells: ['Số liệu chính'], style: 'header' }, [[0, 4]])
  add({ cells: ['STT', 'Chỉ tiêu', 'Số liệu', 'Đơn vị tính', 'Mã chỉ tiêu'], style: 'header' })
  let n = 0
  for (const s of report.sections) {
    add({ cells: [`${s.number}. ${s.title}`], style: 'header' }, [[0, 4]])
    for (const f of s.figures) add({ cells: [++n, f.label, f.value, f.measure ?? '', f.key] })
  }
  return { name: 'Báo cáo', widths: [10, 50, 16, 14, 30], rows, merges }
}

/** One sheet per section: its figures, then each of its tables under a merged caption. */
function sectionSheet(s: ReportSection): XlsxSheet {
  const rows: XlsxRow[] = []
  const merges: string[] = []
  const width = Math.max(4, ...s.tables.map((t) => t.columns.length + 2))
  const add = (row: XlsxRow, span = false) => {
    rows.push(row)
    if (span) merges.push(merge(rows.length, 0, width - 1))
  }
  add({ cells: [`${s.number}. ${s.title}`], style: 'title' }, true)
  add({ cells: [] })
  if (s.figures.length > 0) {
    add({ cells: ['STT', 'Chỉ tiêu', 'Số liệu', 'Đơn vị tính'], style: 'header' })
    s.figures.forEach((f, i) => add({ cells: [i + 1, f.label, f.value, f.measure ?? ''] }))
    add({ cells: [] })
  }
  for (const t of s.tables) {
    add({ cells: [`Bảng ${t.number}. ${t.title}`], style: 'header' }, true)
    add({
      cells: ['STT', t.dimension, ...t.columns.map((c) => (c.measure ? `${c.label} (${c.measure})` : c.label))],
      style: 'header',
    })
    t.rows.forEach((r, i) => add({ cells: [i + 1, r.label, ...r.values] }))
    if (t.note) add({ cells: [`Ghi chú: ${t.note}`], style: 'wrap' }, true)
    add({ cells: [] })
  }
  return { name: `${s.number}. ${s.title}`, widths: [8, 46, ...Array<number>(width - 2).fill(18)], rows, merges }
}

/** The summary report as a workbook: a cover sheet, then one sheet per section (numbers as numbers). */
export function summaryReportXlsx(report: SummaryReport): Uint8Array {
  return writeXlsx([cover(report), ...report.sections.map(sectionSheet)])
}
