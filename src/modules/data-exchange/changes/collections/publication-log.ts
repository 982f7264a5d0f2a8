import type { CollectionConfig } from 'payload'
import { adminOnly, nobody } from '@/shared/access/rules'
import { CHANGE_ACTION_LABELS, CHANGE_ACTIONS, PUBLICATION_LOG_SLUG } from '../constants'
import { queueDeliveries } from '../queue'

/**
 * The publication log (issue 7 §3): one row each time a document becomes public, changes while
 * public, stops being public or is deleted while public. Its auto-increment id is the sequence
 * number of the change feed. Written only by the hooks of withPublicationLog and by the backfill,
 * as the system; administrators may read it, nobody writes it through the API.
 */
export const PublicationLog: CollectionConfig = {
  slug: PUBLICATION_LOG_SLUG,
  labels: { singular: 'Nhật ký công bố', plural: 'Nhật ký công bố' },
  admin: {
    group: 'Hệ thống',
    useAsTitle: 'entityType',
    defaultColumns: ['id', 'entityType', 'docId', 'action', 'at'],
    description:
      'Mỗi lần một bản ghi được công bố, sửa khi đang công khai, thôi công khai hoặc bị xóa (nguồn của /api/open/v1/changes).',
    hidden: ({ user }) => (user as { role?: string } | null)?.role !== 'admin',
  },
  access: { read: adminOnly, create: nobody, update: nobody, delete: nobody },
  hooks: {
    afterChange: [
      async ({ doc, operation, req }) => {
        if (operation === 'create') await queueDeliveries(req, doc)
        return doc
      },
    ],
  },
  fields: [
    { name: 'entityType', label: 'Loại dữ liệu', type: 'text', required: true, index: true, maxLength: 60 },
    { name: 'collection', label: 'Bộ sưu tập', type: 'text', required: true, maxLength: 60 },
    { name: 'docId', label: 'Mã bản ghi', type: 'number', required: true, index: true },
    {
      name: 'action',
      label: 'Thay đổi',
      type: 'select',
      required: true,
      options: CHANGE_ACTIONS.map((value) => ({ value, label: CHANGE_ACTION_LABELS[value] })),
    },
    {
      name: 'at',
      label: 'Lúc',
      type: 'date',
      required: true,
      index: true,
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
  ],
}
