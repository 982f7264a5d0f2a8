import type { PDFFont } from 'pdf-lib'

const advances = new WeakMap<PDFFont, Map<string, number>>()

/**
 * The width of a line, summed from cached per-character advances: fontkit lays out (and kerns)
 * the whole string on every widthOfTextAtSize call, which made word wrapping of long tables slow.
 * Ignoring kerning can only overestimate a width slightly, so lines never overflow.
 */
export function measure(font: PDFFont, text: string, size: number): number {
  let map = advances.get(font)
  if (!map) {
    map = new Map()
    advances.set(font, map)
  }
  let total = 0
  for (const c of text) {
    let w = map.get(c)
    if (w === undefined) {
      w = font.widthOfTextAtSize(c, 1000)
      map.set(c, w)
    }
    total += w
  }
  return (total * size) / 1000
}

/** Greedy word wrap by measured width; a word longer than the column is cut. */
export function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = []
  for (const paragraph of text.split('\n')) {
    let line = ''
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      let w = word
      while (measure(font, w, size) > width) {
        let cut = w.length - 1
        while (cut > 1 && measure(font, w.slice(0, cut), size) > width) cut--
        if (line) lines.push(line)
        lines.push(w.slice(0, cut))
        line = ''
        w = w.slice(cut)
      }
      const candidate = line ? `${line} ${w}` : w
      if (measure(font, candidate, size) <= width) line = candidate
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
