import type { SearchFilters } from '../engine/types'

type Params = Record<string, string | string[] | undefined> | URLSearchParams

const get = (p: Params, k: string): string | undefined => {
  if (p instanceof URLSearchParams) return p.get(k) ?? undefined
  const v = p[k]
  return Array.isArray(v) ? v[0] : v
}

export type FilterCheck = { ok: true; filters: SearchFilters } | { ok: false; message: string }

const TOKEN = /^[\p{L}\p{N}\s./()-]{1,120}$/u

/** Reads the search filters of a query string (loai, linh_vuc, hieu_luc, nam, nhom, or their English names). */
export function parseSearchFilters(params: Params): FilterCheck {
  const filters: SearchFilters = {}
  const pairs: [keyof SearchFilters, string | undefined][] = [
    ['type', get(params, 'loai') ?? get(params, 'type')],
    ['field', get(params, 'linh_vuc') ?? get(params, 'field')],
    ['status', get(params, 'hieu_luc') ?? get(params, 'status')],
    ['collection', get(params, 'nhom') ?? get(params, 'collection')],
    ['issuer', get(params, 'co_quan') ?? get(params, 'issuer')],
  ]
  for (const [key, raw] of pairs) {
    if (raw === undefined || raw === '') continue
    const value = raw.normalize('NFC').trim()
    if (!TOKEN.test(value)) return { ok: false, message: 'Bộ lọc tìm kiếm không hợp lệ.' }
    ;(filters as Record<string, string>)[key] = value
  }
  const year = get(params, 'nam') ?? get(params, 'year')
  if (year) {
    if (!/^(19|20)\d\d$/.test(year)) return { ok: false, message: 'Năm không hợp lệ.' }
    filters.year = Number(year)
  }
  return { ok: true, filters }
}
