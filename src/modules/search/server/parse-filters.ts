import { EFFECT_STATUSES } from '@/modules/legal-documents/parse'
import type { SearchFilters } from '../engine/types'

type Params = Record<string, string | string[] | undefined> | URLSearchParams

/** Each filter's Vietnamese parameter name (the page's links) and the English one (the JSON API). */
export const FILTER_PARAMS = {
  collection: ['nhom', 'collection'],
  type: ['loai', 'type'],
  field: ['linh_vuc', 'field'],
  status: ['hieu_luc', 'status'],
  issuer: ['co_quan', 'issuer'],
  year: ['nam', 'year'],
} as const satisfies Record<keyof SearchFilters, readonly [string, string]>

export type FilterCheck = { ok: true; filters: SearchFilters } | { ok: false; message: string }

/** Free-text facet values (a document type's or a content kind's name, an issuer). */
const TOKEN = /^[\p{L}\p{N}\s./()-]{1,120}$/u
/** Slugs: legal fields, collections. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

const WHAT: Record<keyof SearchFilters, string> = {
  collection: 'Nhóm nội dung',
  type: 'Loại',
  field: 'Lĩnh vực',
  status: 'Tình trạng hiệu lực',
  issuer: 'Cơ quan ban hành',
  year: 'Năm',
}

/** Every value given for one filter under either of its names. */
function valuesOf(params: Params, names: readonly string[]): string[] {
  return names.flatMap((name) => {
    if (params instanceof URLSearchParams) return params.getAll(name)
    const value = params[name]
    return value === undefined ? [] : Array.isArray(value) ? value : [value]
  })
}

/**
 * Reads and checks the search filters of a query string (loai, linh_vuc, hieu_luc, nam, nhom,
 * co_quan, or their English names). Pure, so the proxy answers a bad value with a Vietnamese 400
 * before the page runs, and the JSON API with the same message. An empty value means no filter.
 */
export function parseSearchFilters(params: Params): FilterCheck {
  const filters: SearchFilters = {}
  for (const key of Object.keys(FILTER_PARAMS) as (keyof SearchFilters)[]) {
    const given = valuesOf(params, FILTER_PARAMS[key]).filter((v) => v !== '')
    if (given.length === 0) continue
    if (given.length > 1) return { ok: false, message: `Bộ lọc “${WHAT[key]}” chỉ được có một giá trị.` }
    const value = given[0]!.normalize('NFC').trim()
    if (key === 'year') {
      if (!/^(19|20)\d\d$/.test(value)) return { ok: false, message: 'Năm không hợp lệ.' }
      filters.year = Number(value)
    } else if (key === 'status') {
      if (!EFFECT_STATUSES.some((s) => s.value === value)) {
        return { ok: false, message: `Tình trạng hiệu lực “${value.slice(0, 60)}” không hợp lệ.` }
      }
      filters.status = value
    } else if (key === 'field' || key === 'collection') {
      if (value.length > 160 || !SLUG.test(value)) return { ok: false, message: `${WHAT[key]} không hợp lệ.` }
      filters[key] = value
    } else {
      if (!TOKEN.test(value)) return { ok: false, message: 'Bộ lọc tìm kiếm không hợp lệ.' }
      filters[key] = value
    }
  }
  return { ok: true, filters }
}

/** The address of a search with these filters (Vietnamese parameter names), page 1 unless told. */
export function searchHref(query: string, filters: SearchFilters, page = 1): string {
  const params = new URLSearchParams({ q: query })
  for (const key of Object.keys(FILTER_PARAMS) as (keyof SearchFilters)[]) {
    const value = filters[key]
    if (value !== undefined && value !== null && String(value) !== '') params.set(FILTER_PARAMS[key][0], String(value))
  }
  if (page > 1) params.set('trang', String(page))
  return `/tim-kiem?${params.toString()}`
}
