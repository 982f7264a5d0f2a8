/**
 * Reads the parts of an official document that Nghị định 30/2020/NĐ-CP puts around the body:
 * issuing body, Quốc hiệu, "Số:", place and date, type name, title (trích yếu), recipients and
 * signature. What is missing or unclear becomes a Vietnamese warning; nothing is guessed.
 */
import { fold } from '@/shared/text/vietnamese'
import { parseDocumentNumber, type DocumentNumber } from './document-number'
import { documentType, documentTypeFromText, DOCUMENT_TYPES, type DocumentTypeValue } from './document-types'
import { isSectionStart } from './markers'
import { toLines } from './text'

export type DateParts = { day: number | null; month: number | null; year: number | null }

export type Signature = {
  /** the printed title lines: ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"] */
  titleLines: string[]
  /** the signer's own position: the last title line ("PHÓ GIÁM ĐỐC") */
  position: string
  signer: string | null
}

export type ParsedHeader = {
  issuer: string | null
  issuerLines: string[]
  hasNationalMotto: boolean
  /** as written after "Số:" */
  numberText: string | null
  number: DocumentNumber | null
  place: string | null
  dateText: string | null
  dateParts: DateParts | null
  /** ISO yyyy-mm-dd, only when day, month and year are all present and valid */
  date: string | null
  /** the type name as printed: "KẾ HOẠCH" */
  typeLine: string | null
  documentType: DocumentTypeValue | null
  title: string | null
  recipients: string[]
  signature: Signature | null
  /** the text between the title and the signature or recipients */
  body: string
  /** text after the signature block (phụ lục and the like), or null */
  appendix: string | null
  warnings: string[]
}

const NATIONAL_MOTTO = 'cong hoa xa hoi chu nghia viet nam'
const SLOGAN = 'doc lap - tu do - hanh phuc'
/** How far down the type name may be looked for; a header is never longer. */
const HEADER_SCAN_LINES = 60

export function parseHeader(raw: string): ParsedHeader {
  const lines = toLines(raw)
  const warnings: string[] = []
  const typeIndex = findTypeLine(lines)
  const zoneEnd = typeIndex ?? headerZoneEndWithoutType(lines)
  const cells = headerCells(lines, zoneEnd)
  const motto = cells.some((cell) => fold(cell).includes(NATIONAL_MOTTO))
  const issuerLines = findIssuerLines(cells)
  const numberInfo = readNumber(cells, warnings)
  const dateInfo = readDate(cells, warnings)
  const typeLine = typeIndex === null ? null : (lines[typeIndex] ?? null)
  const type = typeLine === null ? null : typeFromLine(typeLine)
  const titleInfo = readTitle(lines, typeIndex, type, typeLine)
  const bodyStart = titleInfo.end
  const signature = findSignature(lines, bodyStart)
  const recipients = findRecipients(lines, bodyStart)
  const bodyEnd = Math.min(signature?.start ?? lines.length, recipients?.start ?? lines.length)
  const afterEnd = Math.max(signature?.end ?? bodyEnd, recipients?.end ?? bodyEnd)

  if (issuerLines.length === 0) warnings.push('Không thấy tên cơ quan ban hành ở đầu văn bản.')
  if (!motto) warnings.push('Không thấy Quốc hiệu "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM".')
  if (typeLine === null) warnings.push('Không thấy tên loại văn bản (dòng in hoa như "QUYẾT ĐỊNH", "KẾ HOẠCH").')
  if (titleInfo.title === null) warnings.push('Không thấy trích yếu nội dung (tên văn bản) sau tên loại.')
  warnings.push(...signatureWarnings(signature))
  warnings.push(...typeMismatch(type, numberInfo.number))

  return {
    issuer: issuerLines.length > 0 ? issuerLines.join(' ') : null,
    issuerLines,
    hasNationalMotto: motto,
    numberText: numberInfo.text,
    number: numberInfo.number,
    ...dateInfo,
    typeLine: typeLine === null ? null : typeLine.trim(),
    documentType: type,
    title: titleInfo.title,
    recipients: recipients?.items ?? [],
    signature: signature?.signature ?? null,
    body: joinLines(lines.slice(bodyStart, bodyEnd)),
    appendix: joinLines(lines.slice(afterEnd)) || null,
    warnings,
  }
}

function joinLines(lines: string[]): string {
  return lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}

// ---------------------------------------------------------------------------------------------
// Type name line: an upper-case line that is, or starts with, a type label ("BỘ LUẬT", "KẾ HOẠCH").

const TYPE_LABELS = DOCUMENT_TYPES.map((type) => ({ key: fold(type.label), value: type.value })).sort(
  (a, b) => b.key.length - a.key.length,
)

