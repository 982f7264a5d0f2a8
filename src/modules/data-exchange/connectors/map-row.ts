/**
 * One legal-document row, whatever the connector (national database gateway JSON, CSV), mapped to
 * the importer's DocumentInput with the legal-documents importer's own rules (mapCommon: number,
 * type, title, issuer and date must be there; nothing is guessed). Pure: no database.
 */
import { vnMidnight } from '@/modules/legal-documents/dates'
import { mapCommon, personName, scopeOf, statusFromDates, str } from '@/modules/legal-documents/import/map-records'
import type { DocumentInput } from '@/modules/legal-documents/import/types'
import { EFFECT_STATUSES, effectStatusFromText, parseDocumentNumber } from '@/modules/legal-documents/parse'
import { fold, slugify } from '@/shared/text/vietnamese'
import { hostileText, isoDay, normaliseAgency } from './common'

/** The row in the connectors' own words; every value as the source wrote it. */
export type SourceRow = {
  sourceId?: string | null
  number?: unknown
  type?: unknown
  title?: unknown
  issuedAt?: unknown
  effectiveFrom?: unknown
  effectiveTo?: unknown
  effectStatus?: unknown
  agency?: unknown
  signer?: unknown
  signerTitle?: unknown
  fields?: unknown
  url?: unknown
}

/** Labels used in messages, so an editor knows which value is wrong. */
export const ROW_LABELS: Record<keyof SourceRow, string> = {
  sourceId: 'mã bản ghi',
  number: 'số ký hiệu',
  type: 'loại văn bản',
  title: 'trích yếu',
  issuedAt: 'ngày ban hành',
  effectiveFrom: 'ngày có hiệu lực',
  effectiveTo: 'ngày hết hiệu lực',
  effectStatus: 'tình trạng hiệu lực',
  agency: 'cơ quan ban hành',
  signer: 'người ký',
  signerTitle: 'chức vụ người ký',
  fields: 'lĩnh vực',
  url: 'địa chỉ nguồn',
}

const IDENTITY: (keyof SourceRow)[] = ['number', 'type', 'title', 'agency', 'issuedAt']

export type ConnectorInput = DocumentInput & { expiresAt?: string | null }

export type RowResult =
  | { ok: true; input: ConnectorInput; sourceKey: string; sourceUrl: string | null; warnings: string[] }
  | { ok: false; problems: { field: keyof SourceRow | null; message: string }[] }

/**
 * Status names the national database and other catalogues write besides our own labels
 * ("Hết hiệu lực" alone means entirely, "Còn hiệu lực một phần" is a partial loss).
 */
const STATUS_ALIASES: Record<string, (typeof EFFECT_STATUSES)[number]['value']> = {
  'con hieu luc mot phan': 'het-hieu-luc-mot-phan',
  'da het hieu luc': 'het-hieu-luc-toan-bo',
  'het hieu luc': 'het-hieu-luc-toan-bo',
  'tam ngung hieu luc': 'ngung-hieu-luc',
  'dinh chi thi hanh': 'ngung-hieu-luc',
  'chua xac dinh': 'chua-xac-dinh',
  'khong xac dinh': 'chua-xac-dinh',
}

export function effectStatusOf(text: string): (typeof EFFECT_STATUSES)[number]['value'] | null {
  return effectStatusFromText(text) ?? STATUS_ALIASES[fold(text).replace(/\s+/g, ' ').trim()] ?? null
}

function fieldList(value: unknown): string[] | null {
  if (value === null || value === undefined || value === '') return []
  const parts = Array.isArray(value) ? value : typeof value === 'string' ? value.split(/[;|]/) : null
  if (!parts) return null
  const names: string[] = []
  for (const part of parts) {
    const name = typeof part === 'string' ? str(part) : isNamed(part) ? str(part.name) : null
    if (name === null && part !== '' && part !== null) return null
    if (name) names.push(name)
  }
  return names
}

const isNamed = (v: unknown): v is { name: unknown } => typeof v === 'object' && v !== null && 'name' in v

