/**
 * Số ký hiệu (document number and symbol), as in Nghị định 30/2020/NĐ-CP:
 *   serial / [year /] symbol      25/2024/QĐ-UBND, 123/KH-SGDĐT, 45/2019/QH14, 01/VBHN-VPQH
 * The symbol is usually TYPE-ISSUER ("QĐ-UBND"); laws, ordinances and công văn have no type part
 * ("QH14", "UBTVQH15", "BTC-TCT"). Letters are kept as typed; comparisons go through `key`, which
 * ignores case, tone marks and Đ/D.
 */
import { fold, nfc } from '@/shared/text/vietnamese'
import { documentTypeFromAbbreviation, type DocumentTypeValue } from './document-types'

export type DocumentNumber = {
  /** "25", "08a", "66.5"; null for a document without a number */
  serial: string | null
  year: number | null
  /** everything after the serial and year: "QĐ-UBND", "QH13", "NQLT/CP-BCHTWĐTN"; "" for "Không số" */
  symbol: string
  /** "QĐ" in "QĐ-UBND"; null when the symbol has no known type part */
  typeAbbr: string | null
  /** "UBND" in "QĐ-UBND", "QH13" in "QH13"; null for "Không số" */
  issuerAbbr: string | null
  /** the type that `typeAbbr` stands for */
  type: DocumentTypeValue | null
  /** canonical display form: "25/2024/QĐ-UBND", "Không số", "/KH-SGDĐT" */
  normalized: string
  /** for search and comparison: "25/2024/qd-ubnd" */
  key: string
}

export type DocumentNumberResult =
  { ok: true; number: DocumentNumber; warnings: string[] } | { ok: false; message: string }

export const NO_NUMBER = 'Không số'
const FIRST_YEAR = 1945
const LAST_YEAR = 2100

/** Same form as `DocumentNumber.key`, for partial queries ("25/2024", "qd-ubnd"). */
export function documentNumberKey(input: string): string {
  return fold(canonicalSpelling(input)).replace(/\s+/g, '')
}

export function sameDocumentNumber(a: string, b: string): boolean {
  return documentNumberKey(stripNumberLabel(a)) === documentNumberKey(stripNumberLabel(b))
}

/**
 * Unicode look-alikes become the characters Vietnamese uses: Icelandic Ð (U+00D0) for Đ is common
 * in text from legacy fonts, and Word turns hyphens into dashes.
 */
function canonicalSpelling(input: string): string {
  return nfc(input)
    .replace(/\u00d0/g, 'Đ')
    .replace(/\u00f0/g, 'đ')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s*([/-])\s*/g, '$1')
    .replace(/\s+/g, ' ')
    .trim()
}

/** "Số: 12/KH-UBND", "Luật số: 91/2015/QH13" → the number itself. */
function stripNumberLabel(input: string): string {
  return input.replace(/^\s*(?:(?:bộ\s+)?luật\s+|pháp\s+lệnh\s+|lệnh\s+)?số\s*[:.]?\s*/iu, '')
}

function failure(message: string): DocumentNumberResult {
  return { ok: false, message }
}

export function parseDocumentNumber(input: string): DocumentNumberResult {
  const text = canonicalSpelling(stripNumberLabel(nfc(input)))
  if (text === '') return failure('Số ký hiệu: chưa nhập. Ghi "Không số" nếu văn bản không có số.')
  if (fold(text) === fold(NO_NUMBER)) return noNumber()
  if (/\s/.test(text)) return failure(`Số ký hiệu "${text}": không được có khoảng trắng giữa các phần.`)
  const slash = text.indexOf('/')
  if (slash === -1) return failure(`Số ký hiệu "${text}": thiếu dấu "/" giữa số và ký hiệu (ví dụ 25/2024/QĐ-UBND).`)
  const head = text.slice(0, slash)
  const parts = text.slice(slash + 1).split('/')
  const hasYear = parts.length > 1 && /^\d{4}$/.test(parts[0] ?? '')
  const yearText = hasYear ? (parts[0] ?? null) : null
  const symbol = (hasYear ? parts.slice(1) : parts).join('/')
  const serial = checkSerial(head, symbol)
  if (typeof serial !== 'string') return serial
  const yearError = checkYear(yearText)
  if (yearError) return failure(yearError)
  const symbolError = checkSymbol(symbol)
  if (symbolError) return failure(symbolError)
  return build(serial === '' ? null : serial, yearText === null ? null : Number(yearText), symbol)
}

