import type { Access, FieldAccess, Payload, Where } from 'payload'
import { DIALOGUES_SLUG } from '../constants'
import { hasRole, isContributor, isEditorial, ROLES, unitIdOf, type RoleUser } from '@/shared/access/roles'

/** Access rules of dialogue comments, one small function each. */

const asUser = (user: unknown): RoleUser | null => (user ? (user as RoleUser) : null)

/**
 * What anyone may read: published comments of published dialogues. The dialogues are looked up
 * first (a province runs dozens, not thousands): a `dialogue.workflowState` condition would make
 * SQLite join every table of the dialogue and exceed its 64-table limit.
 */
export async function publicComments(payload: Payload): Promise<Where> {
  const dialogues = await payload.find({
    collection: DIALOGUES_SLUG,
    where: { workflowState: { equals: 'published' } },
    select: {},
    pagination: false,
    depth: 0,
    overrideAccess: false,
    user: null,
  })
  return {
    and: [{ status: { equals: 'da-dang' } }, { dialogue: { in: dialogues.docs.map((d) => d.id).concat(-1) } }],
  }
}

/**
 * The board, experts and inspectors read every comment; a contributor also reads those on the
 * dialogues of their unit; everyone else only published ones.
 */
export const commentReader: Access = async ({ req }) => {
  const user = asUser(req.user)
  if (isEditorial(user) || hasRole(user, ROLES.expert, ROLES.viewer)) return true
  const unit = isContributor(user) ? unitIdOf(user) : null
  const open = await publicComments(req.payload)
  return unit !== null ? { or: [open, { unit: { equals: unit } }] } : open
}

/**
 * Comments are created only by the public submission use case (after its anti-spam checks), which
 * marks its Local API call with context.publicSubmission; the REST API never sets it.
 */
export const publicSubmissionOnly: Access = ({ req }) => req.context?.publicSubmission === true

/** The board moderates everything; a contributor records decisions on their unit's dialogues. */
export const commentUpdater: Access = async ({ req }) => {
  // A reader's flag (set only by the flag use case, never by REST): every field stays locked to
  // the public, the hook appends the flag.
  if (req.context?.publicFlag && !req.user) return publicComments(req.payload)
  const user = asUser(req.user)
  if (isEditorial(user)) return true
  const unit = isContributor(user) ? unitIdOf(user) : null
  return unit === null ? false : { unit: { equals: unit } }
}

export const boardField: FieldAccess = ({ req }) => isEditorial(asUser(req.user))

/** Decision fields: the board, or a contributor (the collection rule limits them to their unit). */
export const decisionField: FieldAccess = ({ req }) => {
  const user = asUser(req.user)
  return isEditorial(user) || isContributor(user)
}

/** Staff-only bookkeeping (flags, hashes): never public. */
export const staffOnlyField: FieldAccess = ({ req }) => asUser(req.user)?.role != null

/** Set by the system only (hooks), never through the API. */
export const systemField: FieldAccess = () => false
