import type { CollectionConfig } from 'payload'
import { auditAccess, auditActorFields } from '@/shared/access/audit-trail'
import { PRIVACY_ACTION_LABELS, PRIVACY_AUDIT, type PrivacyAction } from '../constants'

/**
 * Who viewed or changed citizens' personal data, when, and in which record. Written only by
 * logPrivacyEvent (as the system); append-only through every API.
 */
export const PrivacyAudit: CollectionConfig = {
  slug: PRIVACY_AUDIT,
  labels: { singular: 'Nhật ký dữ liệu cá nhân', plural: 'Nhật ký dữ liệu cá nhân' },
  admin: {
    group: 'Hệ thống',
    useAsTitle: 'target',
    defaultColumns: ['at', 'userName', 'action', 'target'],
    description: 'Ai đã xem hoặc thay đổi dữ liệu cá nhân của người dân, vào lúc nào, trong hồ sơ nào.',
  },
  access: auditAccess,
  timestamps: false,
  defaultSort: '-at',
  fields: [
    ...auditActorFields('Người dùng'),
    {
      name: 'action',
      label: 'Hành động',
      type: 'select',
      required: true,
      index: true,
      options: (Object.keys(PRIVACY_ACTION_LABELS) as PrivacyAction[]).map((value) => ({
        value,
        label: PRIVACY_ACTION_LABELS[value],
      })),
    },
    { name: 'target', label: 'Đối tượng', type: 'text', required: true, maxLength: 200 },
    { name: 'targetCollection', label: 'Loại hồ sơ', type: 'text', required: true, index: true, maxLength: 60 },
    { name: 'documentId', label: 'Mã hồ sơ', type: 'text', required: true, index: true, maxLength: 60 },
    { name: 'fields', label: 'Trường dữ liệu', type: 'text', maxLength: 500 },
    { name: 'note', label: 'Ghi chú', type: 'text', maxLength: 500 },
  ],
}
