/**
 * The query string of the public situations list (/tinh-huong): pure, so src/proxy.ts can answer
 * a bad value with a Vietnamese 400 before the page runs, and the page reads the same values.
 */
import { nfc } from '@/shared/text/vietnamese'
import { SITUATIONS_PATH } from '../constants'

export type SituationListParams = {
  field: string | null
  audience: string | null
  query: string | null
  page: number
}

export type SituationListCheck = { ok: true; params: SituationListParams } | { ok: false; message: string }

export const SITUATION_QUERY_MAX = 200
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const KNOWN = ['linh_vuc', 'doi_tuong', 'q', 'trang']

type Params = Record<string, string | string[] | undefined>

export function parseSituationListParams(params: Params): SituationListCheck {
  for (const key of KNOWN) {
    if (Array.isArray(params[key])) return { ok: false, message: `Tham số “${key}” chỉ được nêu một lần.` }
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
  if (query.length > SITUATION_QUERY_MAX) {
    return { ok: false, message: `Từ khóa quá dài (tối đa ${SITUATION_QUERY_MAX} ký tự).` }
  }
  const pageRaw = one('trang')
  if (pageRaw && !/^[1-9][0-9]{0,3}$/.test(pageRaw)) return { ok: false, message: 'Số trang không hợp lệ.' }
  return {
    ok: true,
    params: { field: field || null, audience: audience || null, query: query || null, page: Number(pageRaw || 1) },
  }
}

/** The list's URL for a set of parameters (defaults left out, so the first page is plain /tinh-huong). */
export function situationListHref(params: SituationListParams, change: Partial<SituationListParams> = {}): string {
  const next = { ...params, ...change }
  const search = new URLSearchParams()
  if (next.query) search.set('q', next.query)
  if (next.field) search.set('linh_vuc', next.field)
  if (next.audience) search.set('doi_tuong', next.audience)
  if (next.page > 1) search.set('trang', String(next.page))
  const text = search.toString()
  return text ? `${SITUATIONS_PATH}?${text}` : SITUATIONS_PATH
}

const OPTION_ID = /^[A-Za-z0-9_-]{1,64}$/

/** `chon=<id>,<id>…` of the result page: well-formed or not, before any database read. */
export function parseChosenParam(value: string | string[] | undefined): string[] | null {
  if (typeof value !== 'string' || value.length > 400) return null
  const ids = value.split(',')
  return ids.length >= 1 && ids.length <= 5 && ids.every((id) => OPTION_ID.test(id)) ? ids : null
}
