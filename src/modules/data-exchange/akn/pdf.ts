import { PDFDocument, type PDFFont, type PDFPage } from 'pdf-lib'
import { embedFonts, printable, wrap } from '@/shared/pdf'
import type { Block, BlockStyle } from './blocks'
import { documentBlocks } from './blocks'
import type { AknSource } from './load'

const A4: [number, number] = [595.28, 841.89]
const MARGIN = { top: 56, bottom: 56, left: 70, right: 50 }
const WIDTH = A4[0] - MARGIN.left - MARGIN.right

type Look = { font: 'regular' | 'bold' | 'italic'; size: number; align: 'left' | 'center' | 'right'; before: number }
const LOOK: Record<BlockStyle, Look> = {
  issuer: { font: 'bold', size: 12, align: 'center', before: 0 },
  title: { font: 'bold', size: 14, align: 'center', before: 14 },
  subtitle: { font: 'bold', size: 12, align: 'center', before: 4 },
  chapter: { font: 'bold', size: 12.5, align: 'center', before: 12 },
  section: { font: 'bold', size: 12, align: 'center', before: 10 },
  article: { font: 'bold', size: 12, align: 'left', before: 8 },
  text: { font: 'regular', size: 12, align: 'left', before: 3 },
  sign: { font: 'bold', size: 12, align: 'right', before: 10 },
  note: { font: 'italic', size: 9, align: 'left', before: 18 },
}

/**
 * The document as an A4 PDF set in DejaVu Serif (Vietnamese), with the chapters and articles as
 * headings kept with the line that follows them, and page numbers.
 */
export async function documentPdf(source: AknSource): Promise<Uint8Array> {
  const pdf = await PDFDocument.create()
  const fonts = await embedFonts(pdf, 'serif')
  const { doc } = source
  pdf.setTitle(`${doc.number}: ${doc.title}`)
  pdf.setAuthor(doc.issuer)
  pdf.setSubject(doc.title)
  pdf.setLanguage('vi')
  pdf.setCreator(source.siteName)
  let page: PDFPage = pdf.addPage(A4)
  let y = A4[1] - MARGIN.top
  const newPage = () => {
    page = pdf.addPage(A4)
    y = A4[1] - MARGIN.top
  }
  const blocks = documentBlocks(source)
  blocks.forEach((block: Block, i) => {
    const look = LOOK[block.style]
    const font: PDFFont = fonts[look.font]
    const lineHeight = look.size * 1.35
    const lines = wrap(printable(font, block.text), font, look.size, WIDTH)
    const heading = ['chapter', 'section', 'article'].includes(block.style)
    // A heading is not left alone at the foot of a page: keep room for it and the next line.
    const next = blocks[i + 1]
    const keep = heading && next ? lineHeight * (lines.length + 1) : lineHeight
    // The name of a chapter follows its number closely.
    y -= block.style === 'chapter' && blocks[i - 1]?.style === 'chapter' ? 2 : look.before
    if (y - keep < MARGIN.bottom) newPage()
    for (const line of lines) {
      if (y - lineHeight < MARGIN.bottom) newPage()
      const w = font.widthOfTextAtSize(line, look.size)
      const x =
        look.align === 'center'
          ? MARGIN.left + (WIDTH - w) / 2
          : look.align === 'right'
            ? MARGIN.left + WIDTH - w
            : MARGIN.left
      page.drawText(line, { x, y: y - look.size, size: look.size, font })
      y -= lineHeight
    }
  })
  const pages = pdf.getPages()
  pages.forEach((p, n) => {
    const label = `${n + 1}/${pages.length}`
    p.drawText(label, {
      x: A4[0] / 2 - fonts.regular.widthOfTextAtSize(label, 9) / 2,
      y: 28,
      size: 9,
      font: fonts.regular,
    })
  })
  return pdf.save()
}
