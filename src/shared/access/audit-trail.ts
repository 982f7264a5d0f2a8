import type { Access, CollectionConfig, Field } from 'payload'
import { nobody } from './rules'
import { hasRole, ROLES, type RoleUser } from './roles'

/**
 * What the portal's two audit trails share (privacy-audit for personal data, audit-log for
 * privileged actions): who reads them, that nobody writes them through any API, and who acted.
 */

/** Administrators, the editor-in-chief and inspectors (viewer) read a trail; nobody edits it. */
export const auditReaders: Access = ({ req }) =>
  hasRole(req.user ? (req.user as unknown as RoleUser) : null, ROLES.admin, ROLES.editorInChief, ROLES.viewer)

export const auditAccess: CollectionConfig['access'] = {
  read: auditReaders,
  create: nobody,
  update: nobody,
  delete: nobody,
}

/** When, and which staff account (if any) acted. */
export const auditActorFields = (userNameLabel: string): Field[] => [
  {
    name: 'at',
    label: 'Thời điểm',
    type: 'date',
    required: true,
    index: true,
    admin: { date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm:ss' } },
  },
  { name: 'user', label: 'Tài khoản', type: 'relationship', relationTo: 'users', index: true },
  { name: 'userName', label: userNameLabel, type: 'text', required: true, maxLength: 200 },
]

type AuditUser = { id: number | string; email?: string | null; name?: string | null; collection?: string }

/** The acting staff account's id (null for the system or a contestant) and how it is named. */
export function auditActor(value: unknown): { user: number | null; userName: string } {
  const user = value && typeof value === 'object' && 'id' in value ? (value as AuditUser) : null
  const isStaff = user !== null && (user.collection === undefined || user.collection === 'users')
  return {
    user: isStaff ? (user.id as number) : null,
    userName: user ? (user.name ? `${user.name} <${user.email ?? ''}>` : (user.email ?? `#${user.id}`)) : 'Hệ thống',
  }
}
