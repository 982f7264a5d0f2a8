import type { Access, FieldAccess } from 'payload'
import { hasRole, isContributor, isEditorial, ROLES, unitIdOf, type RoleUser } from '@/shared/access/roles'

/**
 * Who sees and changes activity records. Contributors are limited to their own unit's records;
 * which status changes they may make is checked by the lifecycle hook (with a Vietnamese message).
 */

const asUser = (user: unknown): RoleUser | null => (user ? (user as RoleUser) : null)

/** The editorial board and inspectors (viewer) read everything; a contributor their unit's records. */
export const readActivities: Access = ({ req }) => {
  const user = asUser(req.user)
  if (isEditorial(user) || hasRole(user, ROLES.viewer)) return true
  if (isContributor(user)) {
    const unit = unitIdOf(user)
    return unit === null ? false : { unit: { equals: unit } }
  }
  return false
}

/** The board records for any unit; a contributor only when they belong to one. */
export const createActivities: Access = ({ req }) => {
  const user = asUser(req.user)
  return isEditorial(user) || (isContributor(user) && unitIdOf(user) !== null)
}

/** Update and delete: the board anything, a contributor their unit's records (status checked in hooks). */
export const changeActivities: Access = ({ req }) => {
  const user = asUser(req.user)
  if (isEditorial(user)) return true
  if (isContributor(user)) {
    const unit = unitIdOf(user)
    return unit === null ? false : { unit: { equals: unit } }
  }
  return false
}

/** Stamps only the server writes. */
export const nobodyWrites: FieldAccess = () => false
