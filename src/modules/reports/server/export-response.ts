import type { Payload, TypedUser } from 'payload'
import { hasRole, isEditorial, ROLES, type RoleUser } from '@/shared/access/roles'
import { statusXlsx, valuesXlsx } from '../export/xlsx'
import { findPeriod, periodStatus } from './period-status'

const text = (message: string, status: number) =>
  new Response(message, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })

/**
 * An XLSX download of one period ("tinh-hinh": who has reported; "so-lieu": every report's
 * values with totals), for the editorial board and inspectors, read with their rights.
 */
export async function reportsXlsxResponse(input: {
  payload: Payload
  user: TypedUser | null
  periodParam: string | null
  kind: 'tinh-hinh' | 'so-lieu'
}): Promise<Response> {
  const user = input.user as (TypedUser & RoleUser) | null
  if (!user) return text('Hãy đăng nhập để tải báo cáo.', 401)
  if (!isEditorial(user) && !hasRole(user, ROLES.viewer)) return text('Bạn không có quyền tải tổng hợp báo cáo.', 403)
  const id = Number(input.periodParam)
  if (!input.periodParam || !Number.isInteger(id) || id <= 0)
    return text('Tham số “ky” (mã kỳ báo cáo) không hợp lệ.', 400)
  const period = await findPeriod(input.payload, id, user)
  if (!period) return text('Kỳ báo cáo không tồn tại.', 404)
  const rows = await periodStatus(input.payload, period, { user })
  const bytes = input.kind === 'tinh-hinh' ? statusXlsx(period, rows) : valuesXlsx(period, rows)
  return new Response(Buffer.from(bytes), {
    status: 200,
    headers: {
      'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'Content-Disposition': `attachment; filename="${input.kind}-ky-${id}.xlsx"`,
      'Cache-Control': 'private, no-store',
    },
  })
}
