import { UNIT_KINDS } from '@/modules/organisation/unit-kinds'

export type DirectoryFilters = { q: string; kind: string; unit: number | null }
export type DirectoryCheck = { ok: true; filters: DirectoryFilters } | { ok: false; message: string }

type Params = Record<string, string | string[] | undefined>

const first = (v: string | string[] | undefined): string => (Array.isArray(v) ? (v[0] ?? '') : (v ?? ''))

/** Reads and checks the directory's query string; bad values get a Vietnamese message. */
export function parseDirectoryParams(params: Params): DirectoryCheck {
  const q = first(params.q).normalize('NFC').trim()
  if (q.length > 100) return { ok: false, message: 'Từ khóa tìm kiếm quá dài (tối đa 100 ký tự).' }
  const kind = first(params.loai)
  if (kind && !UNIT_KINDS.some((k) => k.value === kind)) return { ok: false, message: 'Loại đơn vị không hợp lệ.' }
  const unitRaw = first(params.don_vi)
  if (unitRaw && !/^[1-9][0-9]{0,9}$/.test(unitRaw)) return { ok: false, message: 'Đơn vị không hợp lệ.' }
  return { ok: true, filters: { q, kind, unit: unitRaw ? Number(unitRaw) : null } }
}
