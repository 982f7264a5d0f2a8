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

/** Delete rule for workflow content: the editorial board only. */
export const workflowDeleter: Access = editorial

/** Field rule: only the editorial board may change this field. */
export const editorialField: FieldAccess = ({ req }) => isEditorial(asUser(req.user))
export const adminField: FieldAccess = ({ req }) => isAdmin(asUser(req.user))
export const staffField: FieldAccess = ({ req }) => isStaff(asUser(req.user))
