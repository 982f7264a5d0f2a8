/**
 * Turns the records of each source format into DocumentInput. Pure: no database. Missing or
 * unclear values are reported, never guessed; text is normalised to NFC (NFD and NBSP occur in the
 * corpus).
 */
import { fold, nfc } from '@/shared/text/vietnamese'
import { vnMidnight } from '../dates'
import {
  DOCUMENT_TYPES,
  documentTypeFromText,
  effectStatusFromText,
  parseDocumentNumber,
  parseHeader,
  type DocumentTypeValue,
  type EffectStatusValue,
} from '../parse'
import type { DocumentInput } from './types'

export type Mapped = { ok: true; input: DocumentInput; warnings: string[] } | { ok: false; message: string }

const LAW_LIKE: readonly DocumentTypeValue[] = ['hien-phap', 'bo-luat', 'luat', 'phap-lenh']

export const str = (value: unknown): string | null => {
  if (typeof value !== 'string') return null
  const clean = nfc(value).replace(/\s+/g, ' ').trim()
  return clean === '' ? null : clean
}

/** Upper-case personal names become "Nguyễn Tấn Dũng"; other spellings are kept. */
export function personName(value: unknown): string | null {
  const name = str(value)
  if (!name || name !== name.toUpperCase()) return name
  return name
    .toLowerCase()
    .split(' ')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ')
}

/** Trích yếu without a trailing full stop, without a repeated type name, with a capital letter. */
export function cleanTitle(raw: string, type: DocumentTypeValue): string {
  let title = raw.replace(/[\s.;]+$/u, '')
  if (!LAW_LIKE.includes(type)) {
    const label = DOCUMENT_TYPES.find((t) => t.value === type)?.label ?? ''
    const words = label.split(' ').length
    const head = title.split(' ').slice(0, words).join(' ')
    if (label && fold(head) === fold(label) && title.split(' ').length > words) {
      title = title.split(' ').slice(words).join(' ')
    }
  }
  return title.charAt(0).toUpperCase() + title.slice(1)
}

/**
 * The type from the source's type name, refined by the title ("Bộ luật …" is a code, not a law)
 * or, when the source gives none, read from the số ký hiệu ("TT-BYT" is a thông tư).
 */
export function resolveType(
  typeText: string | null,
  number: string,
  title: string | null,
): { type: DocumentTypeValue | null; warning?: string } {
  let type = documentTypeFromText(typeText)
  if (type === 'luat' && title && fold(title).startsWith('bo luat')) type = 'bo-luat'
  if (type) return { type }
  const parsed = parseDocumentNumber(number)
  const fromNumber = parsed.ok ? parsed.number.type : null
  if (fromNumber) {
    const label = DOCUMENT_TYPES.find((t) => t.value === fromNumber)?.label ?? fromNumber
    return { type: fromNumber, warning: `không ghi loại văn bản; lấy “${label}” theo ký hiệu trong số ${number}.` }
  }
  return { type: null }
}

const LOCAL = ['hoi dong nhan dan', 'uy ban nhan dan', 'hdnd', 'ubnd']
const CENTRAL = [
  'quoc hoi',
  'chinh phu',
  'thu tuong',
  'chu tich nuoc',
  'bo ',
  'ngan hang nha nuoc',
  'toa an nhan dan toi cao',
  'vien kiem sat nhan dan toi cao',
  'kiem toan nha nuoc',
]

/** Scope by the issuing body: People's Councils and Committees are local, central bodies national. */
export function scopeOf(issuer: string): 'toan-quoc' | 'dia-phuong' | null {
  const key = `${fold(issuer)} `
  if (LOCAL.some((m) => key.includes(m))) return 'dia-phuong'
  if (CENTRAL.some((m) => key.startsWith(m) || key.includes(` ${m}`))) return 'toan-quoc'
  return null
}

/** A status the source does not give: only "not yet in force" can be known from the dates. */
export function statusFromDates(effectiveAt: string | null, now: Date): EffectStatusValue {
  return effectiveAt && new Date(effectiveAt) > now ? 'chua-co-hieu-luc' : 'chua-xac-dinh'
}

type Common = {
  number: string | null
  typeText: string | null
  title: string | null
  issuer: string | null
  issuedDay: string | null
}

