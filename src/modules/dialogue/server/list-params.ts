import { PHASES, type Phase } from '../phase'
import type { ListFilters } from './queries'

/** Query parameters of /doi-thoai: ?giai-doan=…&linh-vuc=…&trang=N. */
export function parseListParams(
  params: Record<string, string | string[] | undefined>,
): { ok: true; filters: ListFilters } | { ok: false; message: string } {
  const one = (name: string): string | null => {
    const v = params[name]
    return typeof v === 'string' && v !== '' ? v : null
  }
  const phase = one('giai-doan')
  if (phase !== null && !PHASES.some((p) => p.value === phase)) return { ok: false, message: 'Giai đoạn không hợp lệ.' }
  const field = one('linh-vuc')
  if (field !== null && !/^[a-z0-9-]{1,160}$/.test(field)) return { ok: false, message: 'Lĩnh vực không hợp lệ.' }
  const page = one('trang') ?? '1'
  if (!/^[1-9][0-9]{0,4}$/.test(page)) return { ok: false, message: 'Số trang không hợp lệ.' }
  return { ok: true, filters: { phase: phase as Phase | null, field, page: Number(page) } }
}

export function listHref(filters: ListFilters, page = 1): string {
  const q = new URLSearchParams()
  if (filters.phase) q.set('giai-doan', filters.phase)
  if (filters.field) q.set('linh-vuc', filters.field)
  if (page > 1) q.set('trang', String(page))
  const s = q.toString()
  return s ? `/doi-thoai?${s}` : '/doi-thoai'
}
