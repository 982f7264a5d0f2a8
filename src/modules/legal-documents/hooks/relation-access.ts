import type { Access, Where } from 'payload'
import { hasRole, isContributor, isEditorial, unitIdOf, type RoleUser } from '@/shared/access/roles'

const asUser = (user: unknown): RoleUser | null => (user ? (user as RoleUser) : null)

const bothPublished: Where = {
  and: [{ 'from.workflowState': { equals: 'published' } }, { 'to.workflowState': { equals: 'published' } }],
}

/**
 * A relation is public when both documents are: a draft must not show up, not even as a link.
 * Contributors also see the relations of their unit's documents.
 */
export const relationReader: Access = ({ req }) => {
  const user = asUser(req.user)
  if (isEditorial(user) || hasRole(user, 'viewer')) return true
  const unit = isContributor(user) ? unitIdOf(user) : null
  return unit === null ? bothPublished : { or: [bothPublished, { 'from.unit': { equals: unit } }] }
}

/** The editorial board changes any relation; a contributor those of their unit's documents. */
export const relationChanger: Access = ({ req }) => {
  const user = asUser(req.user)
  if (isEditorial(user)) return true
  const unit = isContributor(user) ? unitIdOf(user) : null
  return unit === null ? false : { 'from.unit': { equals: unit } }
}

/** The history of a document is public with the document; contributors see their unit's. */
export const historyReader: Access = ({ req }) => {
  const user = asUser(req.user)
  if (isEditorial(user) || hasRole(user, 'viewer')) return true
  const published: Where = { 'document.workflowState': { equals: 'published' } }
  const unit = isContributor(user) ? unitIdOf(user) : null
  return unit === null ? published : { or: [published, { 'document.unit': { equals: unit } }] }
}
