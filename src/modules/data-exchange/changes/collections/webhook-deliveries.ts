import type { CollectionConfig } from 'payload'
import { adminOnly, nobody } from '@/shared/access/rules'
import {
  CHANGE_ACTION_LABELS,
  CHANGE_ACTIONS,
  PUBLICATION_LOG_SLUG,
  WEBHOOK_DELIVERIES_SLUG,
  WEBHOOK_STATUS_LABELS,
  WEBHOOK_SUBSCRIPTIONS_SLUG,
  type WebhookStatus,
} from '../constants'

/**
 * Webhook deliveries, outbox style: one row per (subscription, log entry), retried with backoff by
 * the scheduled task until it is sent or gives up (failed). Administrators read it; nobody writes it
 * through the API.
 */
export const WebhookDeliveries: CollectionConfig = {
  slug: WEBHOOK_DELIVERIES_SLUG,
  labels: { singular: 'Lượt gửi thông báo (webhook)', plural: 'Lượt gửi thông báo (webhook)' },
  admin: {
    group: 'Hệ thống',
    defaultColumns: ['subscription', 'entityType', 'docId', 'action', 'status', 'attempts', 'lastError', 'createdAt'],
    description: 'Các lần gửi thông báo webhook; lượt lỗi được tự gửi lại, hết số lần thì chuyển “Gửi không được”.',
    hidden: ({ user }) => (user as { role?: string } | null)?.role !== 'admin',
  },
  access: { read: adminOnly, create: nobody, update: nobody, delete: nobody },
  fields: [
    {
      name: 'subscription',
      label: 'Đăng ký',
      type: 'relationship',
      relationTo: WEBHOOK_SUBSCRIPTIONS_SLUG,
      required: true,
      index: true,
      // The subscription's queue: deleted with it (its beforeDelete).
      custom: { deletedWithTarget: true },
    },
    { name: 'entry', label: 'Mục nhật ký', type: 'relationship', relationTo: PUBLICATION_LOG_SLUG, required: true },
    { name: 'entityType', label: 'Loại dữ liệu', type: 'text', required: true, maxLength: 60 },
    { name: 'docId', label: 'Mã bản ghi', type: 'number', required: true },
    {
      name: 'action',
      label: 'Thay đổi',
      type: 'select',
      required: true,
      options: CHANGE_ACTIONS.map((value) => ({ value, label: CHANGE_ACTION_LABELS[value] })),
    },
    {
      name: 'status',
      label: 'Trạng thái',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      options: (Object.keys(WEBHOOK_STATUS_LABELS) as WebhookStatus[]).map((value) => ({
        value,
        label: WEBHOOK_STATUS_LABELS[value],
      })),
    },
    { name: 'attempts', label: 'Số lần thử', type: 'number', required: true, defaultValue: 0, min: 0 },
    { name: 'lastStatusCode', label: 'Mã HTTP lần gần nhất', type: 'number' },
    { name: 'lastError', label: 'Lỗi gần nhất', type: 'text', maxLength: 500 },
    {
      name: 'nextAttemptAt',
      label: 'Lần thử tiếp theo',
      type: 'date',
      index: true,
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
    { name: 'sentAt', label: 'Đã gửi lúc', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
  ],
}
