import { strFromU8, unzipSync } from 'fflate'
import { childElements, firstChild, parseXml, textOf, XmlError, type XmlElement } from './xml'

/**
 * Reads the cell values of an Office Open XML workbook (.xlsx) written by ./write.ts, Excel or
 * LibreOffice: shared and inline strings, numbers, booleans, formula results, cell references
 * with gaps, several sheets. Formatting is ignored: a date cell comes back as its day serial.
 * Only the parts needed are inflated, and their declared sizes are capped, so a zip bomb is
 * refused instead of filling the memory.
 */

export type XlsxValue = string | number | boolean | null
export type XlsxReadSheet = { name: string; rows: XlsxValue[][] }
export type XlsxReadOptions = {
  /** the sheet to read, by name or zero-based position; the first sheet by default */
  sheet?: string | number
  /** the most bytes the needed parts may inflate to, together (default 50 MB) */
  maxUncompressedBytes?: number
}

/** A file that is not a readable XLSX workbook; `message` is Vietnamese and shown to the user. */
export class XlsxReadError extends Error {}

const DEFAULT_MAX_BYTES = 50 * 1024 * 1024
const NOT_XLSX = 'Tệp không phải là bảng tính XLSX hợp lệ hoặc đã bị hỏng.'

type Package = Record<string, Uint8Array>

/** The names of the workbook's sheets, in order. */
export function readXlsxSheetNames(bytes: Uint8Array, options: XlsxReadOptions = {}): string[] {
  const pkg = unzip(bytes, options.maxUncompressedBytes ?? DEFAULT_MAX_BYTES)
  return workbookSheets(pkg).map((s) => s.name)
}

/** One sheet's values: rows[r][c] for the cell in row r + 1, column c (A = 0); empty cells are null. */
export function readXlsx(bytes: Uint8Array, options: XlsxReadOptions = {}): XlsxReadSheet {
  const pkg = unzip(bytes, options.maxUncompressedBytes ?? DEFAULT_MAX_BYTES)
  const sheets = workbookSheets(pkg)
  const wanted = options.sheet ?? 0
  const sheet = typeof wanted === 'number' ? sheets[wanted] : sheets.find((s) => s.name === wanted)
  if (!sheet) throw new XlsxReadError(`Bảng tính không có trang “${String(wanted)}”.`)
  const strings = sharedStrings(pkg)
  const xml = part(pkg, sheet.path)
  if (xml === null) throw new XlsxReadError(NOT_XLSX)
  return { name: sheet.name, rows: sheetRows(parse(xml), strings) }
}

function unzip(bytes: Uint8Array, maxBytes: number): Package {
  let total = 0
  let tooBig = false
  let files: Package
  try {
    files = unzipSync(bytes, {
      filter: (file) => {
        // Only the XML parts a reader needs; pictures, printer settings… stay compressed.
        if (!/\.(xml|rels)$/i.test(file.name)) return false
        total += file.originalSize
        if (total > maxBytes) tooBig = true
        return !tooBig
      },
    })
  } catch {
    throw new XlsxReadError(NOT_XLSX)
  }
  if (tooBig) {
    throw new XlsxReadError(`Bảng tính quá lớn khi giải nén (tối đa ${Math.round(maxBytes / 1024 / 1024)} MB).`)
  }
  // Names are compared without a leading slash and case-insensitively (zip tools differ).
  return Object.fromEntries(Object.entries(files).map(([name, data]) => [normalise(name), data]))
}

const normalise = (name: string): string => name.replace(/^\/+/, '').replace(/\\/g, '/').toLowerCase()

function part(pkg: Package, path: string): string | null {
  const data = pkg[normalise(path)]
  if (!data) return null
  try {
    return strFromU8(data)
  } catch {
    throw new XlsxReadError(NOT_XLSX)
  }
}

function parse(xml: string): XmlElement {
  try {
    return parseXml(xml)
  } catch (err) {
    if (err instanceof XmlError) throw new XlsxReadError(NOT_XLSX)
    throw err
  }
}

/** Resolves a relationship target against the folder of the part that points to it. */
function resolve(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1)
  const parts = base.split('/').slice(0, -1)
  for (const piece of target.split('/')) {
    if (piece === '..') parts.pop()
    else if (piece !== '.' && piece !== '') parts.push(piece)
  }
  return parts.join('/')
}

