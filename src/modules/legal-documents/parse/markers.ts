/**
 * Line-start markers of Vietnamese legal and administrative texts. Every pattern is anchored at the
 * line start and has no nested quantifiers, so matching stays linear in the line length.
 */
import { fold } from '@/shared/text/vietnamese'

/** `label` is the marker as printed ("Phần thứ nhất", "Chương II"); `rest` is what follows it on the line. */
export type Marker = { number: string; label: string; rest: string }

const ORDINALS: Record<string, number> = {
  nhat: 1,
  mot: 1,
  hai: 2,
  ba: 3,
  tu: 4,
  bon: 4,
  nam: 5,
  lam: 5,
  sau: 6,
  bay: 7,
  tam: 8,
  chin: 9,
}

/** "nhất" → 1, "mười hai" → 12, "hai mươi mốt" → 21; null for anything else. */
export function ordinalValue(words: string): number | null {
  const parts = fold(words).trim().split(/\s+/)
  const [first, second, third] = parts
  const digit = (word: string | undefined): number | null => (word === undefined ? 0 : (ORDINALS[word] ?? null))
  if (parts.length === 1) return first === 'muoi' ? 10 : digit(first) || null
  if (parts.length === 2 && first === 'muoi') {
    const unit = digit(second)
    return unit ? 10 + unit : null
  }
  if (parts.length <= 3 && second === 'muoi') {
    const tens = digit(first)
    const unit = digit(third)
    return tens && unit !== null ? tens * 10 + unit : null
  }
  return null
}

const ORDINAL_WORD = '(?:nhất|một|mốt|hai|ba|tư|bốn|năm|lăm|sáu|bảy|tám|chín|mười|mươi)'
const PHAN_ORDINAL = new RegExp(
  `^(?:phần)\\s+thứ\\s+(${ORDINAL_WORD}(?:\\s+${ORDINAL_WORD}){0,2})(?![\\p{L}])\\s*[:.\\-–]?\\s*(.*)$`,
  'iu',
)
const PHAN_NUMBER = /^(?:Phần|PHẦN)\s+([IVXLC]+|\d{1,2})(?![\p{L}\p{N}])\s*([:.\-–])?\s*(.*)$/u
const CHUONG = /^(?:Chương|CHƯƠNG)\s+([IVXLC]+|\d{1,3})([a-z]?)(?![\p{L}\p{N}])\s*([:.\-–])?\s*(.*)$/u
const MUC = /^(?:Mục|MỤC)\s+([IVXLC]+|\d{1,3})([a-z]?)(?![\p{L}\p{N}])\s*([:.\-–])?\s*(.*)$/u
const TIEU_MUC = /^(?:Tiểu mục|TIỂU MỤC)\s+(\d{1,3})(?![\p{L}\p{N}])\s*([:.\-–])?\s*(.*)$/u
const DIEU = /^(?:Điều|ĐIỀU)\s+(\d{1,4}[a-zđ]?)\s*(?:[.:]\s*(.*))?$/u
const KHOAN = /^(\d{1,3}[a-zđ]?)\.(?!\d)\s*(.*)$/u
const DIEM = /^([a-zđ]\d?)\)\s*(.*)$/u
const ROMAN_SECTION = /^([IVXLC]{1,6})\s*[.)]\s*(\S.*)$/u
const NUMBERED_SECTION = /^(\d{1,2}(?:\.\d{1,2})*)[.)](?!\d)\s*(\S.*)$/u
const DOTTED_SECTION = /^(\d{1,2}(?:\.\d{1,2})+)\s+(\S.*)$/u

function printedLabel(line: string, rest: string): string {
  return line
    .slice(0, line.length - rest.length)
    .replace(/[\s:.\-–]+$/u, '')
    .trim()
}

/**
 * Chapter-like headings. A heading that goes on in lower case ("Chương I của Bộ luật này…"), or in
 * mixed case without a separator ("Mục 2 Chương này…"), is a sentence, not a heading.
 */