function isUpperCase(text: string): boolean {
  return /\p{Lu}/u.test(text) && text === text.toUpperCase()
}

function typeFromLine(line: string): DocumentTypeValue | null {
  const exact = documentTypeFromText(line)
  if (exact) return exact
  const key = fold(line).trim()
  return TYPE_LABELS.find((label) => key.startsWith(`${label.key} `))?.value ?? null
}

function findTypeLine(lines: string[]): number | null {
  // The type name follows the header block (Quốc hiệu, "Số:", date); never take an issuer line for it.
  const anchor = lines.findIndex((line, i) => i < HEADER_SCAN_LINES && isHeaderAnchor(line))
  const from = anchor === -1 ? 0 : anchor + 1
  for (let i = from; i < Math.min(lines.length, HEADER_SCAN_LINES); i += 1) {
    const line = (lines[i] ?? '').trim()
    if (isUpperCase(line) && !isMottoOrSlogan(line) && typeFromLine(line)) return i
  }
  return null
}

function isHeaderAnchor(line: string): boolean {
  return isMottoOrSlogan(line) || NUMBER_LABEL.test(line.trim()) || DATE_LINE.test(line.trim())
}

function isMottoOrSlogan(text: string): boolean {
  const key = fold(text).replace(/[–—]/g, '-')
  return key.includes(NATIONAL_MOTTO) || key.replace(/\s+/g, ' ').includes(SLOGAN)
}

/** Without a type name (công văn), the header ends after the last of "Số:", the date and "V/v". */
function headerZoneEndWithoutType(lines: string[]): number {
  let end = 0
  for (let i = 0; i < Math.min(lines.length, HEADER_SCAN_LINES); i += 1) {
    const line = (lines[i] ?? '').trim()
    if (isHeaderAnchor(line) || /^v\/v\b/i.test(line)) end = i + 1
  }
  return end
}

// ---------------------------------------------------------------------------------------------
// Header cells: plain text often keeps the two header columns on one line, separated by a run of
// spaces ("UBND TỈNH LONG AN       CỘNG HÒA XÃ HỘI…"); each side is read on its own.

function headerCells(lines: string[], zoneEnd: number): string[] {
  return lines
    .slice(0, zoneEnd)
    .flatMap((line) => line.split(/\s{3,}/))
    .flatMap((part) => splitAtMotto(part.trim()))
    .filter((text) => text !== '')
}

/** "QUỐC HỘI CỘNG HÒA XÃ HỘI…" on one line: the issuer is what comes before the motto. */
function splitAtMotto(text: string): string[] {
  const key = fold(text)
  const at = key.indexOf(NATIONAL_MOTTO)
  if (at <= 0 || key.length !== text.length) return [text]
  return [text.slice(0, at).trim(), text.slice(at).trim()]
}

function findIssuerLines(cells: string[]): string[] {
  return cells
    .map((cell) => cell.replace(/[-_]{2,}$/, '').trim())
    .filter((text) => isUpperCase(text) && !isMottoOrSlogan(text) && !NUMBER_LABEL.test(text))
}

// ---------------------------------------------------------------------------------------------
// "Số: 25/2024/QĐ-UBND", "Luật số: 91/2015/QH13"

const NUMBER_LABEL = /^(?:(?:bộ\s+)?luật\s+|pháp\s+lệnh\s+|lệnh\s+)?số\s*:/iu

function readNumber(cells: string[], warnings: string[]): { text: string | null; number: DocumentNumber | null } {
  const cell = cells.find((candidate) => NUMBER_LABEL.test(candidate))
  if (!cell) {
    warnings.push('Không thấy dòng "Số:" (số ký hiệu) ở đầu văn bản.')
    return { text: null, number: null }
  }
  const text = cell
    .replace(NUMBER_LABEL, '')
    .replace(/\s*([/-])\s*/g, '$1')
    .trim()
  // Only the first token: plain text may carry the place and date on the same line.
  const token = text.split(/\s+/)[0] ?? ''
  if (token === '') {
    warnings.push('Dòng "Số:" để trống; văn bản được coi là không số.')
    return { text: '', number: null }
  }
  const parsed = parseDocumentNumber(token)
  if (!parsed.ok) {
    warnings.push(parsed.message)
    return { text: token, number: null }
  }
  warnings.push(...parsed.warnings)
  return { text: token, number: parsed.number }
}

// ---------------------------------------------------------------------------------------------
// "Long An, ngày 25 tháng 3 năm 2021"; drafts leave the day or month blank ("ngày  tháng 3 năm 2021").

