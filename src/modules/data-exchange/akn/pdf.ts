import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNull,
  PDFNumber,
  type PDFFont,
  type PDFPage,
  type PDFRef,
} from 'pdf-lib'
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
type Mark = { title: string; level: 0 | 1; page: PDFPage; y: number }

/**
 * The PDF outline (bookmarks): chapters (and parts) at the top level, articles under them, each
 * opening its page at the heading. pdf-lib has no outline API, so the dictionaries are written
 * directly (PDF 32000-1, 12.3.3).
 */
function writeOutline(pdf: PDFDocument, marks: Mark[]): void {
  if (marks.length === 0) return
  const { context } = pdf
  type Item = { mark: Mark; ref: PDFRef; children: Item[] }
  const roots: Item[] = []
  for (const mark of marks) {
    const item: Item = { mark, ref: context.nextRef(), children: [] }
    const parent = roots[roots.length - 1]
    if (mark.level === 1 && parent && parent.mark.level === 0) parent.children.push(item)
    else roots.push(item)
  }
  const outlineRef = context.nextRef()
  const write = (items: Item[], parentRef: PDFRef): number => {
    let count = 0
    items.forEach((item, i) => {
      const childCount = write(item.children, item.ref)
      const dest = PDFArray.withContext(context)
      dest.push(item.mark.page.ref)
      dest.push(PDFName.of('XYZ'))
      dest.push(PDFNull)
      dest.push(PDFNumber.of(item.mark.y + 14))
      dest.push(PDFNull)
      const dict = PDFDict.withContext(context)
      dict.set(PDFName.of('Title'), PDFHexString.fromText(item.mark.title))
      dict.set(PDFName.of('Parent'), parentRef)
      dict.set(PDFName.of('Dest'), dest)
      if (i > 0) dict.set(PDFName.of('Prev'), items[i - 1]!.ref)
      if (i < items.length - 1) dict.set(PDFName.of('Next'), items[i + 1]!.ref)
      if (item.children.length > 0) {
        dict.set(PDFName.of('First'), item.children[0]!.ref)
        dict.set(PDFName.of('Last'), item.children[item.children.length - 1]!.ref)
        // Negative: the chapter starts closed, so a long code opens as a short list of chapters.
        dict.set(PDFName.of('Count'), PDFNumber.of(-childCount))
      }
      context.assign(item.ref, dict)
      count += 1
    })
    return count
  }
  const total = write(roots, outlineRef)
  context.assign(
    outlineRef,
    context.obj({ Type: 'Outlines', First: roots[0]!.ref, Last: roots[roots.length - 1]!.ref, Count: total }),
  )
  pdf.catalog.set(PDFName.of('Outlines'), outlineRef)
  pdf.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'))
}

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
  const marks: Mark[] = []
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
    if (block.anchor && (block.style === 'chapter' || block.style === 'article')) {
      // A chapter's name (the next block, without anchor) joins its number in the bookmark.
      const name = block.style === 'chapter' && next?.style === 'chapter' && !next.anchor ? ` ${next.text}` : ''
      marks.push({ title: `${block.text}${name}`, level: block.style === 'chapter' ? 0 : 1, page, y })
    }
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
  writeOutline(pdf, marks)
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
