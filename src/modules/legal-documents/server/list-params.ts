import { DOCUMENT_TYPES, EFFECT_STATUSES } from '../parse'

/** The filters of /van-ban, as GET parameters with Vietnamese names. */
export type DocumentFilters = {
  type: string | null
  issuer: string | null
  year: number | null
  field: string | null
  status: string | null
  sort: 'ban-hanh' | 'hieu-luc'
  page: number
}

export type FilterName = 'type' | 'issuer' | 'year' | 'field' | 'status'

export const PARAM_NAMES: Record<FilterName | 'sort' | 'page', string> = {
  type: 'loai',
  issuer: 'co-quan',
  year: 'nam',
  field: 'linh-vuc',
  status: 'hieu-luc',
  sort: 'sap-xep',
  page: 'trang',
}

export const SORTS = [
  { value: 'ban-hanh', label: 'Mới ban hành trước' },
  { value: 'hieu-luc', label: 'Mới có hiệu lực trước' },
] as const

export const EMPTY_FILTERS: DocumentFilters = {
  type: null,
  issuer: null,
  year: null,
  field: null,
  status: null,
  sort: 'ban-hanh',
  page: 1,
}

export type ParamsCheck = { ok: true; filters: DocumentFilters } | { ok: false; message: string }

type Params = Record<string, string | string[] | undefined>

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

function single(params: Params, name: string): { value: string | null } | { error: string } {
  const raw = params[name]
  if (raw === undefined) return { value: null }
  if (Array.isArray(raw))
    return raw.length > 1 ? { error: `Tham số “${name}” chỉ được có một giá trị.` } : { value: raw[0] || null }
  return { value: raw === '' ? null : raw }
}

/**
 * Reads and checks the list's query string. Unknown parameters are ignored (tracking tags); a known
 * parameter with a value outside its list gets a Vietnamese message. Pure, so the proxy can call it
 * too.
 */
export function parseDocumentListParams(params: Params): ParamsCheck {
  const read: Record<string, string | null> = {}
  for (const name of Object.values(PARAM_NAMES)) {
    const got = single(params, name)
    if ('error' in got) return { ok: false, message: got.error }
    read[name] = got.value
  }
  const type = read[PARAM_NAMES.type] ?? null
  if (type !== null && !DOCUMENT_TYPES.some((t) => t.value === type)) {
    return { ok: false, message: `Loại văn bản “${type}” không có trong danh mục.` }
  }
  const status = read[PARAM_NAMES.status] ?? null
  if (status !== null && !EFFECT_STATUSES.some((s) => s.value === status)) {
    return { ok: false, message: `Tình trạng hiệu lực “${status}” không hợp lệ.` }
  }
  const issuer = read[PARAM_NAMES.issuer] ?? null
  if (issuer !== null && (issuer.length > 200 || !SLUG.test(issuer))) {
    return { ok: false, message: 'Cơ quan ban hành không hợp lệ.' }
  }
  const field = read[PARAM_NAMES.field] ?? null
  if (field !== null && (field.length > 160 || !SLUG.test(field)))
    return { ok: false, message: 'Lĩnh vực không hợp lệ.' }
  const yearText = read[PARAM_NAMES.year] ?? null
  if (yearText !== null && (!/^\d{4}$/.test(yearText) || Number(yearText) < 1945 || Number(yearText) > 2100)) {
    return { ok: false, message: 'Năm ban hành phải là số có bốn chữ số, từ 1945 đến 2100.' }
  }
  const sort = read[PARAM_NAMES.sort] ?? 'ban-hanh'
  if (sort !== 'ban-hanh' && sort !== 'hieu-luc') return { ok: false, message: 'Cách sắp xếp không hợp lệ.' }
  const pageText = read[PARAM_NAMES.page] ?? null
  if (pageText !== null && !/^[1-9][0-9]{0,4}$/.test(pageText)) return { ok: false, message: 'Số trang không hợp lệ.' }
  return {
    ok: true,
    filters: {
      type,
      issuer,
      year: yearText === null ? null : Number(yearText),
      field,
      status,
      sort,
      page: pageText === null ? 1 : Number(pageText),
    },
  }
}

/** The list's address for the given filters (page 1 and the default sort are left out). */
export function listHref(filters: DocumentFilters, change: Partial<DocumentFilters> = {}): string {
  const next = { ...filters, page: 1, ...change }
  const query = new URLSearchParams()
  if (next.type) query.set(PARAM_NAMES.type, next.type)
  if (next.issuer) query.set(PARAM_NAMES.issuer, next.issuer)
  if (next.year) query.set(PARAM_NAMES.year, String(next.year))
  if (next.field) query.set(PARAM_NAMES.field, next.field)
  if (next.status) query.set(PARAM_NAMES.status, next.status)
  if (next.sort !== 'ban-hanh') query.set(PARAM_NAMES.sort, next.sort)
  if (next.page > 1) query.set(PARAM_NAMES.page, String(next.page))
  const text = query.toString()
  return text ? `/van-ban?${text}` : '/van-ban'
}
