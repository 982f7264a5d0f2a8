import type { Access, CollectionConfig } from 'payload'
import { nobody } from '@/shared/access/rules'
import { hasRole, ROLES, type RoleUser } from '@/shared/access/roles'
import { PRIVACY_ACTION_LABELS, PRIVACY_AUDIT, type PrivacyAction } from '../constants'

/** Administrators, the editor-in-chief and inspectors (viewer) read the trail; nobody edits it. */
const auditReaders: Access = ({ req }) =>
  hasRole(req.user ? (req.user as unknown as RoleUser) : null, ROLES.admin, ROLES.editorInChief, ROLES.viewer)

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
  access: { read: auditReaders, create: nobody, update: nobody, delete: nobody },
  timestamps: false,
  defaultSort: '-at',
  fields: [
    {
      name: 'at',
      label: 'Thời điểm',
      type: 'date',
      required: true,
      index: true,
      admin: { date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm:ss' } },
    },
    { name: 'user', label: 'Tài khoản', type: 'relationship', relationTo: 'users', index: true },
    { name: 'userName', label: 'Người dùng', type: 'text', required: true, maxLength: 200 },
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
