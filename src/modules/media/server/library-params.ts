import { kindByParam, paramOfKind, type LibraryKind } from '../library/constants'

export type LibraryFilters = { kind: LibraryKind | null; field: string | null; audience: string | null; page: number }

type Params = Record<string, string | string[] | undefined>
type Checked = { ok: true; filters: LibraryFilters } | { ok: false; message: string }

const SLUG = /^[a-z0-9-]{1,160}$/

/** Query parameters of /thu-vien: ?loai=…&linh-vuc=…&doi-tuong=…&trang=N, each at most once. */
export function parseLibraryParams(params: Params): Checked {
  for (const name of ['loai', 'linh-vuc', 'doi-tuong', 'trang']) {
    if (Array.isArray(params[name])) return { ok: false, message: 'Mỗi tiêu chí lọc chỉ được chọn một giá trị.' }
  }
  const one = (name: string): string | null => {
    const v = params[name]
    return typeof v === 'string' && v !== '' ? v : null
  }
  const kindParam = one('loai')
  const kind = kindParam === null ? null : kindByParam(kindParam)
  if (kindParam !== null && kind === null) return { ok: false, message: 'Loại tài liệu không hợp lệ.' }
  const field = one('linh-vuc')
  if (field !== null && !SLUG.test(field)) return { ok: false, message: 'Lĩnh vực không hợp lệ.' }
  const audience = one('doi-tuong')
  if (audience !== null && !SLUG.test(audience)) return { ok: false, message: 'Đối tượng không hợp lệ.' }
  const page = one('trang') ?? '1'
  if (!/^[1-9][0-9]{0,4}$/.test(page)) return { ok: false, message: 'Số trang không hợp lệ.' }
  return { ok: true, filters: { kind, field, audience, page: Number(page) } }
}

/** The address of the list with these filters, on page `page`. */
export function libraryListHref(filters: Omit<LibraryFilters, 'page'>, page = 1): string {
  const q = new URLSearchParams()
  if (filters.kind) q.set('loai', paramOfKind(filters.kind))
  if (filters.field) q.set('linh-vuc', filters.field)
  if (filters.audience) q.set('doi-tuong', filters.audience)
  if (page > 1) q.set('trang', String(page))
  const s = q.toString()
  return s ? `/thu-vien?${s}` : '/thu-vien'
}
