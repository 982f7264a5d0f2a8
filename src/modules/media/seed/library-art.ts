import { PDFDocument, rgb } from 'pdf-lib'
import sharp from 'sharp'
import { embedFonts, wrap } from '@/shared/pdf'

/** Pictures and PDFs of the demo library, drawn locally (no downloads). */

const escapeXml = (text: string) =>
  text.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c] ?? c)

function lines(text: string, width: number): string[] {
  const out: string[] = []
  let line = ''
  for (const word of text.split(/\s+/)) {
    if ((line + ' ' + word).trim().length > width && line) {
      out.push(line)
      line = word
    } else line = `${line} ${word}`.trim()
  }
  if (line) out.push(line)
  return out
}

const FONT = 'DejaVu Sans, Noto Sans, Arial, sans-serif'

/** A 16:9 poster or a portrait book cover: coloured ground, a title and a small caption. */
export function drawPoster(args: {
  title: string
  caption: string
  colors: [string, string]
  portrait?: boolean
}): Promise<Buffer> {
  const [w, h] = args.portrait ? [800, 1130] : [1200, 630]
  const size = args.portrait ? 64 : 60
  const title = lines(args.title.toUpperCase(), args.portrait ? 16 : 24).slice(0, 5)
  // Portrait covers keep the title inside the centred 16:9 crop that list cards use.
  const top = args.portrait ? 440 : 230
  const text = title
    .map(
      (l, i) =>
        `<text x="70" y="${top + i * (size + 16)}" font-family="${FONT}" font-size="${size}" font-weight="700" fill="#fff">${escapeXml(l)}</text>`,
    )
    .join('')
  const captionLines = lines(args.caption, args.portrait ? 44 : 64).slice(0, 3)
  const caption = captionLines
    .map(
      (l, i) =>
        `<text x="70" y="${h - 60 - (captionLines.length - 1 - i) * 36}" font-family="${FONT}" font-size="26" fill="#ffe27a">${escapeXml(l)}</text>`,
    )
    .join('')
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">
<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${args.colors[0]}"/><stop offset="1" stop-color="${args.colors[1]}"/></linearGradient></defs>
<rect width="${w}" height="${h}" fill="url(#g)"/>
<rect x="70" y="${top - size - 50}" width="140" height="10" fill="#ffe27a"/>${text}
${caption}</svg>`
  return sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toBuffer()
}

/** A tall infographic: a heading and numbered blocks of figures and short text. */
export function drawInfographic(args: { title: string; blocks: { figure: string; text: string }[]; source: string }) {
  const w = 900
  const blockH = 210
  const titleLines = lines(args.title.toUpperCase(), 26)
  const band = 80 + titleLines.length * 56
  const first = band + 40
  const h = first + args.blocks.length * blockH + 100
  const title = titleLines
    .map(
      (l, i) =>
        `<text x="60" y="${100 + i * 56}" font-family="${FONT}" font-size="40" font-weight="700" fill="#fff">${escapeXml(l)}</text>`,
    )
    .join('')
  const blocks = args.blocks
    .map((b, i) => {
      const y = first + i * blockH
      const body = lines(b.text, 36)
        .slice(0, 4)
        .map(
          (l, j) =>
            `<text x="250" y="${y + 60 + j * 36}" font-family="${FONT}" font-size="27" fill="#1a1a1a">${escapeXml(l)}</text>`,
        )
        .join('')
      return `<rect x="40" y="${y}" width="${w - 80}" height="${blockH - 20}" rx="16" fill="#fff"/>
<text x="70" y="${y + 115}" font-family="${FONT}" font-size="64" font-weight="700" fill="#8b1a1a">${escapeXml(b.figure)}</text>${body}`
    })
    .join('')
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">
<rect width="${w}" height="${h}" fill="#f6f3ee"/><rect width="${w}" height="${band}" fill="#8b1a1a"/>${title}${blocks}
<text x="60" y="${h - 50}" font-family="${FONT}" font-size="24" fill="#4a4a4a">${escapeXml(args.source)}</text></svg>`
  return sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toBuffer()
}

export type BookSection = { heading: string; paragraphs: string[] }

/** A small A5 booklet in Vietnamese: a title page, then sections of headed paragraphs. */
export async function makeBookletPdf(args: {
  title: string
  author: string
  publisher: string
  year: number
  sections: BookSection[]
}): Promise<{ data: Buffer; pages: number }> {
  const doc = await PDFDocument.create()
  doc.setTitle(args.title)
  doc.setAuthor(args.author)
  doc.setProducer(args.publisher)
  doc.setLanguage('vi-VN')
  const fonts = await embedFonts(doc, 'serif')
  const [W, H] = [420, 595]
  const margin = 40
  const red = rgb(0.545, 0.102, 0.102)
  let page = doc.addPage([W, H])
  let y = H - 160
  for (const line of wrap(args.title.toUpperCase(), fonts.bold, 20, W - 2 * margin)) {
    page.drawText(line, { x: margin, y, size: 20, font: fonts.bold, color: red })
    y -= 28
  }
  page.drawText(args.author, { x: margin, y: y - 20, size: 12, font: fonts.italic })
  page.drawText(`${args.publisher} · ${args.year}`, { x: margin, y: 60, size: 11, font: fonts.regular })
  const newPage = () => {
    page = doc.addPage([W, H])
    y = H - margin
  }
  newPage()
  for (const section of args.sections) {
    if (y < 120) newPage()
    for (const line of wrap(section.heading, fonts.bold, 13, W - 2 * margin)) {
      page.drawText(line, { x: margin, y, size: 13, font: fonts.bold, color: red })
      y -= 19
    }
    y -= 4
    for (const paragraph of section.paragraphs) {
      for (const line of wrap(paragraph, fonts.regular, 11, W - 2 * margin)) {
        if (y < margin + 20) newPage()
        page.drawText(line, { x: margin, y, size: 11, font: fonts.regular })
        y -= 16
      }
      y -= 6
    }
    y -= 10
  }
  const pages = doc.getPageCount()
  doc.getPages().forEach((p, i) => {
    if (i > 0) p.drawText(String(i + 1), { x: W / 2 - 4, y: 20, size: 9, font: fonts.regular })
  })
  return { data: Buffer.from(await doc.save()), pages }
}
