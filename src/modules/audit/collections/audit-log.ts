import type { CollectionConfig } from 'payload'
import { auditAccess, auditActorFields } from '@/shared/access/audit-trail'
import { AUDIT_ACTION_LABELS, AUDIT_LOG, type AuditAction } from '../constants'

/**
 * Who did what to accounts, keys, connections and settings, when and from where. Written only by
 * the hooks of ../audit.ts (as the system); append-only through every API, administrators included.
 */
export const AuditLog: CollectionConfig = {
  slug: AUDIT_LOG,
  labels: { singular: 'Nhật ký quản trị', plural: 'Nhật ký quản trị' },
  admin: {
    group: 'Hệ thống',
    useAsTitle: 'target',
    defaultColumns: ['at', 'userName', 'action', 'target', 'fields', 'ip'],
    description:
      'Ai đã tạo, sửa, xóa tài khoản, khóa API, nguồn đồng bộ, webhook, cấu hình trang, ai đăng nhập: vào lúc nào, từ địa chỉ nào. Không ai sửa hoặc xóa được nhật ký này.',
  },
  access: auditAccess,
  timestamps: false,
  defaultSort: '-at',
  fields: [
    ...auditActorFields('Người thực hiện'),
    {
      name: 'action',
      label: 'Hành động',
      type: 'select',
      required: true,
      index: true,
      options: (Object.keys(AUDIT_ACTION_LABELS) as AuditAction[]).map((value) => ({
        value,
        label: AUDIT_ACTION_LABELS[value],
      })),
    },
    { name: 'target', label: 'Đối tượng', type: 'text', required: true, maxLength: 200 },
    { name: 'targetCollection', label: 'Loại', type: 'text', required: true, index: true, maxLength: 60 },
    { name: 'documentId', label: 'Mã', type: 'text', index: true, maxLength: 60 },
    { name: 'fields', label: 'Trường đã đổi', type: 'text', maxLength: 500 },
    { name: 'ip', label: 'Địa chỉ IP', type: 'text', maxLength: 100 },
    { name: 'userAgent', label: 'Trình duyệt', type: 'text', maxLength: 300 },
  ],
}