const BLANK = '[.…_\\s]*'
// Each optional number is followed by its own filler, so no two quantifiers compete for the same
// characters and matching stays linear even on a line of dots.
const DATE_LINE = new RegExp(
  `(?:^|,\\s*)ngày${BLANK}(?:(\\d{1,2})${BLANK})?(?:tháng|/|-)${BLANK}(?:(\\d{1,2})${BLANK})?(?:năm|/|-)${BLANK}(?:(\\d{4})${BLANK})?$`,
  'iu',
)

type DateInfo = Pick<ParsedHeader, 'place' | 'dateText' | 'dateParts' | 'date'>

function readDate(cells: string[], warnings: string[]): DateInfo {
  for (const cell of cells) {
    const match = cell.match(DATE_LINE)
    if (!match) continue
    const place = cell.slice(0, match.index ?? 0).trim() || null
    const parts: DateParts = { day: toInt(match[1]), month: toInt(match[2]), year: toInt(match[3]) }
    const date = isoDate(parts)
    warnings.push(...dateWarnings(parts, date, cell))
    if (place === null) warnings.push('Dòng ngày tháng không có địa danh.')
    return { place, dateText: cell, dateParts: parts, date }
  }
  warnings.push('Không thấy địa danh và ngày ban hành ("…, ngày … tháng … năm …").')
  return { place: null, dateText: null, dateParts: null, date: null }
}

function toInt(text: string | undefined): number | null {
  return text === undefined ? null : Number(text)
}

function isoDate({ day, month, year }: DateParts): string | null {
  if (day === null || month === null || year === null) return null
  const date = new Date(Date.UTC(year, month - 1, day))
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null
  return date.toISOString().slice(0, 10)
}

function dateWarnings(parts: DateParts, date: string | null, text: string): string[] {
  const missing = [
    parts.day === null ? 'ngày' : null,
    parts.month === null ? 'tháng' : null,
    parts.year === null ? 'năm' : null,
  ].filter((part): part is string => part !== null)
  if (missing.length > 0)
    return [`Ngày ban hành "${text}" còn để trống ${missing.join(', ')}; chưa xác định được ngày.`]
  if (date === null) return [`Ngày ban hành "${text}" không phải ngày có thật.`]
  return []
}

// ---------------------------------------------------------------------------------------------
// Title (trích yếu): the lines after the type name, up to a blank line, "Căn cứ…" or a section.

const PREAMBLE_START = /^(?:căn cứ|xét|thực hiện|theo đề nghị|trên cơ sở|để\s)/iu

function readTitle(
  lines: string[],
  typeIndex: number | null,
  type: DocumentTypeValue | null,
  typeLine: string | null,
): { title: string | null; end: number } {
  if (typeIndex === null) return readSubjectLine(lines)
  const parts: string[] = []
  const inline = typeLine === null || type === null ? '' : inlineTitle(typeLine, type)
  if (inline) parts.push(inline)
  let i = typeIndex + 1
  if (!inline) while (i < lines.length && (lines[i] ?? '').trim() === '') i += 1
  for (; i < lines.length; i += 1) {
    const line = (lines[i] ?? '').trim()
    if (line === '' || PREAMBLE_START.test(line) || isSectionStart(line) || endsTitle(parts, line)) break
    parts.push(line)
  }
  return { title: parts.length > 0 ? parts.join(' ') : null, end: i }
}

/** "LUẬT ĐẤT ĐAI" on one line: the title is what follows the type name. */
function inlineTitle(typeLine: string, type: DocumentTypeValue): string {
  const words = documentType(type).label.split(/\s+/).length
  return typeLine.trim().split(/\s+/).slice(words).join(' ')
}

/**
 * An upper-case line after a mixed-case title is the enacting authority ("ỦY BAN NHÂN DÂN TỈNH…"),
 * not more title.
 */
function endsTitle(parts: string[], line: string): boolean {
  const titleSoFar = parts.join(' ')
  return titleSoFar !== '' && !isUpperCase(titleSoFar) && isUpperCase(line)
}

/** Công văn: no type name, the subject is on a "V/v …" line. */
function readSubjectLine(lines: string[]): { title: string | null; end: number } {
  const end = headerZoneEndWithoutType(lines)
  for (let i = 0; i < end; i += 1) {
    const match = (lines[i] ?? '').trim().match(/^v\/v\s*:?\s*(.+)$/i)
    if (match?.[1]) return { title: match[1].trim(), end }
  }
  return { title: null, end }
}

// ---------------------------------------------------------------------------------------------
// Signature: the last block of title lines ("KT. GIÁM ĐỐC" / "PHÓ GIÁM ĐỐC"), then the signer.

