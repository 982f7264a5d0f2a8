import type { CollectionConfig } from 'payload'
import { staff } from '@/shared/access/rules'
import { noMarkup } from '@/shared/fields/common'
import { REPORT_PERIODS_SLUG, REPORT_STATUSES, REPORTS_ADMIN_GROUP, UNIT_REPORTS_SLUG } from '../constants'

/** One unit's report for one period: the answers to the period's indicators and its review. */
export const UnitReports: CollectionConfig = {
  slug: UNIT_REPORTS_SLUG,
  labels: { singular: 'Báo cáo của đơn vị', plural: 'Báo cáo của đơn vị' },
  admin: {
    useAsTitle: 'title',
    group: REPORTS_ADMIN_GROUP,
    defaultColumns: ['title', 'period', 'unit', 'status', 'submittedAt'],
  },
  access: { read: staff, create: staff, update: staff, delete: staff },
  fields: [
    { name: 'title', label: 'Tên báo cáo', type: 'text', maxLength: 300, admin: { readOnly: true } },
    {
      name: 'period',
      label: 'Kỳ báo cáo',
      type: 'relationship',
      relationTo: REPORT_PERIODS_SLUG,
      required: true,
      index: true,
    },
    { name: 'unit', label: 'Đơn vị', type: 'relationship', relationTo: 'units', required: true, index: true },
    {
      name: 'values',
      label: 'Số liệu, nội dung báo cáo',
      type: 'json',
      admin: { description: 'Giá trị của từng chỉ tiêu, theo mã chỉ tiêu.' },
    },
    {
      name: 'attachments',
      label: 'Tệp đính kèm',
      type: 'upload',
      relationTo: 'activity-evidence',
      hasMany: true,
      maxRows: 20,
    },
    {
      name: 'status',
      label: 'Tình trạng',
      type: 'select',
      required: true,
      index: true,
      defaultValue: 'draft',
      options: REPORT_STATUSES.map((s) => ({ ...s })),
      admin: { position: 'sidebar' },
    },
    { name: 'submittedAt', label: 'Ngày gửi', type: 'date', admin: { position: 'sidebar', readOnly: true } },
    { name: 'reviewedAt', label: 'Ngày xử lý', type: 'date', admin: { position: 'sidebar', readOnly: true } },
    {
      name: 'reviewedBy',
      label: 'Người xử lý',
      type: 'relationship',
      relationTo: 'users',
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'reviewComment',
      label: 'Ý kiến khi tiếp nhận hoặc trả lại',
      type: 'textarea',
      maxLength: 3000,
      validate: noMarkup,
      admin: { position: 'sidebar' },
    },
    {
      name: 'history',
      label: 'Lịch sử',
      type: 'array',
      admin: { readOnly: true },
      fields: [
        { name: 'at', label: 'Thời điểm', type: 'date', required: true },
        { name: 'action', label: 'Thao tác', type: 'text', maxLength: 60, required: true },
        { name: 'by', label: 'Người thực hiện', type: 'relationship', relationTo: 'users' },
        { name: 'note', label: 'Ghi chú', type: 'textarea', maxLength: 3000 },
      ],
    },
  ],
  indexes: [{ fields: ['period', 'unit'], unique: true }],
}
