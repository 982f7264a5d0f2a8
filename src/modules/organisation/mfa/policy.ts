import { ROLES, type Role, type RoleUser } from '@/shared/access/roles'

/**
 * Who must confirm a sign-in with a one-time code (issue 8 §3, ASVS V2.7–V2.8): administrators and
 * the editorial board by default. `MFA_REQUIRED_ROLES` (comma-separated role values) changes the
 * list; `none` switches the requirement off (not advised: docs/security.md).
 */
export const DEFAULT_MFA_ROLES: Role[] = [ROLES.admin, ROLES.editorInChief, ROLES.editor]

export function mfaRequiredRoles(env: Record<string, string | undefined> = process.env): Role[] {
  const raw = env.MFA_REQUIRED_ROLES?.trim()
  if (!raw) return DEFAULT_MFA_ROLES
  if (raw === 'none') return []
  const known = new Set<string>(Object.values(ROLES))
  return raw
    .split(',')
    .map((role) => role.trim())
    .filter((role): role is Role => known.has(role))
}

export function requiresMfa(user: RoleUser | null | undefined): boolean {
  const role = user?.role
  return typeof role === 'string' && (mfaRequiredRoles() as string[]).includes(role)
}

/** Why a signed-in user has no rights yet: they must enrol (first sign-in) or enter their code. */
export type MfaPending = 'enrol' | 'verify'

export const MFA_COOKIE = 'pbgdpl-mfa'
export const MFA_HEADER = 'x-mfa-proof'
