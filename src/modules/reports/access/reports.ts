import type { Access, FieldAccess } from 'payload'
import { hasRole, isContributor, isEditorial, ROLES, type RoleUser } from '@/shared/access/roles'
import { unitRecordsCreator, unitRecordsReader, unitRecordsWriter } from '@/shared/access/rules'

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

export const reportReader: Access = unitRecordsReader

export const reportWriter: Access = unitRecordsWriter

/** Creation: the board, or a contributor with a unit (the lifecycle hook checks it is their unit). */
export const reportCreator: Access = unitRecordsCreator

/** Fields only the lifecycle hook writes. */
export const hookOnly: FieldAccess = () => false
