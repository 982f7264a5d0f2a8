import type { FieldAccess } from 'payload'
import { canHandlePersonalData, personalDataField } from '@/shared/access/personal-data'
import type { RoleUser } from '@/shared/access/roles'

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
