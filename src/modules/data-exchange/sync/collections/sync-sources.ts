import type { CollectionConfig } from 'payload'
import { adminOnly } from '@/shared/access/rules'
import { plainHttpRefusal } from '@/shared/security/outbound-url'
import { sealCredential } from '@/shared/security/secrets'
import {
  DEFAULT_INTERVAL_SECONDS,
  SYNC_API_KEY_PURPOSE,
  SYNC_CONFLICTS_SLUG,
  SYNC_GROUP,
  SYNC_RECORDS_SLUG,
  SYNC_SOURCES_SLUG,
  SYNC_TYPES,
  SYNC_WEBHOOK_SECRET_PURPOSE,
} from '../constants'

const readOnly = { readOnly: true, position: 'sidebar' } as const
/** Written by the system only (the follower's state): never through the API. */
const systemOnly = { create: () => false, update: () => false }
/** Secrets: stored for the follower, never sent back to anyone (the follower reads with overrideAccess). */
const writeOnly = { read: () => false }

/**
 * Sources this portal follows (issue 7 §5): another portal's change feed (/api/open/v1/changes),
 * read with an API key issued there. The follower keeps its place (cursor) and its state here.
 */
export const SyncSources: CollectionConfig = {
  slug: SYNC_SOURCES_SLUG,
  labels: { singular: 'Nguồn đồng bộ', plural: 'Nguồn đồng bộ' },
  admin: {
    useAsTitle: 'name',
    group: SYNC_GROUP,
    defaultColumns: ['name', 'baseUrl', 'enabled', 'lastRunAt', 'lastSuccessAt', 'itemsImported', 'lastError'],
    description:
      'Cổng khác (ví dụ cổng cấp tỉnh) mà cổng này lấy bài viết, văn bản về qua luồng thay đổi. Trạng thái lần chạy gần nhất hiện ở cột bên phải. Xóa một nguồn: các bản sao đã lấy về ở lại như nội dung của cổng này (không còn dòng “Nguồn”); muốn ngừng lấy mà giữ nguồn gốc, hãy bỏ chọn “Đang bật”.',
  },
  access: { read: adminOnly, create: adminOnly, update: adminOnly, delete: adminOnly },
  fields: [
    { name: 'name', label: 'Tên nguồn (hiện trên trang công khai)', type: 'text', required: true, maxLength: 160 },
    {
      name: 'baseUrl',
      label: 'Địa chỉ cổng nguồn',
      type: 'text',
      required: true,
      maxLength: 300,
      admin: { description: 'Ví dụ: https://pbgdpl.longan.gov.vn (không kèm /api).' },
      validate: (value: unknown, options?: { previousValue?: unknown }) => {
        if (typeof value !== 'string') return 'Hãy nhập địa chỉ cổng nguồn.'
        try {
          const url = new URL(value)
          if (url.protocol !== 'http:' && url.protocol !== 'https:')
            return 'Địa chỉ phải bắt đầu bằng http:// hoặc https://.'
          if (url.username || url.password || url.search || url.hash) {
            return 'Địa chỉ không được kèm tên đăng nhập, tham số hay dấu #.'
          }
          // Checked when the address is set or changed (the follower's own state saves must not fail on an
          // address saved before the rule); fetchPage refuses to send the key to it anyway.
          return (value !== options?.previousValue && plainHttpRefusal(url)) || true
        } catch {
          return 'Địa chỉ cổng nguồn không hợp lệ.'
        }
      },
    },
    {
      name: 'newApiKey',
      label: 'Khóa API do cổng nguồn cấp',
      type: 'text',
      virtual: true,
      maxLength: 200,
      admin: {
        description:
          'Chỉ nhập khi thêm nguồn hoặc đổi khóa. Khóa được lưu lại nhưng không bao giờ hiện ra nữa; để trống để giữ khóa cũ.',
        autoComplete: 'off',
      },
    },
    { name: 'apiKey', type: 'text', access: writeOnly, admin: { hidden: true } },
    { name: 'apiKeyHint', label: 'Đuôi khóa API', type: 'text', admin: readOnly },
    {
      name: 'newWebhookSecret',
      label: 'Khóa bí mật webhook (tùy chọn)',
      type: 'text',
      virtual: true,
      maxLength: 200,
      admin: {
        description:
          'Khóa bí mật của đăng ký webhook tạo ở cổng nguồn, để cổng nguồn báo có thay đổi ngay (POST /api/dong-bo/webhook/<mã nguồn>). Không hiện lại sau khi lưu.',
        autoComplete: 'off',
      },
    },
    { name: 'webhookSecret', type: 'text', access: writeOnly, admin: { hidden: true } },
    { name: 'hasWebhookSecret', label: 'Đã có khóa webhook', type: 'checkbox', admin: readOnly },
    {
      name: 'types',
      label: 'Loại dữ liệu lấy về',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: SYNC_TYPES.map((t) => t.value),
      options: SYNC_TYPES.map(({ value, label }) => ({ value, label })),
      admin: {
        description:
          'Thêm một loại: lần chạy sau đọc lại luồng thay đổi từ đầu để lấy cả các bản ghi cũ của loại đó (bản đã có không bị ghi lại).',
      },
    },
    {
      name: 'fallbackSection',
      label: 'Chuyên mục cho bài viết không có chuyên mục tương ứng',
      type: 'relationship',
      relationTo: 'sections',
      admin: { description: 'Để trống: dùng (hoặc tạo) chuyên mục “Tin từ cổng khác”.' },
    },
    {
      name: 'intervalSeconds',
      label: 'Chu kỳ lấy dữ liệu (giây)',
      type: 'number',
      required: true,
      min: 5,
      max: 86_400,
      defaultValue: DEFAULT_INTERVAL_SECONDS,
    },
    { name: 'enabled', label: 'Đang bật', type: 'checkbox', defaultValue: true },
    { name: 'cursor', label: 'Vị trí đã đọc (cursor)', type: 'text', access: systemOnly, admin: { readOnly: true } },
    { name: 'lastRunAt', label: 'Lần chạy gần nhất', type: 'date', access: systemOnly, admin: readOnly },
    { name: 'lastSuccessAt', label: 'Lần thành công gần nhất', type: 'date', access: systemOnly, admin: readOnly },
    { name: 'lastError', label: 'Lỗi gần nhất', type: 'textarea', access: systemOnly, admin: readOnly },
    {
      name: 'itemsImported',
      label: 'Số bản ghi đã lấy về',
      type: 'number',
      defaultValue: 0,
      access: systemOnly,
      admin: readOnly,
    },
    {
      name: 'leaseUntil',
      label: 'Đang chạy đến',
      type: 'date',
      access: systemOnly,
      admin: { ...readOnly, description: 'Một lần chạy giữ nguồn đến thời điểm này, để hai máy chủ không chạy trùng.' },
    },
    { name: 'leaseOwner', type: 'text', access: systemOnly, admin: { hidden: true } },
  ],
  hooks: {
    // A source deleted takes its bookkeeping with it: the provenance rows (their copies stay, as this
    // portal's own content) and its conflicts and rejections, which nobody could resolve any more.
    // One statement each, in the delete's transaction; no hooks run on these rows.
    beforeDelete: [
      async ({ id, req }) => {
        for (const collection of [SYNC_RECORDS_SLUG, SYNC_CONFLICTS_SLUG] as const) {
          await req.payload.db.deleteMany({ collection, where: { syncSource: { equals: id } }, req })
        }
      },
    ],
    beforeChange: [
      ({ data, originalDoc, operation }) => {
        // A type added, or another address: the feed is read again from its start, so the earlier
        // records of that type (or of that portal) come in too. Those already here are compared by
        // hash and left alone: the feed carries each record as it is now, not its history.
        if (operation === 'update' && originalDoc?.cursor) {
          const before = new Set<string>(originalDoc.types ?? [])
          const added = Array.isArray(data.types) && data.types.some((t: string) => !before.has(t))
          const moved = typeof data.baseUrl === 'string' && data.baseUrl !== originalDoc.baseUrl
          if (added || moved) data.cursor = null
        }
        // The hints follow the secrets; a client cannot set them on their own.
        delete data.apiKeyHint
        delete data.hasWebhookSecret
        const key = typeof data.newApiKey === 'string' ? data.newApiKey.trim() : ''
        if (key) {
          data.apiKey = sealCredential(SYNC_API_KEY_PURPOSE, key)
          data.apiKeyHint = `…${key.slice(-4)}`
        }
        const secret = typeof data.newWebhookSecret === 'string' ? data.newWebhookSecret.trim() : ''
        if (secret) {
          data.webhookSecret = sealCredential(SYNC_WEBHOOK_SECRET_PURPOSE, secret)
          data.hasWebhookSecret = true
        }
        delete data.newApiKey
        delete data.newWebhookSecret
        return data
      },
    ],
  },
}
