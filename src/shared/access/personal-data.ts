import type { FieldAccess } from 'payload'
import { hasRole, ROLES, type RoleUser } from './roles'

/**
 * Personal data of citizens (an asker's or commenter's name, e-mail, phone, address) is seen and
 * changed only by the people who handle their requests: administrators, the editor-in-chief and
 * editors. Experts, contributors, inspectors (viewer) and the public never get it.
 */
export const canHandlePersonalData = (user: RoleUser | null | undefined): boolean =>
  hasRole(user, ROLES.admin, ROLES.editorInChief, ROLES.editor)

/**
 * Read/update rule for personal-data fields. Not for `create`: an anonymous citizen fills these
 * fields in when asking (the collection's create access decides who may create).
 */
export const personalDataField: FieldAccess = ({ req }) =>
  canHandlePersonalData(req.user ? (req.user as unknown as RoleUser) : null)
