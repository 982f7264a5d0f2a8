import type { FieldAccess } from 'payload'
import { canHandlePersonalData, personalDataField } from '@/shared/access/personal-data'
import { hasRole, ROLES, unitIdOf, type RoleUser } from '@/shared/access/roles'

/**
 * Field rules for the asker's personal data (issue 4 §5): only the roles that handle it
 * (canHandlePersonalData) read or change it; the public form writes it once on creation.
 */
export const canHandleAskerData = (user: unknown): boolean => canHandlePersonalData(user ? (user as RoleUser) : null)

export const askerDataAccess: { read: FieldAccess; create: FieldAccess; update: FieldAccess } = {
  read: personalDataField,
  create: ({ req }) => req.context?.publicSubmission === true || canHandleAskerData(req.user),
  update: personalDataField,
}

/** The personal-data fields whose views and changes go to the audit trail. */
export const ASKER_DATA_FIELDS = ['asker', 'originalTitle', 'originalBody', 'attachment']

const idOf = (value: unknown): string | null => {
  if (value === null || value === undefined || value === '') return null
  if (typeof value === 'object') return 'id' in value ? String((value as { id: unknown }).id) : null
  return String(value)
}

/**
 * The attachment: the board, and the expert the question is assigned to (or an expert of the
 * assigned unit), who needs the citizen's document to answer. Everything else stays board-only.
 */
export const attachmentAccess: { read: FieldAccess; create: FieldAccess; update: FieldAccess } = {
  ...askerDataAccess,
  read: (args) => {
    if (canHandleAskerData(args.req.user)) return true
    const user = args.req.user ? (args.req.user as unknown as RoleUser) : null
    if (!user || !hasRole(user, ROLES.expert)) return false
    const doc = args.doc as { assignedExpert?: unknown; assignedUnit?: unknown } | undefined
    if (!doc) return false
    const unit = unitIdOf(user)
    return idOf(doc.assignedExpert) === String(user.id) || (unit !== null && idOf(doc.assignedUnit) === String(unit))
  },
}
