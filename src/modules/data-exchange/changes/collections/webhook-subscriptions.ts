import { randomBytes } from 'node:crypto'
import { ValidationError, type CollectionConfig } from 'payload'
import { adminOnly } from '@/shared/access/rules'
import { ENTITY_TYPES } from '../../open-api/entities'
import { plainHttpRefusal } from '@/shared/security/outbound-url'
import { sealCredential } from '@/shared/security/secrets'
import { WEBHOOK_DELIVERIES_SLUG, WEBHOOK_SECRET_PURPOSE, WEBHOOK_SUBSCRIPTIONS_SLUG } from '../constants'

export const newWebhookSecret = (): string => `whsec_${randomBytes(32).toString('base64url')}`

function validUrl(value: unknown, options?: { previousValue?: unknown }): true | string {
  if (typeof value !== 'string' || value.trim() === '') return 'Hãy nhập địa chỉ nhận thông báo.'
  try {
    const url = new URL(value)
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'Địa chỉ phải bắt đầu bằng http:// hoặc https://.'
    if (url.username || url.password) return 'Địa chỉ không được chứa tên đăng nhập hay mật khẩu.'
    // Checked when the address is set or changed; one saved before is refused when a delivery is sent.
    return (value !== options?.previousValue && plainHttpRefusal(url)) || true
  } catch {
    return 'Địa chỉ không hợp lệ (ví dụ https://don-vi.gov.vn/nhan-thong-bao).'
  }
}

/**
 * Push webhooks (issue 7 §5): where to POST each publication-log entry, signed with the
 * subscription's secret. The secret is stored (it is needed to sign) but never read back through
 * the API: it is in the response of the save that set it (`issuedKey`), shown once by the admin.
 */
export const WebhookSubscriptions: CollectionConfig = {
  slug: WEBHOOK_SUBSCRIPTIONS_SLUG,
  labels: { singular: 'Đăng ký nhận thông báo (webhook)', plural: 'Đăng ký nhận thông báo (webhook)' },
  admin: {
    useAsTitle: 'name',
    group: 'Hệ thống',
    defaultColumns: ['name', 'url', 'types', 'active', 'updatedAt'],
    description:
      'Mỗi khi dữ liệu mở thay đổi (công bố, sửa, thôi công khai, xóa), cổng gửi POST có chữ ký HMAC tới địa chỉ này.',
    hidden: ({ user }) => (user as { role?: string } | null)?.role !== 'admin',
  },
  access: { read: adminOnly, create: adminOnly, update: adminOnly, delete: adminOnly },
  fields: [
    { name: 'name', label: 'Tên đơn vị, ứng dụng nhận', type: 'text', required: true, maxLength: 160 },
    {
      name: 'url',
      label: 'Địa chỉ nhận (URL)',
      type: 'text',
      required: true,
      maxLength: 500,
      validate: validUrl,
    },
    {
      name: 'types',
      label: 'Loại dữ liệu',
      type: 'select',
      hasMany: true,
      options: ENTITY_TYPES.map((e) => ({ value: e.type, label: `${e.label} (${e.type})` })),
      admin: { description: 'Để trống để nhận mọi loại.' },
    },
    { name: 'active', label: 'Đang hoạt động', type: 'checkbox', defaultValue: true },
    {
      name: 'newSecret',
      label: 'Khóa bí mật mới',
      type: 'text',
      virtual: true,
      minLength: 32,
      maxLength: 200,
      admin: {
        description:
          'Tùy chọn, ít nhất 32 ký tự. Để trống khi tạo mới thì hệ thống tự sinh khóa; khóa chỉ hiện một lần sau khi lưu.',
      },
    },
    {
      name: 'rotateSecret',
      label: 'Sinh khóa bí mật mới khi lưu',
      type: 'checkbox',
      virtual: true,
      admin: { description: 'Khóa cũ hết hiệu lực ngay. Khóa mới chỉ hiện một lần sau khi lưu.' },
    },
    // Only on the response to the save that set a secret; never stored, never read back.
    { name: 'issuedKey', type: 'text', virtual: true, admin: { hidden: true } },
    {
      name: 'issuedSecretNotice',
      type: 'ui',
      admin: { components: { Field: '@/modules/data-exchange/changes/admin/issued-secret#IssuedSecretNotice' } },
    },
    {
      name: 'secret',
      type: 'text',
      admin: { hidden: true },
      // Needed to sign: stored sealed under the installation's secret; only the delivery task
      // opens it (overrideAccess).
      access: { read: () => false },
    },
    { name: 'secretHint', label: 'Đuôi khóa bí mật', type: 'text', admin: { readOnly: true } },
  ],
  hooks: {
    // A delivery cannot outlive its subscription (its column is NOT NULL): deleting a subscription
    // deletes its deliveries first, in the same transaction. System work: deliveries are closed to
    // every API user, and only an administrator can get here (delete access).
    beforeDelete: [
      async ({ id, req }) => {
        await req.payload.delete({
          collection: WEBHOOK_DELIVERIES_SLUG,
          where: { subscription: { equals: id } },
          overrideAccess: true,
          req,
        })
      },
    ],
    beforeChange: [
      ({ data, operation, context, req }) => {
        const given = typeof data.newSecret === 'string' ? data.newSecret.trim() : ''
        // Checked here: Payload does not run minLength/maxLength on a virtual field.
        if (given && (given.length < 32 || given.length > 200)) {
          const message = 'Khóa bí mật phải dài từ 32 đến 200 ký tự.'
          throw new ValidationError(
            { collection: WEBHOOK_SUBSCRIPTIONS_SLUG, errors: [{ path: 'newSecret', message }] },
            req.t,
          )
        }
        if (operation === 'create' || data.rotateSecret === true || given) {
          const secret = given || newWebhookSecret()
          context.issuedWebhookSecret = secret
          data.secret = sealCredential(WEBHOOK_SECRET_PURPOSE, secret)
          data.secretHint = `…${secret.slice(-4)}`
        } else {
          delete data.secret
        }
        delete data.newSecret
        delete data.rotateSecret
        delete data.issuedKey
        return data
      },
    ],
    afterChange: [
      ({ doc, context }) => {
        const { secret: _secret, ...rest } = doc as Record<string, unknown>
        return typeof context.issuedWebhookSecret === 'string'
          ? { ...rest, issuedKey: context.issuedWebhookSecret, rotateSecret: false }
          : rest
      },
    ],
  },
}
