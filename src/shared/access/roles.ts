/** Roles of portal users and the helpers every access rule is built from. */

export const ROLES = {
  admin: 'admin',
  editorInChief: 'editor-in-chief',
  editor: 'editor',
  contributor: 'contributor',
  expert: 'expert',
  viewer: 'viewer',
} as const

export type Role = (typeof ROLES)[keyof typeof ROLES]

export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Quản trị hệ thống',
  'editor-in-chief': 'Trưởng Ban Biên tập',
  editor: 'Biên tập viên',
  contributor: 'Cộng tác viên',
  expert: 'Chuyên gia pháp luật',
  viewer: 'Xem thống kê, kiểm tra',
}

export const ROLE_OPTIONS = (Object.keys(ROLE_LABELS) as Role[]).map((value) => ({
  value,
  label: ROLE_LABELS[value],
}))

/** The minimal shape of a logged-in user that access rules need. */
export type RoleUser = {
  id: number | string
  role?: Role | string | null
  unit?: number | string | { id: number | string } | null
  collection?: string
  /** Set by the sign-in gate while the session still owes its two-factor code: no rights until then. */
  _mfaPending?: 'enrol' | 'verify'
}

/**
 * The user's role, or null when they have none that counts: unknown, or a session that has not yet
 * passed its two-factor step (src/modules/organisation/mfa). Every access rule is built on this.
 */
export function roleOf(user: RoleUser | null | undefined): Role | null {
  if (user?._mfaPending) return null
  const role = user?.role
  return role && role in ROLE_LABELS_BY_VALUE ? (role as Role) : null
}

const ROLE_LABELS_BY_VALUE: Record<string, true> = Object.fromEntries(Object.values(ROLES).map((role) => [role, true]))

export function hasRole(user: RoleUser | null | undefined, ...roles: Role[]): boolean {
  const role = roleOf(user)
  return role !== null && roles.includes(role)
}

export const isAdmin = (user: RoleUser | null | undefined): boolean => hasRole(user, ROLES.admin)

/** Administrators, the editor-in-chief and editors: the editorial board. */
export const isEditorial = (user: RoleUser | null | undefined): boolean =>
  hasRole(user, ROLES.admin, ROLES.editorInChief, ROLES.editor)

/** Administrators and the editor-in-chief: may publish without review and manage sections. */
export const isChief = (user: RoleUser | null | undefined): boolean => hasRole(user, ROLES.admin, ROLES.editorInChief)

export const isContributor = (user: RoleUser | null | undefined): boolean => hasRole(user, ROLES.contributor)

/** Any signed-in staff member with a known role. */
export const isStaff = (user: RoleUser | null | undefined): boolean => roleOf(user) !== null

/** The id of the user's unit, whether the relation is populated or not. */
export function unitIdOf(user: RoleUser | null | undefined): number | string | null {
  const unit = user?.unit
  if (unit === null || unit === undefined) return null
  return typeof unit === 'object' ? unit.id : unit
}