function headingMarker(line: string, match: RegExpMatchArray | null, numberGroups: number[]): Marker | null {
  if (!match) return null
  const separator = match[match.length - 2]
  const rest = (match[match.length - 1] ?? '').trim()
  if (/^\p{Ll}/u.test(rest)) return null
  if (rest !== '' && separator === undefined && rest !== rest.toUpperCase()) return null
  const number = numberGroups.map((group) => match[group] ?? '').join('')
  return { number, label: printedLabel(line, match[match.length - 1] ?? ''), rest }
}

/** Phần: number is the Arabic value ("Phần thứ hai" → "2", "Phần II" → "2"). */
export function matchPhan(line: string): Marker | null {
  const ordinal = line.match(PHAN_ORDINAL)
  if (ordinal) {
    const value = ordinalValue(ordinal[1] ?? '')
    const rest = (ordinal[2] ?? '').trim()
    if (value !== null && !/^\p{Ll}/u.test(rest)) {
      return { number: String(value), label: printedLabel(line, ordinal[2] ?? ''), rest }
    }
  }
  const marker = headingMarker(line, line.match(PHAN_NUMBER), [1])
  if (!marker) return null
  return { ...marker, number: String(romanValue(marker.number) ?? marker.number) }
}

export const matchChuong = (line: string): Marker | null => headingMarker(line, line.match(CHUONG), [1, 2])
export const matchMuc = (line: string): Marker | null => headingMarker(line, line.match(MUC), [1, 2])
export const matchTieuMuc = (line: string): Marker | null => headingMarker(line, line.match(TIEU_MUC), [1])

function simpleMarker(line: string, match: RegExpMatchArray | null): Marker | null {
  if (!match) return null
  const rest = match[2] ?? ''
  return { number: match[1] ?? '', label: printedLabel(line, rest), rest: rest.trim() }
}

export const matchDieu = (line: string): Marker | null => simpleMarker(line, line.match(DIEU))
export const matchKhoan = (line: string): Marker | null => simpleMarker(line, line.match(KHOAN))
export const matchDiem = (line: string): Marker | null => simpleMarker(line, line.match(DIEM))

/** "I. Mục đích yêu cầu" in plans and reports. */
export function matchRomanSection(line: string): Marker | null {
  const marker = simpleMarker(line, line.match(ROMAN_SECTION))
  return marker && isRoman(marker.number) ? marker : null
}

/** "1. Công tác chỉ đạo", "2.1. Tài liệu…", "2.1 Tài liệu…" in plans and reports. */
export function matchNumberedSection(line: string): Marker | null {
  return simpleMarker(line, line.match(DOTTED_SECTION) ?? line.match(NUMBERED_SECTION))
}

/** Accepts well-formed Roman numerals only, so a word such as "CC" or "LIV" in caps is not taken for one. */
export function isRoman(text: string): boolean {
  return /^(?:C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/.test(text) && text.length > 0
}

export function romanValue(text: string): number | null {
  if (!isRoman(text)) return null
  const values: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 }
  let total = 0
  for (let i = 0; i < text.length; i += 1) {
    const value = values[text[i] ?? ''] ?? 0
    const next = values[text[i + 1] ?? ''] ?? 0
    total += value < next ? -value : value
  }
  return total
}

/** True for a line that opens a part, chapter, section, article or numbered item. */
export function isSectionStart(line: string): boolean {
  return Boolean(
    matchPhan(line) ??
    matchChuong(line) ??
    matchMuc(line) ??
    matchDieu(line) ??
    matchRomanSection(line) ??
    matchNumberedSection(line),
  )
}

/** Anchor form of a number: lower case, đ → dd, other marks → "-" ("5a" → "5a", "đ" → "dd", "2.1" → "2-1"). */
export function anchorPart(number: string): string {
  return number
    .toLowerCase()
    .replace(/đ/g, 'dd')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}
