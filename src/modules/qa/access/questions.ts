import type { Access, FieldAccess, Where } from 'payload'
import { hasRole, isChief, isEditorial, ROLES, unitIdOf, type RoleUser } from '@/shared/access/roles'

/**
 * Who may see and handle citizens' questions. Personal data (the asker's contact, the original
 * wording, the attachment) has its own field rules in personal-data.ts.
 */

const asUser = (user: unknown): RoleUser | null => (user ? (user as RoleUser) : null)
const publishedOnly: Where = { status: { equals: 'published' } }

/** Questions assigned to this expert or to the expert's unit. */
export function assignedTo(user: RoleUser): Where {
  const unit = unitIdOf(user)
  const mine: Where[] = [{ assignedExpert: { equals: user.id } }]
  if (unit !== null) mine.push({ assignedUnit: { equals: unit } })
  return { or: mine }
}

/** Board and inspectors read everything; experts their assignments; everyone else published ones. */
export const readQuestions: Access = ({ req }) => {
  const user = asUser(req.user)
  if (isEditorial(user) || hasRole(user, ROLES.viewer)) return true
  if (user && hasRole(user, ROLES.expert)) return { or: [publishedOnly, assignedTo(user)] }
  // The asker's status page: server/find-tracked-question.ts grants one question after checking
  // the private key; field rules still hide personal data and the unpublished answer.
  const grant = req.context?.qaTrackingGrant
  if (typeof grant === 'number' || typeof grant === 'string') return { or: [publishedOnly, { id: { equals: grant } }] }
  return publishedOnly
}

/**
 * Questions come from the public form (the handler sets context.publicSubmission after its
 * anti-spam checks, so the REST API cannot skip them) or are typed in by the board from letters
 * and phone calls.
 */
export const createQuestions: Access = ({ req }) =>
  req.context?.publicSubmission === true || isEditorial(asUser(req.user))

/** The board handles every question; an expert drafts the answers of the questions assigned to them. */
export const updateQuestions: Access = ({ req }) => {
  const user = asUser(req.user)
  if (isEditorial(user)) return true
  if (user && hasRole(user, ROLES.expert)) return { and: [{ status: { equals: 'assigned' } }, assignedTo(user)] }
  return false
}

export const deleteQuestions: Access = ({ req }) => isChief(asUser(req.user))

/** Moderation fields (public wording, classification, assignment, dates): the board only. */
export const boardField: FieldAccess = ({ req }) => isEditorial(asUser(req.user))

/** The answer and its citations: the board and experts (who only reach their assignments). */
export const answerField: FieldAccess = ({ req }) => {
  const user = asUser(req.user)
  return isEditorial(user) || hasRole(user, ROLES.expert)
}

/** Fields filled by the public form on creation, then only by the board. */
export const submissionField: FieldAccess = ({ req }) =>
  req.context?.publicSubmission === true || isEditorial(asUser(req.user))

/** Staff-only fields (internal notes, history): hidden from the public. */
export const staffReadField: FieldAccess = ({ req }) => asUser(req.user) !== null
