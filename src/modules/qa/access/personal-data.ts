import type { FieldAccess } from 'payload'
import { isEditorial, type RoleUser } from '@/shared/access/roles'

/**
 * Field rules for the asker's personal data (issue 4 §5): only the roles that handle it read or
 * change it; the public form writes it once on creation.
 * NOTE: mirrors the shared canHandlePersonalData rule (the editorial board); switch to
 * src/shared/access/personal-data.ts once it is in the tree.
 */
const asUser = (user: unknown): RoleUser | null => (user ? (user as RoleUser) : null)

export const canHandleAskerData = (user: unknown): boolean => isEditorial(asUser(user))

export const askerDataAccess: { read: FieldAccess; create: FieldAccess; update: FieldAccess } = {
  read: ({ req }) => canHandleAskerData(req.user),
  create: ({ req }) => req.context?.publicSubmission === true || canHandleAskerData(req.user),
  update: ({ req }) => canHandleAskerData(req.user),
}
