import { PDFDocument } from 'pdf-lib'
import { embedFonts, printable, wrap } from '@/shared/pdf'
import { formatNumberVi, formatLongDateVi } from './format'
import { roman } from './compose'
import type { ReportSection, SummaryReport } from './model'
import { drawTable, LEFT, WIDTH, Writer, type TableColumn } from './pdf-layout'

const BODY = 12

/** The national-style header: issuing body on the left, the national motto on the right. */
function header(w: Writer, report: SummaryReport): void {
  const { regular, bold, italic } = w.fonts
  // The two header columns reach a little into the side margins, as in printed reports.
  const leftWidth = 215
  const rightWidth = 280
  const leftCentre = LEFT - 30 + leftWidth / 2
  const rightCentre = LEFT - 30 + leftWidth + rightWidth / 2
  const top = w.y

  w.centred(report.issuer.superior.toLocaleUpperCase('vi'), {
    font: regular,
    size: 10.5,
    centre: leftCentre,
    width: leftWidth,
  })
  const nameWidth = w.centred(report.issuer.name.toLocaleUpperCase('vi'), {
    font: bold,
    size: 10.5,
    centre: leftCentre,
    width: leftWidth,
  })
  w.rule(leftCentre, Math.min(nameWidth, 90) * 0.6)
  w.y -= 8
  w.centred(`Số:        /BC-${report.issuer.abbreviation}`, {
    font: regular,
    size: 11,
    centre: leftCentre,
    width: leftWidth,
  })
  const leftBottom = w.y

  w.y = top
  w.centred('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { font: bold, size: 11, centre: rightCentre, width: rightWidth })
  const mottoWidth = w.centred('Độc lập - Tự do - Hạnh phúc', {
    font: bold,
    size: 12,
    centre: rightCentre,
    width: rightWidth,
  })
  w.rule(rightCentre, mottoWidth)
  w.y -= 8
  w.centred(`${report.issuer.place}, ${formatLongDateVi(report.issuedAt)}`, {
    font: italic,
    size: 11,
    centre: rightCentre,
    width: rightWidth,
  })
  w.y = Math.min(w.y, leftBottom) - 18
}

function title(w: Writer, report: SummaryReport): void {
  const centre = LEFT + WIDTH / 2
  w.centred('BÁO CÁO', { font: w.fonts.bold, size: 14, centre, width: WIDTH })
  const width = w.centred(report.subtitle, { font: w.fonts.bold, size: 13, centre, width: WIDTH - 40 })
  w.rule(centre, Math.min(width, 120) * 0.6)
  w.y -= 14
}

const heading = (w: Writer, text: string, size = BODY) => {
  w.ensure(size * 4)
  w.paragraph(text, { font: w.fonts.bold, size, indent: 28, hang: 0, after: 4 })
}

function columnsFor(table: ReportSection['tables'][number]): { columns: TableColumn[]; size: number } {
  const n = table.columns.length
  const stt = 28
  let numeric = Math.min(82, Math.max(58, (WIDTH - stt - 170) / Math.max(n, 1)))
  if (stt + 110 + numeric * n > WIDTH) numeric = (WIDTH - stt - 110) / n
  const size = numeric < 58 ? 8 : 9.5
  const label = WIDTH - stt - numeric * n
  const measured = (c: { label: string; measure?: string }) => (c.measure ? `${c.label} (${c.measure})` : c.label)
  return {
    size,
    columns: [
      { title: 'STT', width: stt, align: 'centre' },
      { title: table.dimension, width: label, align: 'left' },
      ...table.columns.map((c) => ({ title: measured(c), width: numeric, align: 'right' as const })),
    ],
  }
}

function section(w: Writer, s: ReportSection): void {
  heading(w, `${s.number}. ${s.title}`)
  for (const f of s.figures) w.paragraph(`- ${f.text}`, { indent: 28, hang: 28, size: BODY })
  for (const table of s.tables) {
    w.y -= 4
    w.ensure(60)
    w.paragraph(`Bảng ${table.number}. ${table.title}`, { font: w.fonts.bold, size: 11, after: 4 })
    const { columns, size } = columnsFor(table)
    drawTable(
      w,
      columns,
      table.rows.map((r, i) => [String(i + 1), r.label, ...r.values.map((v) => formatNumberVi(v))]),
      size,
    )
    if (table.note) {
      w.y -= 3
      w.paragraph(`Ghi chú: ${table.note}`, { font: w.fonts.italic, size: 10 })
    }
    w.y -= 6
  }
}

/** "Nơi nhận:" on the left, the signature block on the right. */
function closing(w: Writer, report: SummaryReport): void {
  w.ensure(110)
  const top = w.y
  const { regular, bold, italic } = w.fonts
  w.text('Nơi nhận:', { x: LEFT, size: 11, font: bold })
  w.y -= 15
  for (const r of report.recipients) {
    wrap(printable(regular, `- ${r}`), regular, 10, 220).forEach((line, i) => {
      w.text(line, { x: LEFT + (i === 0 ? 0 : 7), size: 10, font: regular })
      w.y -= 12.5
    })
  }
  const bottomLeft = w.y
  w.y = top
  const centre = LEFT + WIDTH - 100
  w.centred(report.issuer.signerTitle.toLocaleUpperCase('vi'), { font: bold, size: 12, centre, width: 220 })
  w.centred('(Ký, ghi rõ họ tên và đóng dấu)', { font: italic, size: 10, centre, width: 220 })
  w.y -= 56
  if (report.issuer.signerName) w.centred(report.issuer.signerName, { font: bold, size: 12, centre, width: 220 })
  w.y = Math.min(w.y, bottomLeft)
}

/** The summary report as an A4 portrait PDF in the layout of a Vietnamese administrative report. */
export async function summaryReportPdf(report: SummaryReport): Promise<Uint8Array> {
  const doc = await PDFDocument.create()
  const fonts = await embedFonts(doc, 'serif')
  doc.setTitle(`Báo cáo ${report.subtitle}`)
  doc.setLanguage('vi')
  doc.setAuthor(report.issuer.name)
  doc.setCreator('Trang thông tin điện tử phổ biến, giáo dục pháp luật')
  const w = new Writer(doc, fonts)
  header(w, report)
  title(w, report)
  for (const p of report.intro) w.paragraph(p, { indent: 28, size: BODY })
  heading(w, `${roman(1)}. TÌNH HÌNH CHUNG`)
  if (report.overview.length === 0) w.paragraph('Chưa có số liệu trong kỳ báo cáo.', { indent: 28 })
  for (const line of report.overview) w.paragraph(`- ${line}`, { indent: 28, hang: 28 })
  heading(w, `${roman(2)}. KẾT QUẢ CỤ THỂ`)
  for (const s of report.sections) section(w, s)
  w.y -= 4
  w.paragraph(
    `Trên đây là báo cáo kết quả thực hiện ${report.programme.name} ${report.periodLabel} của ${report.issuer.name}./.`,
    { indent: 28 },
  )
  w.y -= 10
  closing(w, report)
  w.numberPages()
  return doc.save()
}
