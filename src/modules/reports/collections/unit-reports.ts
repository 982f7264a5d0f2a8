import type { CollectionConfig } from 'payload'
import { editorial } from '@/shared/access/rules'
import { noMarkup } from '@/shared/fields/common'
import { REPORT_PERIODS_SLUG, REPORT_STATUSES, REPORTS_ADMIN_GROUP, UNIT_REPORTS_SLUG } from '../constants'
import { hookOnly, reportCreator, reportReader, reportWriter } from '../access/reports'
import { applyReportAction } from '../hooks/apply-report-action'
import { verifyReportedActivities } from '../hooks/verify-activities'
import { REPORT_ACTION_LABELS, REPORT_ACTIONS } from '../states'

const locked = { create: hookOnly, update: hookOnly }
const sidebar = { position: 'sidebar' as const, readOnly: true }
const day = { date: { pickerAppearance: 'dayAndTime' as const, displayFormat: 'dd/MM/yyyy HH:mm' } }

/**
 * One unit's report for one period: the answers to the period's indicators and its review. Status,
 * dates, review and history are written only by the lifecycle hook (applyReportAction).
 */
export const UnitReports: CollectionConfig = {
  slug: UNIT_REPORTS_SLUG,
  labels: { singular: 'Báo cáo của đơn vị', plural: 'Báo cáo của đơn vị' },
  admin: {
    useAsTitle: 'title',
    group: REPORTS_ADMIN_GROUP,
    defaultColumns: ['title', 'period', 'unit', 'status', 'submittedAt', 'late'],
    components: { beforeList: ['@/modules/reports/admin/status-link#ReportStatusLink'] },
  },
  // As for the other reviewed collections: an editor reviewing must not be locked out by a unit's open tab.
  lockDocuments: false,
  access: { read: reportReader, create: reportCreator, update: reportWriter, delete: editorial },
  hooks: { beforeChange: [applyReportAction], afterChange: [verifyReportedActivities] },
  fields: [
    { name: 'title', label: 'Tên báo cáo', type: 'text', maxLength: 300, access: locked, admin: { readOnly: true } },
    {
      type: 'row',
      fields: [
        {
          name: 'period',
          label: 'Kỳ báo cáo',
          type: 'relationship',
          relationTo: REPORT_PERIODS_SLUG,
          required: true,
          index: true,
          filterOptions: ({ id }) => (id ? true : { open: { equals: true } }),
          admin: { description: 'Chỉ chọn được kỳ đang mở; không đổi được sau khi lưu.' },
        },
        {
          name: 'unit',
          label: 'Đơn vị',
          type: 'relationship',
          relationTo: 'units',
          required: true,
          index: true,
          // A contributor reports for their own unit: it is chosen for them (the hook checks it).
          defaultValue: ({ user }: { user?: unknown }) => {
            const u = user as { role?: string; unit?: number | { id: number } | null } | null | undefined
            if (u?.role !== 'contributor' || !u.unit) return undefined
            return typeof u.unit === 'object' ? u.unit.id : u.unit
          },
          admin: { description: 'Cộng tác viên lập báo cáo của đơn vị mình.' },
        },
      ],
    },
    {
      name: 'values',
      label: 'Số liệu, nội dung báo cáo',
      type: 'json',
      admin: { components: { Field: '@/modules/reports/admin/values-field#ReportValuesField' } },
    },
    {
      name: 'prefilled',
      label: 'Số liệu lấy sẵn',
      type: 'json',
      access: locked,
      admin: { hidden: true },
    },
    {
      name: 'attachments',
      label: 'Tệp đính kèm khác',
      type: 'upload',
      relationTo: 'activity-evidence',
      hasMany: true,
      maxRows: 20,
    },
    {
      name: 'status',
      label: 'Tình trạng',
      type: 'select',
      index: true,
      defaultValue: 'draft',
      options: REPORT_STATUSES.map((s) => ({ ...s })),
      access: locked,
      admin: { ...sidebar, description: 'Chỉ thay đổi qua thao tác bên dưới.' },
    },
    {
      name: 'reportAction',
      label: 'Thao tác khi lưu',
      type: 'select',
      virtual: true,
      options: REPORT_ACTIONS.map((value) => ({ value, label: REPORT_ACTION_LABELS[value] })),
      admin: {
        position: 'sidebar',
        // Virtual fields are read-only in the admin unless said otherwise.
        readOnly: false,
        components: { Field: '@/modules/reports/admin/report-action-field#ReportActionField' },
      },
    },
    {
      name: 'reportNote',
      label: 'Ý kiến kèm thao tác',
      type: 'textarea',
      virtual: true,
      maxLength: 3000,
      validate: noMarkup,
      admin: {
        position: 'sidebar',
        readOnly: false,
        description: 'Bắt buộc khi trả lại báo cáo; được ghi vào lịch sử.',
      },
    },
    { name: 'submittedAt', label: 'Ngày gửi', type: 'date', access: locked, admin: { ...sidebar, ...day } },
    {
      name: 'late',
      label: 'Nộp muộn',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      access: locked,
      admin: { ...sidebar },
    },
    { name: 'reviewedAt', label: 'Ngày xử lý', type: 'date', access: locked, admin: { ...sidebar, ...day } },
    {
      name: 'reviewedBy',
      label: 'Người xử lý',
      type: 'relationship',
      relationTo: 'users',
      access: locked,
      admin: sidebar,
    },
    {
      name: 'reviewComment',
      label: 'Ý kiến khi tiếp nhận hoặc trả lại',
      type: 'textarea',
      maxLength: 3000,
      access: locked,
      admin: sidebar,
    },
    {
      name: 'history',
      label: 'Lịch sử',
      type: 'array',
      access: locked,
      admin: { readOnly: true, initCollapsed: true },
      fields: [
        { name: 'at', label: 'Thời điểm', type: 'date', required: true, admin: day },
        {
          name: 'action',
          label: 'Thao tác',
          type: 'select',
          required: true,
          options: [
            { value: 'create', label: 'Lập báo cáo' },
            ...REPORT_ACTIONS.map((value) => ({ value, label: REPORT_ACTION_LABELS[value] })),
          ],
        },
        { name: 'by', label: 'Người thực hiện', type: 'relationship', relationTo: 'users' },
        { name: 'note', label: 'Ghi chú', type: 'textarea', maxLength: 3000 },
      ],
    },
  ],
  indexes: [{ fields: ['period', 'unit'], unique: true }],
}
