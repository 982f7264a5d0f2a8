import type { Access } from 'payload'
import { isContributor, isEditorial, unitIdOf, type RoleUser } from '@/shared/access/roles'

const asUser = (user: unknown): RoleUser | null => (user ? (user as RoleUser) : null)

/**
 * The editorial board manages every registry; a contributor keeps the list of their own unit
 * (hooks/member-rules.ts pins the unit of what they create or update to theirs).
 */
export const writeMembers: Access = ({ req }) => {
  const user = asUser(req.user)
  if (isEditorial(user)) return true
  if (isContributor(user)) {
    const unit = unitIdOf(user)
    return unit === null ? false : { unit: { equals: unit } }
  }
  return false
}

/** Creation: the board, or a contributor who belongs to a unit. */
export const createMembers: Access = ({ req }) => {
  const user = asUser(req.user)
  return isEditorial(user) || (isContributor(user) && unitIdOf(user) !== null)
}