const AUTHORITY_PREFIX = /^(?:TM|KT|TL|TUQ|Q|TQ)\.\s*\S/u
const POSITIONS = [
  'chu tich',
  'giam doc',
  'tong giam doc',
  'bo truong',
  'thu truong',
  'thu tuong',
  'chanh an',
  'vien truong',
  'tong kiem toan',
  'tong thu ky',
  'chu nhiem',
  'truong ban',
  'chanh van phong',
  'hieu truong',
  'truong phong',
  'cuc truong',
  'tong cuc truong',
  'vu truong',
  'chanh thanh tra',
  'thong doc',
  'bi thu',
]
const SIGNER_NAME = /^\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,5}$/u
/** Blank lines left for the handwritten signature and seal. */
const SIGNER_GAP = 8

type FoundSignature = { signature: Signature; start: number; end: number }

function isPositionTitle(text: string): boolean {
  if (!isUpperCase(text)) return false
  if (AUTHORITY_PREFIX.test(text)) return true
  const key = fold(text).replace(/^pho\s+/, '')
  return POSITIONS.some((position) => key === position || key.startsWith(`${position} `))
}

/** "CHỦ TỊCH QUỐC HỘI Nguyễn Sinh Hùng": upper-case title words, then the name. */
function splitInlineSigner(line: string): { title: string; name: string } | null {
  const words = line.split(/\s+/)
  const firstName = words.findIndex((word) => /\p{Ll}/u.test(word))
  if (firstName <= 0) return null
  const title = words.slice(0, firstName).join(' ')
  const name = words.slice(firstName).join(' ')
  return isPositionTitle(title) && SIGNER_NAME.test(name) ? { title, name } : null
}

function findSignature(lines: string[], from: number): FoundSignature | null {
  for (let i = lines.length - 1; i >= from; i -= 1) {
    const line = (lines[i] ?? '').trim()
    const inline = splitInlineSigner(line)
    if (inline) return inlineSignature(lines, i, from, inline)
    if (isPositionTitle(line)) return blockSignature(lines, i, from)
  }
  return null
}

/** Walks up over the title lines of the block that ends at `last`. */
function blockStart(lines: string[], last: number, from: number): number {
  let start = last
  while (start - 1 >= from && isPositionTitle((lines[start - 1] ?? '').trim())) start -= 1
  return start
}

function inlineSignature(
  lines: string[],
  at: number,
  from: number,
  inline: { title: string; name: string },
): FoundSignature {
  const start = blockStart(lines, at, from)
  const titleLines = [...lines.slice(start, at).map((line) => line.trim()), inline.title]
  return { signature: { titleLines, position: inline.title, signer: inline.name }, start, end: at + 1 }
}

function blockSignature(lines: string[], last: number, from: number): FoundSignature {
  const start = blockStart(lines, last, from)
  const titleLines = lines.slice(start, last + 1).map((line) => line.trim())
  const position = titleLines[titleLines.length - 1] ?? ''
  for (let i = last + 1; i < Math.min(lines.length, last + 1 + SIGNER_GAP); i += 1) {
    const line = (lines[i] ?? '').trim()
    if (line === '') continue
    if (SIGNER_NAME.test(line)) return { signature: { titleLines, position, signer: line }, start, end: i + 1 }
    break
  }
  return { signature: { titleLines, position, signer: null }, start, end: last + 1 }
}

function signatureWarnings(found: FoundSignature | null): string[] {
  if (!found) return ['Không thấy phần chữ ký (chức vụ, họ tên người ký) ở cuối văn bản.']
  if (found.signature.signer === null) {
    return [`Có chức vụ "${found.signature.position}" nhưng không thấy họ tên người ký.`]
  }
  return []
}

// ---------------------------------------------------------------------------------------------
// "Nơi nhận:" followed by "- …" items; a wrapped item goes on without a dash.

function findRecipients(lines: string[], from: number): { items: string[]; start: number; end: number } | null {
  const start = lines.findIndex((line, i) => i >= from && /^nơi nhận\s*:?\s*$/iu.test(line.trim()))
  if (start === -1) return null
  const items: string[] = []
  let i = start + 1
  while (i < lines.length && (lines[i] ?? '').trim() === '') i += 1
  for (; i < lines.length; i += 1) {
    const line = (lines[i] ?? '').trim()
    if (line === '' || isPositionTitle(line)) break
    const item = line.match(/^[-+•]\s*(.*)$/)
    if (item) items.push(item[1] ?? '')
    else if (items.length > 0) items[items.length - 1] = `${items[items.length - 1] ?? ''} ${line}`
    else break
  }
  return { items: items.map((item) => item.replace(/[;,.]$/, '').trim()), start, end: i }
}

// ---------------------------------------------------------------------------------------------

function typeMismatch(type: DocumentTypeValue | null, number: DocumentNumber | null): string[] {
  if (!type || !number?.type || number.type === type) return []
  return [
    `Tên loại "${documentType(type).label}" không khớp chữ viết tắt "${number.typeAbbr}" trong số ký hiệu "${number.normalized}".`,
  ]
}
