import type { Access, CollectionConfig, FieldAccess } from 'payload'
import { ROLE_OPTIONS, ROLES, isAdmin, isEditorial, type RoleUser } from '@/shared/access/roles'
import { noMarkup } from '@/shared/fields/common'

export const USERS_SLUG = 'users'

const asUser = (u: unknown): RoleUser | null => (u ? (u as RoleUser) : null)

/** Administrators see everyone; the editorial board sees staff names; others see themselves. */
const readUsers: Access = ({ req }) => {
  const user = asUser(req.user)
  if (!user) return false
  if (isAdmin(user) || isEditorial(user)) return true
  return { id: { equals: user.id } }
}

const adminOrSelf: Access = ({ req }) => {
  const user = asUser(req.user)
  if (!user) return false
  if (isAdmin(user)) return true
  return { id: { equals: user.id } }
}

const adminOnlyField: FieldAccess = ({ req }) => isAdmin(asUser(req.user))

export const Users: CollectionConfig = {
  slug: USERS_SLUG,
  labels: { singular: 'Người dùng', plural: 'Người dùng' },
  auth: {
    // Login throttling: five wrong passwords lock the account for 10 minutes.
    maxLoginAttempts: 5,
    lockTime: 10 * 60 * 1000,
    tokenExpiration: 8 * 60 * 60,
    useSessions: true,
    cookies: { sameSite: 'Lax', secure: process.env.NODE_ENV === 'production' && process.env.INSECURE_COOKIES !== '1' },
  },
  admin: {
    useAsTitle: 'name',
    group: 'Tổ chức',
    defaultColumns: ['name', 'email', 'role', 'unit'],
    listSearchableFields: ['name', 'email'],
  },
  access: {
    read: readUsers,
    create: ({ req }) => isAdmin(asUser(req.user)),
    update: adminOrSelf,
    delete: ({ req }) => isAdmin(asUser(req.user)),
    admin: ({ req }) => !!req.user,
  },
  hooks: {
    beforeChange: [
      async ({ data, operation, req }) => {
        if (operation !== 'create') return data
        // The first account of a new installation (Payload's "create first user" screen) administers it.
        const existing = await req.payload.count({ collection: USERS_SLUG, overrideAccess: true, req })
        return existing.totalDocs === 0 ? { ...data, role: ROLES.admin } : data
      },
    ],
  },
  fields: [
    { name: 'name', label: 'Họ và tên', type: 'text', required: true, maxLength: 120, validate: noMarkup },
    {
      name: 'role',
      label: 'Vai trò',
      type: 'select',
      required: true,
      defaultValue: ROLES.contributor,
      options: ROLE_OPTIONS,
      saveToJWT: true,
      access: { create: adminOnlyField, update: adminOnlyField },
      admin: { position: 'sidebar' },
    },
    {
      name: 'unit',
      label: 'Đơn vị công tác',
      type: 'relationship',
      relationTo: 'units',
      saveToJWT: true,
      access: { create: adminOnlyField, update: adminOnlyField },
      admin: { position: 'sidebar', description: 'Bắt buộc với cộng tác viên: chỉ viết bài cho đơn vị này.' },
      validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) =>
        siblingData.role === ROLES.contributor && !value ? 'Cộng tác viên phải thuộc một đơn vị.' : true,
    },
    { name: 'position', label: 'Chức vụ', type: 'text', maxLength: 120, validate: noMarkup },
    { name: 'phone', label: 'Điện thoại', type: 'text', maxLength: 30 },
  ],
}
