import type { PDFFont } from 'pdf-lib'

/** Greedy word wrap by measured width; a word longer than the column is cut. */
export function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = []
  for (const paragraph of text.split('\n')) {
    let line = ''
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      let w = word
      while (font.widthOfTextAtSize(w, size) > width) {
        let cut = w.length - 1
        while (cut > 1 && font.widthOfTextAtSize(w.slice(0, cut), size) > width) cut--
        if (line) lines.push(line)
        lines.push(w.slice(0, cut))
        line = ''
        w = w.slice(cut)
      }
      const candidate = line ? `${line} ${w}` : w
      if (font.widthOfTextAtSize(candidate, size) <= width) line = candidate
      else {
        lines.push(line)
        line = w
      }
    }
    lines.push(line)
  }
  return lines
}

const characterSets = new WeakMap<PDFFont, Set<number>>()

/** Glyphs outside the font (emoji…) are replaced by "?", not allowed to abort the export. */
export function printable(font: PDFFont, text: string): string {
  let set = characterSets.get(font)
  if (!set) {
    set = new Set(font.getCharacterSet())
    characterSets.set(font, set)
  }
  const known = set
  return [...text.normalize('NFC')].map((c) => (c === '\n' || known.has(c.codePointAt(0)!) ? c : '?')).join('')
}