/**
 * Returns the serial ("" when the draft leaves it blank: "…/KH-SGDĐT", "  /KH-SGDĐT") or a failure.
 */
function checkSerial(head: string, symbol: string): string | DocumentNumberResult {
  if (/^[\s._…]*$/.test(head)) return ''
  if (/^\d+[a-zA-ZđĐ]?$/.test(head) || /^\d+(?:\.\d+)+$/.test(head)) return head
  return failure(
    `Số ký hiệu "${head}/${symbol}": số thứ tự "${head}" phải là chữ số, có thể kèm một chữ cái (08a) hoặc dạng 66.5.`,
  )
}

function checkYear(yearText: string | null): string | null {
  if (yearText === null) return null
  const year = Number(yearText)
  if (year >= FIRST_YEAR && year <= LAST_YEAR) return null
  return `Số ký hiệu: năm ${yearText} nằm ngoài khoảng ${FIRST_YEAR}–${LAST_YEAR}.`
}

function checkSymbol(symbol: string): string | null {
  if (symbol === '') return 'Số ký hiệu: thiếu phần ký hiệu sau dấu "/" (ví dụ QĐ-UBND).'
  const bad = symbol.match(/[^\p{L}\p{N}&./-]/u)
  if (bad) return `Số ký hiệu: ký hiệu "${symbol}" có ký tự không hợp lệ "${bad[0]}".`
  if (!/\p{L}/u.test(symbol)) return `Số ký hiệu: ký hiệu "${symbol}" phải có chữ viết tắt (ví dụ QĐ-UBND).`
  if (/^[-/.]|[-/.]$|[-/]{2}/.test(symbol)) return `Số ký hiệu: ký hiệu "${symbol}" có dấu "-" hoặc "/" đặt sai chỗ.`
  return null
}

function splitSymbol(symbol: string): { typeAbbr: string | null; issuerAbbr: string | null } {
  const match = symbol.match(/^([^-/]+)[-/](.+)$/)
  const first = match?.[1]
  if (first && match[2] && documentTypeFromAbbreviation(first)) return { typeAbbr: first, issuerAbbr: match[2] }
  return { typeAbbr: null, issuerAbbr: symbol }
}

function build(serial: string | null, year: number | null, symbol: string): DocumentNumberResult {
  const { typeAbbr, issuerAbbr } = splitSymbol(symbol)
  const normalized = [serial ?? '', ...(year === null ? [] : [String(year)]), symbol].join('/')
  const number: DocumentNumber = {
    serial,
    year,
    symbol,
    typeAbbr,
    issuerAbbr,
    type: typeAbbr ? documentTypeFromAbbreviation(typeAbbr) : null,
    normalized,
    key: documentNumberKey(normalized),
  }
  const warnings =
    serial === null
      ? [`Số ký hiệu "${normalized}": chưa có số thứ tự, chỉ có ký hiệu; được coi là văn bản không số.`]
      : []
  return { ok: true, number, warnings }
}

function noNumber(): DocumentNumberResult {
  const number: DocumentNumber = {
    serial: null,
    year: null,
    symbol: '',
    typeAbbr: null,
    issuerAbbr: null,
    type: null,
    normalized: NO_NUMBER,
    key: documentNumberKey(NO_NUMBER),
  }
  return { ok: true, number, warnings: [] }
}
