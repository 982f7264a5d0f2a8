import {
  ValidationError,
  type Access,
  type CollectionBeforeOperationHook,
  type CollectionConfig,
  type FieldAccess,
} from 'payload'
import { ROLE_OPTIONS, ROLES, isAdmin, isEditorial, type RoleUser } from '@/shared/access/roles'
import { noMarkup } from '@/shared/fields/common'
import { passwordProblem } from '@/shared/security/password-policy'
import { mfaEndpoints } from '../mfa/endpoints'
import { mfaFields } from '../mfa/fields'

export const USERS_SLUG = 'users'

const asUser = (u: unknown): RoleUser | null => (u ? (u as RoleUser) : null)

/** Administrators see everyone; the editorial board sees staff names; others see themselves. */
const readUsers: Access = ({ req }) => {
  const user = asUser(req.user)
  if (!user) return false
  if (isAdmin(user) || isEditorial(user)) return true
  return { id: { equals: user.id } }
}

/**
 * Administrators change any account; others their own — but not while their session still owes
 * its two-factor code (someone holding only the password must not change the password or email).
 */
const adminOrSelf: Access = ({ req }) => {
  const user = asUser(req.user)
  if (!user || user._mfaPending) return false
  if (isAdmin(user)) return true
  return { id: { equals: user.id } }
}

const adminOnlyField: FieldAccess = ({ req }) => isAdmin(asUser(req.user))

/**
 * Every new password — an account created, a password changed, a reset by e-mail, the first user —
 * meets the policy of src/shared/security/password-policy.ts. Only the demo seed may keep the
 * published demo password (context.demoPassword).
 */
const enforcePasswordPolicy: CollectionBeforeOperationHook = async ({ args, operation, req, context }) => {
  const data = (args as { data?: Record<string, unknown> }).data
  if (operation === 'login' || !data || typeof data.password !== 'string') return args
  if (context?.demoPassword === true) return args
  let account = {
    email: typeof data.email === 'string' ? data.email : null,
    name: typeof data.name === 'string' ? data.name : null,
  }
  const id = (args as { id?: number | string }).id
  if (id !== undefined && (!account.email || !account.name)) {
    // The account being changed, read as the system only to compare the password with its names.
    const doc = await req.payload
      .findByID({ collection: USERS_SLUG, id, depth: 0, overrideAccess: true, req, disableErrors: true })
      .catch(() => null)
    account = {
      email: account.email ?? doc?.email ?? null,
      name: account.name ?? (doc as { name?: string } | null)?.name ?? null,
    }
  }
  const problem = passwordProblem(data.password, account)
  if (problem)
    throw new ValidationError({ collection: USERS_SLUG, errors: [{ message: problem, path: 'password' }] }, req.t)
  return args
}

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
    defaultColumns: ['name', 'email', 'role', 'unit', 'mfaEnabled'],
    listSearchableFields: ['name', 'email'],
  },
  access: {
    read: readUsers,
    create: ({ req }) => isAdmin(asUser(req.user)),
    update: adminOrSelf,
    delete: ({ req }) => isAdmin(asUser(req.user)),
    // A session that still owes its two-factor code is sent to the admin's "unauthorized" view,
    // which is our second-step screen (./mfa/ui).
    admin: ({ req }) => !!req.user && !asUser(req.user)?._mfaPending,
  },
  endpoints: mfaEndpoints,
  hooks: {
    beforeOperation: [enforcePasswordPolicy],
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
    ...mfaFields,
  ],
}
