import { hasRole, ROLES, unitIdOf, type RoleUser } from '@/shared/access/roles'

/**
 * Who may open the managers' dashboard and its exports (scope 'internal'): the editorial board
 * and viewers (managers, inspectors) for the whole province and any unit; a contributor only for
 * their own unit and the units under it. Experts and visitors may not.
 */
export type DashboardAccess =
  { ok: true; ownUnit: number | string | null; restricted: boolean } | { ok: false; status: 401 | 403; message: string }

export function dashboardAccess(user: RoleUser | null | undefined): DashboardAccess {
  if (!user) return { ok: false, status: 401, message: 'Vui lòng đăng nhập để xem số liệu thống kê nội bộ.' }
  if (hasRole(user, ROLES.admin, ROLES.editorInChief, ROLES.editor, ROLES.viewer))
    return { ok: true, ownUnit: unitIdOf(user), restricted: false }
  if (hasRole(user, ROLES.contributor)) {
    const unit = unitIdOf(user)
    if (unit === null)
      return {
        ok: false,
        status: 403,
        message: 'Tài khoản của bạn chưa gắn với đơn vị nào nên chưa xem được thống kê.',
      }
    return { ok: true, ownUnit: unit, restricted: true }
  }
  return { ok: false, status: 403, message: 'Tài khoản của bạn không có quyền xem thống kê nội bộ.' }
}

/**
 * The unit a dashboard shows: what was asked for, except that a contributor sees their own unit
 * by default and nothing outside it (`allowed` lists their unit and its sub-units).
 */
export function dashboardUnit(
  access: Extract<DashboardAccess, { ok: true }>,
  requested: number | string | null,
  allowed: (number | string)[],
): { ok: true; unitId: number | string | null } | { ok: false; status: 403; message: string } {
  if (!access.restricted) return { ok: true, unitId: requested }
  if (requested === null) return { ok: true, unitId: access.ownUnit }
  return allowed.some((id) => String(id) === String(requested))
    ? { ok: true, unitId: requested }
    : { ok: false, status: 403, message: 'Bạn chỉ xem được số liệu của đơn vị mình và các đơn vị trực thuộc.' }
}
