import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib'
import { measure, printable, wrap, type EmbeddedFonts } from '@/shared/pdf'

/** A4 portrait with the margins of Nghị định 30/2020/NĐ-CP (left 30 mm, right 20 mm, top and bottom ≈ 20 mm). */
export const PAGE: [number, number] = [595.28, 841.89]
export const LEFT = 85
export const RIGHT = 57
export const TOP = 57
export const BOTTOM = 57
export const WIDTH = PAGE[0] - LEFT - RIGHT
const GREY = rgb(0.35, 0.35, 0.35)

/**
 * A cursor that writes top to bottom and opens a new page when the next block does not fit.
 * Pages after the first get their number centred at the top, as in Vietnamese administrative
 * documents.
 */
export class Writer {
  page: PDFPage
  y: number
  constructor(
    readonly doc: PDFDocument,
    readonly fonts: EmbeddedFonts,
  ) {
    this.page = doc.addPage(PAGE)
    this.y = PAGE[1] - TOP
  }

  newPage(): void {
    this.page = this.doc.addPage(PAGE)
    this.y = PAGE[1] - TOP
  }

  /** Makes room for `height` points, on a new page if needed. */
  ensure(height: number): void {
    if (this.y - height < BOTTOM) this.newPage()
  }

  text(line: string, opts: { font: PDFFont; size: number; x: number }): void {
    this.page.drawText(printable(opts.font, line), {
      x: opts.x,
      y: this.y - opts.size,
      size: opts.size,
      font: opts.font,
    })
  }

  /** A wrapped paragraph; `indent` on its first line, `hang` on the others. */
  paragraph(text: string, opts: { font?: PDFFont; size?: number; indent?: number; hang?: number; after?: number }) {
    const font = opts.font ?? this.fonts.regular
    const size = opts.size ?? 12
    const indent = opts.indent ?? 0
    const hang = opts.hang ?? 0
    const leading = size * 1.4
    // The first line is wrapped at its own width, the rest at the hanging width.
    const safe = printable(font, text).replace(/\s+/g, ' ').trim()
    const first = wrap(safe, font, size, WIDTH - indent)[0] ?? ''
    const rest = safe.slice(first.length).trim()
    const lines = [first, ...(rest ? wrap(rest, font, size, WIDTH - hang) : [])]
    lines.forEach((line, i) => {
      this.ensure(leading)
      this.text(line, { font, size, x: LEFT + (i === 0 ? indent : hang) })
      this.y -= leading
    })
    this.y -= opts.after ?? 3
  }

  /** Lines centred on `centre`, each wrapped to `width`; returns the widest line drawn. */
  centred(text: string, opts: { font: PDFFont; size: number; centre: number; width: number }): number {
    let widest = 0
    for (const line of wrap(printable(opts.font, text), opts.font, opts.size, opts.width)) {
      const w = measure(opts.font, line, opts.size)
      widest = Math.max(widest, w)
      this.page.drawText(line, { x: opts.centre - w / 2, y: this.y - opts.size, size: opts.size, font: opts.font })
      this.y -= opts.size * 1.35
    }
    return widest
  }

  rule(centre: number, width: number): void {
    this.page.drawLine({
      start: { x: centre - width / 2, y: this.y - 2 },
      end: { x: centre + width / 2, y: this.y - 2 },
      thickness: 0.7,
      color: rgb(0, 0, 0),
    })
    this.y -= 5
  }

  numberPages(): void {
    const pages = this.doc.getPages()
    pages.forEach((page, i) => {
      if (i === 0) return
      const label = String(i + 1)
      const w = measure(this.fonts.regular, label, 11)
      page.drawText(label, { x: PAGE[0] / 2 - w / 2, y: PAGE[1] - TOP / 2 - 5, size: 11, font: this.fonts.regular })
    })
  }
}

export type TableColumn = { title: string; width: number; align: 'left' | 'right' | 'centre' }

/**
 * A bordered table; the header row (shaded) is drawn again at the top of every page the table
 * continues on. A row never splits: rows are short (a label and figures).
 */
export function drawTable(w: Writer, columns: TableColumn[], rows: string[][], size: number): void {
  const pad = 3
  const leading = size * 1.3
  const layout = (cells: string[], font: PDFFont) => {
    const lines = cells.map((c, i) => wrap(printable(font, c), font, size, columns[i]!.width - 2 * pad))
    return { lines, height: Math.max(...lines.map((l) => l.length)) * leading + 2 * pad }
  }
  const header = layout(
    columns.map((c) => c.title),
    w.fonts.bold,
  )
  const drawRow = (row: { lines: string[][]; height: number }, font: PDFFont, shade: boolean) => {
    let x = LEFT
    columns.forEach((col, i) => {
      w.page.drawRectangle({
        x,
        y: w.y - row.height,
        width: col.width,
        height: row.height,
        borderColor: GREY,
        borderWidth: 0.5,
        color: shade ? rgb(0.9, 0.9, 0.9) : undefined,
      })
      row.lines[i]!.forEach((line, n) => {
        const lw = measure(font, line, size)
        const lx =
          col.align === 'right' ? x + col.width - pad - lw : col.align === 'centre' ? x + (col.width - lw) / 2 : x + pad
        w.page.drawText(line, { x: lx, y: w.y - pad - size - n * leading + 1.5, size, font })
      })
      x += col.width
    })
    w.y -= row.height
  }
  w.ensure(header.height + leading * 2 + 2 * pad)
  drawRow(header, w.fonts.bold, true)
  for (const cells of rows) {
    const row = layout(cells, w.fonts.regular)
    if (w.y - row.height < BOTTOM) {
      w.newPage()
      drawRow(header, w.fonts.bold, true)
    }
    drawRow(row, w.fonts.regular, false)
  }
}
