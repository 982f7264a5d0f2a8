import type { Access, FieldAccess } from 'payload'
import { hasRole, isContributor, isEditorial, ROLES, unitIdOf, type RoleUser } from '@/shared/access/roles'

/**
 * Who sees and writes reports: the editorial board everything; inspectors (viewer) read
 * everything; a contributor only their unit's reports; experts nothing.
 */
const asUser = (user: unknown): RoleUser | null => (user ? (user as RoleUser) : null)

/** Periods: read by everyone who reports or reads reports. */
export const periodReader: Access = ({ req }) => {
  const user = asUser(req.user)
  return isEditorial(user) || isContributor(user) || hasRole(user, ROLES.viewer)
}

export const reportReader: Access = ({ req }) => {
  const user = asUser(req.user)
  if (isEditorial(user) || hasRole(user, ROLES.viewer)) return true
  if (isContributor(user)) {
    const unit = unitIdOf(user)
    return unit === null ? false : { unit: { equals: unit } }
  }
  return false
}

export const reportWriter: Access = ({ req }) => {
  const user = asUser(req.user)
  if (isEditorial(user)) return true
  if (isContributor(user)) {
    const unit = unitIdOf(user)
    return unit === null ? false : { unit: { equals: unit } }
  }
  return false
}

/** Creation: the board, or a contributor with a unit (the lifecycle hook checks it is their unit). */
export const reportCreator: Access = ({ req }) => {
  const user = asUser(req.user)
  return isEditorial(user) || (isContributor(user) && unitIdOf(user) !== null)
}

/** Fields only the lifecycle hook writes. */
export const hookOnly: FieldAccess = () => false
