import type { CollectionConfig } from 'payload'
import { personalDataAudit } from '@/modules/privacy/audit'
import { adminOnly, nobody } from '@/shared/access/rules'
import { OUTBOX_MAILS, OUTBOX_STATUS_LABELS, type OutboxStatus } from '../constants'

/**
 * Outgoing e-mail: every mail to a citizen is stored before it is sent, so a confirmation survives
 * an SMTP outage and is retried. Administrators can read it (it holds addresses); nobody writes it
 * through the API — only enqueueMail and the scheduled retry do, as the system.
 */
// Opening a mail shows a citizen's address and words: it goes to the personal-data audit trail.
const audit = personalDataAudit(OUTBOX_MAILS, ['to', 'text'])

export const OutboxMails: CollectionConfig = {
  slug: OUTBOX_MAILS,
  labels: { singular: 'Thư chờ gửi', plural: 'Hộp thư đi' },
  admin: {
    group: 'Hệ thống',
    useAsTitle: 'subject',
    defaultColumns: ['subject', 'to', 'kind', 'status', 'attempts', 'nextAttemptAt', 'createdAt'],
    description: 'Thư điện tử gửi cho người dân; thư gửi lỗi được hệ thống tự gửi lại.',
  },
  access: { read: adminOnly, create: nobody, update: nobody, delete: nobody },
  hooks: { afterRead: [audit.afterRead] },
  fields: [
    { name: 'to', label: 'Người nhận', type: 'email', required: true },
    { name: 'subject', label: 'Tiêu đề', type: 'text', required: true, maxLength: 300 },
    { name: 'text', label: 'Nội dung', type: 'textarea', required: true },
    { name: 'html', label: 'Nội dung HTML', type: 'textarea', admin: { condition: () => false } },
    { name: 'kind', label: 'Loại thư', type: 'text', required: true, index: true, maxLength: 60 },
    { name: 'ref', label: 'Liên quan đến', type: 'text', index: true, maxLength: 200 },
    {
      name: 'status',
      label: 'Trạng thái',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      options: (Object.keys(OUTBOX_STATUS_LABELS) as OutboxStatus[]).map((value) => ({
        value,
        label: OUTBOX_STATUS_LABELS[value],
      })),
    },
    { name: 'attempts', label: 'Số lần thử', type: 'number', required: true, defaultValue: 0, min: 0 },
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
