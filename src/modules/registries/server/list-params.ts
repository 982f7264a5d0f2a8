import { nfc } from '@/shared/text/vietnamese'
import type { RegistryLevel } from '../constants'
import { LEVEL_PARAMS, levelParam, STATUS_PARAMS, type StatusParam } from '../constants-public'

export type MemberFilters = {
  query: string | null
  unit: string | null
  level: RegistryLevel | null
  field: string | null
  status: StatusParam
  page: number
}

export const MEMBER_QUERY_MAX = 100
const SLUG = /^[a-z0-9-]{1,160}$/
const KNOWN = new Set(['q', 'don-vi', 'cap', 'linh-vuc', 'tinh-trang', 'trang'])

/** Query parameters of /doi-ngu/<kind> and its XLSX: ?q=&don-vi=&cap=&linh-vuc=&tinh-trang=&trang=. */
export function parseMemberParams(
  params: Record<string, string | string[] | undefined>,
): { ok: true; filters: MemberFilters } | { ok: false; message: string } {
  for (const [key, value] of Object.entries(params)) {
    if (KNOWN.has(key) && Array.isArray(value)) return { ok: false, message: `Tham số “${key}” bị lặp lại.` }
  }
  const one = (name: string): string | null => {
    const v = params[name]
    return typeof v === 'string' && v.trim() !== '' ? v.trim() : null
  }
  const query = one('q')
  if (query !== null && query.length > MEMBER_QUERY_MAX) {
    return { ok: false, message: `Từ khóa quá dài (tối đa ${MEMBER_QUERY_MAX} ký tự).` }
  }
  const unit = one('don-vi')
  if (unit !== null && !SLUG.test(unit)) return { ok: false, message: 'Đơn vị không hợp lệ.' }
  const level = one('cap')
  if (level !== null && !(level in LEVEL_PARAMS)) return { ok: false, message: 'Cấp không hợp lệ.' }
  const field = one('linh-vuc')
  if (field !== null && !SLUG.test(field)) return { ok: false, message: 'Lĩnh vực không hợp lệ.' }
  const status = one('tinh-trang') ?? 'dang-hoat-dong'
  if (!STATUS_PARAMS.some((s) => s.value === status)) return { ok: false, message: 'Tình trạng không hợp lệ.' }
  const page = one('trang') ?? '1'
  if (!/^[1-9][0-9]{0,4}$/.test(page)) return { ok: false, message: 'Số trang không hợp lệ.' }
  return {
    ok: true,
    filters: {
      query: query === null ? null : nfc(query),
      unit,
      level: level === null ? null : (LEVEL_PARAMS[level] ?? null),
      field,
      status: status as StatusParam,
      page: Number(page),
    },
  }
}

/** The query string of a filtered list (without "?"), page 1 unless given. */
export function memberQueryString(filters: MemberFilters, page = 1): string {
  const q = new URLSearchParams()
  if (filters.query) q.set('q', filters.query)
  if (filters.unit) q.set('don-vi', filters.unit)
  if (filters.level) q.set('cap', levelParam(filters.level))
  if (filters.field) q.set('linh-vuc', filters.field)
  if (filters.status !== 'dang-hoat-dong') q.set('tinh-trang', filters.status)
  if (page > 1) q.set('trang', String(page))
  return q.toString()
}