/** The checks every format shares: number, type, title, issuer and date of issue must be there. */
export function mapCommon(record: Common):
  | {
      ok: true
      number: string
      type: DocumentTypeValue
      title: string
      issuer: string
      issuedAt: string
      warnings: string[]
    }
  | { ok: false; message: string } {
  const missing: string[] = []
  const warnings: string[] = []
  const number = record.number
  if (!number) missing.push('số ký hiệu')
  const issuedAt = vnMidnight(record.issuedDay)
  if (!issuedAt)
    missing.push(record.issuedDay ? `ngày ban hành hợp lệ (đang là “${record.issuedDay}”)` : 'ngày ban hành')
  if (!record.issuer) missing.push('cơ quan ban hành')
  if (!record.title) missing.push('trích yếu')
  const resolved = number ? resolveType(record.typeText, number, record.title) : { type: null }
  if (!resolved.type)
    missing.push(record.typeText ? `loại văn bản đã biết (đang là “${record.typeText}”)` : 'loại văn bản')
  if (resolved.warning) warnings.push(resolved.warning)
  if (missing.length > 0 || !number || !issuedAt || !record.issuer || !record.title || !resolved.type) {
    return { ok: false, message: `thiếu ${missing.join(', ')}${number ? ` (số ${number})` : ''}.` }
  }
  const parsed = parseDocumentNumber(number)
  if (!parsed.ok) return { ok: false, message: parsed.message }
  warnings.push(...parsed.warnings)
  return {
    ok: true,
    number: parsed.number.normalized,
    type: resolved.type,
    title: cleanTitle(record.title, resolved.type),
    issuer: record.issuer,
    issuedAt,
    warnings,
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** legal-corpus/documents.jsonl: metadata and full text (TVPL-style fields). */
export function mapCorpusDocument(value: unknown, now: Date): Mapped {
  if (!isRecord(value)) return { ok: false, message: 'dòng không phải là một đối tượng JSON.' }
  const common = mapCommon({
    number: str(value.so_hieu),
    typeText: str(value.loai_van_ban),
    title: str(value.title),
    issuer: str(value.co_quan_ban_hanh),
    issuedDay: str(value.ngay_ban_hanh),
  })
  if (!common.ok) return common
  const text = typeof value.text === 'string' && value.text.trim() !== '' ? nfc(value.text) : null
  const effectiveAt = vnMidnight(str(value.ngay_hieu_luc))
  const statusText = str(value.tinh_trang)
  const status = effectStatusFromText(statusText)
  const warnings = [...common.warnings]
  if (statusText && !status) warnings.push(`tình trạng “${statusText}” không có trong danh mục; để “Chưa xác định”.`)
  const asOf = /status as of (\d{4})-(\d{2})/.exec(String(value.metadata_origin ?? ''))
  const signature = text ? parseHeader(text).signature : null
  return {
    ok: true,
    warnings,
    input: {
      number: common.number,
      type: common.type,
      title: common.title,
      issuer: common.issuer,
      issuedAt: common.issuedAt,
      signer: personName(value.nguoi_ky),
      signerTitle: signature?.position ?? null,
      effectiveAt,
      status: status ?? statusFromDates(effectiveAt, now),
      statusNote:
        status && asOf ? `Tình trạng hiệu lực theo nguồn dữ liệu, cập nhật đến tháng ${asOf[2]}/${asOf[1]}.` : null,
      scope: scopeOf(common.issuer),
      fieldNames: (str(value.linh_vuc) ?? '')
        .split(',')
        .map((f) => f.trim())
        .filter(Boolean),
      congBaoNumber: str(value.so_cong_bao),
      congBaoDate: vnMidnight(str(value.ngay_cong_bao)),
      source: sourceOf(value.source),
      text,
    },
  }
}

function sourceOf(value: unknown): string | null {
  if (!isRecord(value)) return str(value)
  const repo = str(value.repo)
  const path = str(value.path)
  const commit = str(value.commit)
  if (!repo) return null
  return path && commit ? `https://github.com/${repo}/blob/${commit}/${path}` : `https://github.com/${repo}`
}

/** legal-corpus/congbao_metadata.jsonl: the Official Gazette catalogue, metadata only. */
export function mapCongbaoRecord(value: unknown, now: Date): Mapped {
  if (!isRecord(value)) return { ok: false, message: 'dòng không phải là một đối tượng JSON.' }
  const common = mapCommon({
    number: str(value.so_hieu),
    typeText: str(value.loai_van_ban),
    title: str(value.trich_yeu),
    issuer: str(value.co_quan_ban_hanh),
    issuedDay: str(value.ngay_ban_hanh),
  })
  if (!common.ok) return common
  const effectiveAt = vnMidnight(str(value.ngay_hieu_luc))
  const url = str(value.url)
  return {
    ok: true,
    warnings: common.warnings,
    input: {
      number: common.number,
      type: common.type,
      title: common.title,
      issuer: common.issuer,
      issuedAt: common.issuedAt,
      signer: personName(value.nguoi_ky),
      effectiveAt,
      status: statusFromDates(effectiveAt, now),
      scope: scopeOf(common.issuer),
      congBaoNumber: str(value.cong_bao_so),
      source: url && /^https?:\/\//.test(url) ? url : null,
    },
  }
}

/** A plain .txt document: everything comes from its header; what is missing is reported. */
export function mapPlainText(raw: string, now: Date): Mapped {
  const text = nfc(raw)
  const header = parseHeader(text)
  const day = header.date
  const common = mapCommon({
    number: header.number?.normalized ?? header.numberText,
    typeText: header.documentType ? (DOCUMENT_TYPES.find((t) => t.value === header.documentType)?.label ?? null) : null,
    title: header.title,
    issuer: header.issuer,
    issuedDay: day,
  })
  if (!common.ok) {
    const notes = header.warnings.length > 0 ? ` Phần đầu văn bản: ${header.warnings.join(' ')}` : ''
    return { ok: false, message: `${common.message}${notes}` }
  }
  return {
    ok: true,
    warnings: [...common.warnings, ...header.warnings],
    input: {
      number: common.number,
      type: common.type,
      title: common.title,
      issuer: common.issuer,
      issuedAt: common.issuedAt,
      signer: header.signature?.signer ?? null,
      signerTitle: header.signature?.position ?? null,
      status: statusFromDates(null, now),
      scope: scopeOf(common.issuer),
      text,
    },
  }
}
