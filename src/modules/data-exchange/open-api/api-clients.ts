import { createHash, randomBytes } from 'node:crypto'
import type { CollectionConfig } from 'payload'
import { isAdmin, type RoleUser } from '@/shared/access/roles'

export const API_CLIENTS_SLUG = 'api-clients'
/** Requests per minute of a client with a key unless the admin sets another figure. */
export const DEFAULT_CLIENT_LIMIT = 600

export const hashApiKey = (key: string): string => createHash('sha256').update(key).digest('hex')
export const newApiKey = (): string => `pbgdpl_${randomBytes(24).toString('base64url')}`

const adminOnly = ({ req }: { req: { user?: unknown } }) => isAdmin(req.user as RoleUser | null)

/**
 * Clients of the open API (issue 7 §2) with a key for a higher rate limit. Only the key's SHA-256
 * is stored; the key itself is in the response to the save that issued it (REST/Local API
 * `issuedKey`), and nowhere else. The admin shows that response's key once, with a copy button
 * (admin/issued-key.tsx): the edit view's own save response, not the document reloaded afterwards.
 */
export const ApiClients: CollectionConfig = {
  slug: API_CLIENTS_SLUG,
  labels: { singular: 'Khóa API dữ liệu mở', plural: 'Khóa API dữ liệu mở' },
  admin: {
    useAsTitle: 'name',
    group: 'Hệ thống',
    defaultColumns: ['name', 'rateLimit', 'active', 'keyHint', 'updatedAt'],
    description: 'Khóa cho đơn vị dùng API dữ liệu mở (/api/open/v1) với hạn mức cao hơn khách vô danh.',
  },
  access: { read: adminOnly, create: adminOnly, update: adminOnly, delete: adminOnly },
  fields: [
    { name: 'name', label: 'Tên đơn vị, ứng dụng', type: 'text', required: true, maxLength: 160 },
    {
      name: 'rateLimit',
      label: 'Hạn mức (yêu cầu mỗi phút)',
      type: 'number',
      required: true,
      min: 1,
      max: 100_000,
      defaultValue: DEFAULT_CLIENT_LIMIT,
    },
    { name: 'active', label: 'Đang hoạt động', type: 'checkbox', defaultValue: true },
    {
      name: 'rotateKey',
      label: 'Cấp khóa mới khi lưu',
      type: 'checkbox',
      virtual: true,
      // Payload makes virtual fields read-only in the admin unless told otherwise; this one is an input.
      admin: { readOnly: false, description: 'Khóa cũ hết hiệu lực ngay. Khóa mới chỉ hiện một lần sau khi lưu.' },
    },
    {
      // Only ever set on the response to the save that issued a key (afterChange below); never stored,
      // never read back. The admin shows it through the `issuedKeyNotice` component, not as a field.
      name: 'issuedKey',
      type: 'text',
      virtual: true,
      admin: { hidden: true },
    },
    {
      name: 'issuedKeyNotice',
      type: 'ui',
      admin: { components: { Field: '@/modules/data-exchange/open-api/admin/issued-key#IssuedKeyNotice' } },
    },
    { name: 'keyHash', type: 'text', index: true, admin: { hidden: true } },
    { name: 'keyHint', label: 'Đuôi khóa', type: 'text', admin: { readOnly: true } },
  ],
  hooks: {
    beforeChange: [
      ({ data, operation, context }) => {
        if (operation === 'create' || data.rotateKey === true) {
          const key = newApiKey()
          context.issuedApiKey = key
          data.keyHash = hashApiKey(key)
          data.keyHint = `…${key.slice(-4)}`
        }
        delete data.rotateKey
        delete data.issuedKey
        return data
      },
    ],
    afterChange: [
      ({ doc, context }) =>
        typeof context.issuedApiKey === 'string' ? { ...doc, issuedKey: context.issuedApiKey, rotateKey: false } : doc,
    ],
  },
}
