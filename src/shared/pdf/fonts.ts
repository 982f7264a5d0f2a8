import fs from 'node:fs'
import path from 'node:path'
import fontkit from '@pdf-lib/fontkit'
import type { PDFDocument, PDFFont } from 'pdf-lib'

/**
 * DejaVu fonts (they cover Vietnamese; licence in ./fonts/LICENSE-DejaVu.txt). Sans for tables
 * on screen-like documents, Serif (with an italic) for administrative documents, which are set in a
 * Times-like face by custom (Nghị định 30/2020/NĐ-CP).
 */
const FONT_DIR = path.join(process.cwd(), 'src', 'shared', 'pdf', 'fonts')

const FILES = {
  sans: { regular: 'DejaVuSans.ttf', bold: 'DejaVuSans-Bold.ttf', italic: null },
  serif: { regular: 'DejaVuSerif.ttf', bold: 'DejaVuSerif-Bold.ttf', italic: 'DejaVuSerif-Italic.ttf' },
} as const

export type FontFamily = keyof typeof FILES
export type EmbeddedFonts = { regular: PDFFont; bold: PDFFont; italic: PDFFont }

const cache = new Map<string, Buffer>()
/** The bytes of one font file, read once per process. */
export function fontBytes(file: string): Buffer {
  let bytes = cache.get(file)
  if (!bytes) {
    bytes = fs.readFileSync(path.join(FONT_DIR, file))
    cache.set(file, bytes)
  }
  return bytes
}

/**
 * Embeds a family's regular, bold and italic faces as subsets (only the glyphs used end up in the
 * file). A family without an italic face uses its regular one instead.
 */
export async function embedFonts(doc: PDFDocument, family: FontFamily): Promise<EmbeddedFonts> {
  doc.registerFontkit(fontkit)
  const files = FILES[family]
  const regular = await doc.embedFont(fontBytes(files.regular), { subset: true })
  const bold = await doc.embedFont(fontBytes(files.bold), { subset: true })
  const italic = files.italic ? await doc.embedFont(fontBytes(files.italic), { subset: true }) : regular
  return { regular, bold, italic }
}
