/**
 * Turns a document as imported (plain text, or Markdown converted from PDF/Word by pandoc) into
 * clean lines: NFC, plain spaces, no Markdown emphasis or escapes, table cells unfolded.
 * Header and structure parsing both work on these lines.
 */
import { nfc } from '@/shared/text/vietnamese'

/** Pandoc leaves these behind: escaped list numbers ("1\."), hard breaks ("…\" at line end), table borders. */
const PANDOC_SIGNS = [/^\s*\d+\\\.\s/m, /\\$/m, /^\s*\+(?:[-=:]+\+){1,}\s*$/m, /^\s*-{3,}(?: +-{3,})+\s*$/m]

export function looksLikePandocMarkdown(text: string): boolean {
  return PANDOC_SIGNS.filter((sign) => sign.test(text)).length >= 2
}

/**
 * NFC, plain spaces, Unix line ends, no zero-width characters or BOM. Icelandic Ð/ð (U+00D0/U+00F0),
 * which legacy Vietnamese fonts produce for Đ/đ, becomes Đ/đ: "Ðiều 317" is "Điều 317".
 */
export function normalizeText(raw: string): string {
  return nfc(raw)
    .replace(/\u00d0/g, 'Đ')
    .replace(/\u00f0/g, 'đ')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u200b\u200c\u200d\ufeff]/g, '')
    .replace(/\t/g, '    ')
}

export function toLines(raw: string): string[] {
  const text = normalizeText(raw)
  if (!looksLikePandocMarkdown(text)) return text.split('\n').map(cleanPlainLine)
  const unfolded = unfoldTables(text.split('\n'))
  return joinSoftWraps(unfolded).map(cleanMarkdownLine)
}

/** Lines made only of rule characters ("-------", "___") separate header blocks; they carry no text. */
function isRule(line: string): boolean {
  return /^[\s\-_=*.]*$/.test(line) && /[-_=]{3,}/.test(line)
}

function cleanPlainLine(line: string): string {
  if (isRule(line)) return ''
  // Bold markers survive copy-paste from Markdown editors even in otherwise plain text.
  return line.replace(/\*\*/g, '').trimEnd().replace(/^\s+/, '')
}

function cleanMarkdownLine(line: string): string {
  const text = line
    .replace(/\\([*_]*)$/, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!|<>"'~^$:;,=])/g, '$1')
    .replace(/\*+/g, '')
    .replace(/\s+/g, ' ')
    .trim()
  return isRule(text) ? '' : text
}

// ---------------------------------------------------------------------------------------------
// Tables. Official documents put the issuer and the national motto side by side, and the
// recipients beside the signature; pandoc renders both as tables. Reading each row column by
// column restores the order a reader follows: left block, then right block.

const GRID_BORDER = /^\s*\+(?:[-=:]+\+)+\s*$/
const SIMPLE_RULE = /^\s*-{3,}(?: +-{3,})+\s*$/
const ANY_RULE = /^\s*-{3,}(?: +-{3,})*\s*$/

function unfoldTables(lines: string[]): string[] {
  const out: string[] = []
  let i = 0
  while (i < lines.length) {
    const line = lines[i] ?? ''
    if (GRID_BORDER.test(line)) {
      i = unfoldGridTable(lines, i, out)
    } else if (SIMPLE_RULE.test(line)) {
      i = unfoldSimpleTable(lines, i, out)
    } else {
      out.push(line)
      i += 1
    }
  }
  return out
}

/** Column start offsets of a grid border such as "+-----+:----:+". */
function gridColumns(border: string): number[] {
  const plus: number[] = []
  for (let at = border.indexOf('+'); at !== -1; at = border.indexOf('+', at + 1)) plus.push(at)
  return plus.slice(0, -1).map((at) => at + 1)
}

function unfoldGridTable(lines: string[], start: number, out: string[]): number {
  const columns = gridColumns(lines[start] ?? '')
  let row: string[][] = columns.map(() => [])
  let i = start + 1
  for (; i < lines.length; i += 1) {
    const line = lines[i] ?? ''
    if (GRID_BORDER.test(line)) {
      emitRow(row, out)
      row = columns.map(() => [])
      continue
    }
    if (!/^\s*\|/.test(line)) break
    gridCells(line, columns).forEach((cell, c) => row[c]?.push(cell))
  }
  emitRow(row, out)
  return i
}

function gridCells(line: string, columns: number[]): string[] {
  const parts = line.trim().split('|').slice(1, -1)
  if (parts.length === columns.length) return parts
  // A "|" inside a cell: fall back to the border's character positions.
  return columns.map((from, c) => line.slice(from, (columns[c + 1] ?? line.length + 1) - 1))
}

/** Column start offsets of a simple-table rule such as "  -------- ---------". */
function ruleColumns(rule: string): number[] {
  const starts: number[] = []
  for (const match of rule.matchAll(/-+/g)) starts.push(match.index)
  return starts
}

function unfoldSimpleTable(lines: string[], start: number, out: string[]): number {
  const columns = ruleColumns(lines[start] ?? '')
  let row: string[][] = columns.map(() => [])
  let i = start + 1
  for (; i < lines.length; i += 1) {
    const line = lines[i] ?? ''
    if (ANY_RULE.test(line)) {
      i += 1
      break
    }
    // Rows of a multiline table are separated by blank lines.
    if (line.trim() === '') {
      emitRow(row, out)
      row = columns.map(() => [])
      continue
    }
    simpleCells(line, columns).forEach((cell, c) => row[c]?.push(cell))
  }
  emitRow(row, out)
  return i
}

/** Cuts a line at the column starts, moving a cut forward when it would split a word that overflows. */
function simpleCells(line: string, columns: number[]): string[] {
  const cuts = columns.slice(1).map((at) => {
    let cut = at
    while (cut < line.length && line[cut - 1] !== ' ' && line[cut] !== ' ') cut += 1
    return cut
  })
  const bounds = [0, ...cuts, line.length]
  return columns.map((_, c) => line.slice(bounds[c], bounds[c + 1]))
}

function emitRow(row: string[][], out: string[]): void {
  for (const cell of row) {
    const text = cell.map((line) => line.trim())
    if (text.every((line) => line === '' || line === '\\')) continue
    out.push('', ...text, '')
  }
}

// ---------------------------------------------------------------------------------------------
// Pandoc wraps paragraphs at ~72 columns. A line continues the previous one unless the previous
// ends with a hard break ("\"), either is blank, or the line starts a list item ("- ", or "-Chính phủ"
// as some sources type it).

function joinSoftWraps(lines: string[]): string[] {
  const out: string[] = []
  let previousOpen = false
  for (const raw of lines) {
    const line = raw.trim()
    if (previousOpen && line !== '' && !/^[-+•]\s?\p{L}/u.test(line)) {
      out[out.length - 1] = `${out[out.length - 1] ?? ''} ${line}`
    } else {
      out.push(line)
    }
    // The hard break may sit inside emphasis: "Nơi nhận:\***".
    previousOpen = line !== '' && !/\\[*_]*$/.test(line)
  }
  return out
}
