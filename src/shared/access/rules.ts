import type { Access, FieldAccess, Where } from 'payload'
import { hasRole, isAdmin, isChief, isContributor, isEditorial, isStaff, ROLES, unitIdOf, type RoleUser } from './roles'

/**
 * Access rules shared by the collections. Each returns true, false, or a query that limits which
 * documents the user may touch.
 */

const asUser = (user: unknown): RoleUser | null => (user ? (user as RoleUser) : null)

export const anyone: Access = () => true
export const nobody: Access = () => false
export const adminOnly: Access = ({ req }) => isAdmin(asUser(req.user))
export const chiefOnly: Access = ({ req }) => isChief(asUser(req.user))
export const editorial: Access = ({ req }) => isEditorial(asUser(req.user))
export const staff: Access = ({ req }) => isStaff(asUser(req.user))

/** Staff who write content: the editorial board and contributors. */
export const writers: Access = ({ req }) => {
  const user = asUser(req.user)
  return isEditorial(user) || isContributor(user)
}

// Workflow collections keep versions without Payload drafts, so there is no `_status` column:
// publication is the workflow state.
const publishedOnly: Where = { workflowState: { equals: 'published' } }

/**
 * Read rule for workflow content: the public sees published documents; the editorial board and
 * inspectors see everything; a contributor also sees every version of their unit's documents.
 */
export const publishedOrWorkflowReader: Access = ({ req }) => {
  const user = asUser(req.user)
  if (isEditorial(user) || hasRole(user, ROLES.viewer)) return true
  if (isContributor(user)) {
    const unit = unitIdOf(user)
    if (unit === null) return publishedOnly
    return { or: [publishedOnly, { unit: { equals: unit } }] }
  }
  return publishedOnly
}

/** Update rule for workflow content: editors update anything, contributors their unit's documents. */
export const workflowUpdater: Access = ({ req }) => {
  const user = asUser(req.user)
  if (isEditorial(user)) return true
  if (isContributor(user)) {
    const unit = unitIdOf(user)
    return unit === null ? false : { unit: { equals: unit } }
  }
  return false
}

/**
 * Records a unit keeps (activity records, unit reports, registry members): the editorial board
 * and inspectors (viewer) read them all, a contributor their own unit's; experts and the public none.
 */
export const unitRecordsReader: Access = (args) => {
  const user = asUser(args.req.user)
  if (hasRole(user, ROLES.viewer)) return true
  return isEditorial(user) || isContributor(user) ? workflowUpdater(args) : false
}

/** The board changes any unit's records; a contributor only their own unit's. */
export const unitRecordsWriter: Access = workflowUpdater

/** The board creates records for any unit; a contributor when they belong to a unit (hooks pin it). */
export const unitRecordsCreator: Access = ({ req }) => {
  const user = asUser(req.user)
  return isEditorial(user) || (isContributor(user) && unitIdOf(user) !== null)
}

/** Delete rule for workflow content: the editorial board only. */
export const workflowDeleter: Access = editorial

/** Field rule: only the editorial board may change this field. */
export const editorialField: FieldAccess = ({ req }) => isEditorial(asUser(req.user))
export const adminField: FieldAccess = ({ req }) => isAdmin(asUser(req.user))
export const staffField: FieldAccess = ({ req }) => isStaff(asUser(req.user))
