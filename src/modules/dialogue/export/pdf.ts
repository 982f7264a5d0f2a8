import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib'
import { embedFonts, printable, wrap } from '@/shared/pdf'
import { formatDate } from '@/shared/text/vietnamese'
import type { Summary } from '../server/summary'

const A4_LANDSCAPE: [number, number] = [841.89, 595.28]
const MARGIN = 36
const SIZE = 8.5
const LINE = SIZE * 1.3
/** Column widths in points; they add up to the printable width of landscape A4. */
const COLUMNS = [
  { title: 'STT', width: 30 },
  { title: 'Điều, mục', width: 120 },
  { title: 'Người góp ý', width: 70 },
  { title: 'Nội dung góp ý', width: 240 },
  { title: 'Kết quả', width: 80 },
  { title: 'Nội dung tiếp thu, giải trình', width: 229.89 },
]

/** The summary table as a landscape A4 PDF with Vietnamese text (fonts embedded as subsets). */
export async function summaryPdf(summary: Summary): Promise<Uint8Array> {
  const doc = await PDFDocument.create()
  // DejaVu Sans covers Vietnamese (src/shared/pdf/fonts).
  const { regular, bold } = await embedFonts(doc, 'sans')
  doc.setTitle(`Bảng tổng hợp tiếp thu, giải trình: ${summary.title}`)
  doc.setLanguage('vi')
  doc.setCreator('Trang thông tin điện tử phổ biến, giáo dục pháp luật')

  let page: PDFPage = doc.addPage(A4_LANDSCAPE)
  let y = A4_LANDSCAPE[1] - MARGIN
  const write = (text: string, font: PDFFont, size: number, x = MARGIN, width = A4_LANDSCAPE[0] - 2 * MARGIN) => {
    for (const line of wrap(printable(font, text), font, size, width)) {
      page.drawText(line, { x, y: y - size, size, font })
      y -= size * 1.35
    }
  }
  write('BẢNG TỔNG HỢP TIẾP THU, GIẢI TRÌNH Ý KIẾN GÓP Ý', bold, 13)
  write(summary.title, bold, 11)
  const period = `Thời gian lấy ý kiến: ${formatDate(summary.period.opensAt)} – ${formatDate(summary.period.closesAt)}`
  write(summary.unit ? `Cơ quan chủ trì: ${summary.unit}. ${period}` : period, regular, 9)
  write(summary.counts.map((c) => `${c.label}: ${c.count}`).join('; '), regular, 9)
  y -= 6

  const drawRow = (cells: string[], font: PDFFont, shade: boolean) => {
    const wrapped = cells.map((c, i) => wrap(printable(font, c), font, SIZE, COLUMNS[i]!.width - 6))
    let height = Math.max(...wrapped.map((l) => l.length)) * LINE + 6
    let offset = 0
    // A row taller than a page is split across pages, line by line.
    while (height > 0) {
      const room = y - MARGIN
      if (room < LINE + 6) {
        page = doc.addPage(A4_LANDSCAPE)
        y = A4_LANDSCAPE[1] - MARGIN
        continue
      }
      const linesHere = Math.min(Math.floor((room - 6) / LINE), Math.ceil((height - 6) / LINE))
      const h = linesHere * LINE + 6
      let x = MARGIN
      COLUMNS.forEach((col, i) => {
        page.drawRectangle({
          x,
          y: y - h,
          width: col.width,
          height: h,
          borderColor: rgb(0.45, 0.45, 0.45),
          borderWidth: 0.5,
          color: shade ? rgb(0.92, 0.92, 0.92) : undefined,
        })
        wrapped[i]!.slice(offset, offset + linesHere).forEach((line, n) => {
          page.drawText(line, { x: x + 3, y: y - 3 - SIZE - n * LINE, size: SIZE, font })
        })
        x += col.width
      })
      y -= h
      offset += linesHere
      height -= h - 6
      if (offset >= Math.max(...wrapped.map((l) => l.length))) break
    }
  }
  drawRow(
    COLUMNS.map((c) => c.title),
    bold,
    true,
  )
  for (const r of summary.rows) {
    drawRow([String(r.index), r.section, r.author, r.comment, r.decision, r.reason], regular, false)
  }
  if (summary.rows.length === 0) write('Chưa có góp ý nào được đăng.', regular, 10)
  return doc.save()
}
