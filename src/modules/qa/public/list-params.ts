/**
 * The query string of the public Q&A list (/hoi-dap): pure, so src/proxy.ts can answer a bad
 * value with a Vietnamese 400 before the page runs, and the page reads the same values.
 */
import { nfc } from '@/shared/text/vietnamese'

export type QaSort = 'moi-nhat' | 'xem-nhieu'

export type QaListParams = {
  field: string | null
  audience: string | null
  query: string | null
  sort: QaSort
  page: number
}

export type QaListCheck = { ok: true; params: QaListParams } | { ok: false; message: string }

export const QA_QUERY_MAX = 200
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const KNOWN = new Set(['linh_vuc', 'doi_tuong', 'q', 'sap_xep', 'trang'])

type Params = Record<string, string | string[] | undefined>

export function parseQaListParams(params: Params): QaListCheck {
  for (const [key, value] of Object.entries(params)) {
    if (KNOWN.has(key) && Array.isArray(value)) return { ok: false, message: `Tham số “${key}” chỉ được nêu một lần.` }
  }
  const one = (key: string): string => {
    const value = params[key]
    return typeof value === 'string' ? value : ''
  }
  const field = one('linh_vuc')
  if (field && (field.length > 120 || !SLUG.test(field))) return { ok: false, message: 'Lĩnh vực không hợp lệ.' }
  const audience = one('doi_tuong')
  if (audience && (audience.length > 120 || !SLUG.test(audience))) {
    return { ok: false, message: 'Đối tượng không hợp lệ.' }
  }
  const query = nfc(one('q')).replace(/\s+/g, ' ').trim()
  if (query.length > QA_QUERY_MAX) return { ok: false, message: `Từ khóa quá dài (tối đa ${QA_QUERY_MAX} ký tự).` }
  const sort = one('sap_xep') || 'moi-nhat'
  if (sort !== 'moi-nhat' && sort !== 'xem-nhieu') {
    return { ok: false, message: 'Cách sắp xếp không hợp lệ: chọn “Mới nhất” hoặc “Xem nhiều”.' }
  }
  const pageRaw = one('trang')
  if (pageRaw && !/^[1-9][0-9]{0,3}$/.test(pageRaw)) return { ok: false, message: 'Số trang không hợp lệ.' }
  return {
    ok: true,
    params: {
      field: field || null,
      audience: audience || null,
      query: query || null,
      sort,
      page: Number(pageRaw || 1),
    },
  }
}

/** The list's URL for a set of parameters (defaults left out, so the first page is plain /hoi-dap). */
export function qaListHref(params: QaListParams, change: Partial<QaListParams> = {}): string {
  const next = { ...params, ...change }
  const search = new URLSearchParams()
  if (next.query) search.set('q', next.query)
  if (next.field) search.set('linh_vuc', next.field)
  if (next.audience) search.set('doi_tuong', next.audience)
  if (next.sort !== 'moi-nhat') search.set('sap_xep', next.sort)
  if (next.page > 1) search.set('trang', String(next.page))
  const text = search.toString()
  return text ? `/hoi-dap?${text}` : '/hoi-dap'
}

/** The tracking page's parameters: both are optional (an empty form), both bounded. */
export function checkTrackingParams(params: Params): { ok: true } | { ok: false; message: string } {
  for (const key of ['ma', 'khoa']) {
    const value = params[key]
    if (Array.isArray(value)) return { ok: false, message: `Tham số “${key}” chỉ được nêu một lần.` }
    if (typeof value === 'string' && value.length > 80) return { ok: false, message: 'Mã tra cứu hoặc khóa quá dài.' }
  }
  return { ok: true }
}