/** The identity key of a row without a source id: số ký hiệu + issuer (spelling-independent). */
export function numberIssuerKey(number: string, issuer: string): string {
  const parsed = parseDocumentNumber(number)
  return `${parsed.ok ? parsed.number.key : fold(number)}|${slugify(issuer)}`
}

export function mapSourceRow(row: SourceRow, now: Date): RowResult {
  const problems: { field: keyof SourceRow | null; message: string }[] = []
  const text = (field: keyof SourceRow): string | null => {
    const value = row[field]
    if (value === null || value === undefined) return null
    if (typeof value === 'number' && (field === 'number' || field === 'sourceId')) return String(value)
    if (typeof value !== 'string') {
      problems.push({ field, message: 'phải là chuỗi ký tự.' })
      return null
    }
    const hostile = hostileText(value)
    if (hostile) {
      problems.push({ field, message: `${hostile}; chỉ nhận văn bản thuần.` })
      return null
    }
    return str(value)
  }
  const day = (field: 'issuedAt' | 'effectiveFrom' | 'effectiveTo'): string | null => {
    const raw = text(field)
    if (raw === null) return null
    const iso = isoDay(raw)
    if (!iso || !vnMidnight(iso)) {
      problems.push({ field, message: `“${raw}” không phải ngày hợp lệ (dd/mm/yyyy hoặc yyyy-mm-dd).` })
      return null
    }
    return iso
  }

  const number = text('number')
  const typeText = text('type')
  const title = text('title')
  const agencyRaw = text('agency')
  const issuedDay = day('issuedAt')
  const fromDay = day('effectiveFrom')
  const toDay = day('effectiveTo')
  const statusText = text('effectStatus')
  const signer = text('signer')
  const signerTitle = text('signerTitle')
  const url = text('url')
  const sourceId = text('sourceId')
  const fields = fieldList(row.fields)
  if (fields === null) problems.push({ field: 'fields', message: 'phải là danh sách tên lĩnh vực.' })
  for (const name of fields ?? []) {
    const hostile = hostileText(name)
    if (hostile) problems.push({ field: 'fields', message: `${hostile}; chỉ nhận văn bản thuần.` })
  }
  if (url && !/^https?:\/\/[^\s<>"]+$/.test(url)) {
    problems.push({ field: 'url', message: 'phải là địa chỉ http:// hoặc https://.' })
  }
  if (fromDay && toDay && toDay <= fromDay) {
    problems.push({ field: 'effectiveTo', message: 'ngày hết hiệu lực phải sau ngày có hiệu lực.' })
  }
  const status = statusText ? effectStatusOf(statusText) : null
  if (statusText && !status) {
    const known = EFFECT_STATUSES.map((s) => `“${s.label}”`).join(', ')
    problems.push({ field: 'effectStatus', message: `“${statusText}” không có trong danh mục (${known}).` })
  }

  const agency = agencyRaw ? normaliseAgency(agencyRaw) : null
  const common = mapCommon({ number, typeText, title, issuer: agency, issuedDay })
  // What mapCommon finds missing is already told for a field whose own value was refused.
  const identityRefused = problems.some((p) => IDENTITY.includes(p.field as keyof SourceRow))
  if (!common.ok && !identityRefused) problems.push({ field: null, message: common.message })
  if (problems.length > 0 || !common.ok) return { ok: false, problems }

  const effectiveAt = vnMidnight(fromDay)
  return {
    ok: true,
    warnings: common.warnings,
    sourceKey: sourceId ?? numberIssuerKey(common.number, common.issuer),
    sourceUrl: url,
    input: {
      number: common.number,
      type: common.type,
      title: common.title,
      issuer: common.issuer,
      issuedAt: common.issuedAt,
      signer: personName(signer),
      signerTitle,
      effectiveAt,
      expiresAt: vnMidnight(toDay),
      status: status ?? statusFromDates(effectiveAt, now),
      scope: scopeOf(common.issuer),
      fieldNames: fields ?? [],
      source: url,
    },
  }
}
