import { formatDate } from '@/shared/text/vietnamese'
import { writeXlsx, type XlsxRow } from '@/shared/xlsx/write'
import type { Summary } from '../server/summary'

/** The summary table of a dialogue as a one-sheet workbook. */

export const XLSX_HEADERS = [
  'STT',
  'Điều, mục',
  'Người góp ý',
  'Nội dung góp ý',
  'Kết quả',
  'Nội dung tiếp thu, giải trình',
]

export function summaryXlsx(summary: Summary): Uint8Array {
  const period = `Thời gian lấy ý kiến: ${formatDate(summary.period.opensAt)} – ${formatDate(summary.period.closesAt)}`
  const rows: XlsxRow[] = [
    { cells: [`Bảng tổng hợp tiếp thu, giải trình ý kiến: ${summary.title}`], style: 'header' },
    { cells: [summary.unit ? `${summary.unit}. ${period}` : period] },
    { cells: [] },
    { cells: XLSX_HEADERS, style: 'header' },
    ...summary.rows.map((r): XlsxRow => ({
      cells: [r.index, r.section, r.author, r.comment, r.decision, r.reason],
      style: 'wrap',
    })),
    { cells: [] },
    ...summary.counts.map((c): XlsxRow => ({ cells: [c.label, c.count] })),
  ]
  return writeXlsx([{ name: 'Tổng hợp', widths: [6, 28, 16, 60, 20, 60], rows }])
}