function relationships(pkg: Package, partPath: string): Map<string, { target: string; type: string }> {
  const folder = partPath.split('/').slice(0, -1).join('/')
  const file = partPath.split('/').pop() ?? ''
  const xml = part(pkg, `${folder ? `${folder}/` : ''}_rels/${file}.rels`)
  const map = new Map<string, { target: string; type: string }>()
  if (xml === null) return map
  for (const rel of childElements(parse(xml), 'Relationship')) {
    if (rel.attrs.Id && rel.attrs.Target) {
      map.set(rel.attrs.Id, { target: resolve(partPath, rel.attrs.Target), type: rel.attrs.Type ?? '' })
    }
  }
  return map
}

function workbookPath(pkg: Package): string {
  const rels = relationships(pkg, '')
  for (const rel of rels.values()) if (rel.type.endsWith('/officeDocument')) return rel.target
  return 'xl/workbook.xml'
}

function workbookSheets(pkg: Package): { name: string; path: string }[] {
  const path = workbookPath(pkg)
  const xml = part(pkg, path)
  if (xml === null) throw new XlsxReadError(NOT_XLSX)
  const workbook = parse(xml)
  const rels = relationships(pkg, path)
  const sheetsEl = firstChild(workbook, 'sheets')
  const sheets = (sheetsEl ? childElements(sheetsEl, 'sheet') : []).flatMap((s) => {
    const rel = rels.get(s.attrs.id ?? '')
    return rel ? [{ name: s.attrs.name ?? '', path: rel.target }] : []
  })
  if (sheets.length === 0) throw new XlsxReadError(NOT_XLSX)
  return sheets
}

/** The shared string table; rich text runs are joined, phonetic hints left out. */
function sharedStrings(pkg: Package): string[] {
  const rels = relationships(pkg, workbookPath(pkg))
  let path = 'xl/sharedStrings.xml'
  for (const rel of rels.values()) if (rel.type.endsWith('/sharedStrings')) path = rel.target
  const xml = part(pkg, path)
  if (xml === null) return []
  return childElements(parse(xml), 'si').map(stringItem)
}

function stringItem(si: XmlElement): string {
  let out = ''
  for (const child of childElements(si)) {
    if (child.name === 't') out += textOf(child)
    else if (child.name === 'r') out += childElements(child, 't').map(textOf).join('')
  }
  return out
}

/** "AB12" → { col: 27, row: 11 } (zero-based); null when it is no cell reference. */
export function parseCellRef(ref: string): { col: number; row: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?([0-9]{1,7})$/.exec(ref)
  if (!m) return null
  let col = 0
  for (const ch of m[1]!.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64)
  const row = Number(m[2])
  return row >= 1 ? { col: col - 1, row: row - 1 } : null
}

function sheetRows(sheet: XmlElement, strings: string[]): XlsxValue[][] {
  const rows: XlsxValue[][] = []
  const data = firstChild(sheet, 'sheetData')
  if (!data) return rows
  let nextRow = 0
  for (const rowEl of childElements(data, 'row')) {
    const r = rowEl.attrs.r ? Number(rowEl.attrs.r) - 1 : nextRow
    if (!Number.isInteger(r) || r < 0 || r > 1_048_575) throw new XlsxReadError(NOT_XLSX)
    nextRow = r + 1
    const values: XlsxValue[] = []
    let nextCol = 0
    for (const c of childElements(rowEl, 'c')) {
      const ref = c.attrs.r ? parseCellRef(c.attrs.r) : null
      const col = ref ? ref.col : nextCol
      if (col > 16_383) throw new XlsxReadError(NOT_XLSX)
      nextCol = col + 1
      const value = cellValue(c, strings)
      if (value === null) continue
      while (values.length < col) values.push(null)
      values[col] = value
    }
    while (rows.length < r) rows.push([])
    rows[r] = values
  }
  return rows
}

function cellValue(c: XmlElement, strings: string[]): XlsxValue {
  const type = c.attrs.t ?? 'n'
  const v = firstChild(c, 'v')
  const raw = v ? textOf(v) : null
  switch (type) {
    case 's': {
      if (raw === null) return null
      const index = Number(raw)
      const s = Number.isInteger(index) ? strings[index] : undefined
      if (s === undefined) throw new XlsxReadError(NOT_XLSX)
      return s
    }
    case 'inlineStr': {
      const is = firstChild(c, 'is')
      return is ? stringItem(is) : raw
    }
    case 'str':
    case 'd':
      return raw
    case 'b':
      return raw === null ? null : raw.trim() === '1' || raw.trim().toLowerCase() === 'true'
    case 'e':
      return raw === null ? null : raw
    default: {
      if (raw === null || raw.trim() === '') return null
      const n = Number(raw)
      return Number.isFinite(n) ? n : raw
    }
  }
}
