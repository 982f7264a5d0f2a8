import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'
import { editorial } from '@/shared/access/rules'
import { userError } from '@/shared/errors'
import { noMarkup, validateEndAfterStart } from '@/shared/fields/common'
import { UNIT_KINDS } from '@/modules/organisation/unit-kinds'
import { periodReader } from '../access/reports'
import { INDICATOR_TYPES, PERIOD_KINDS, REPORT_PERIODS_SLUG, REPORTS_ADMIN_GROUP } from '../constants'
import { indicatorProblems, type Indicator } from '../indicators'
import { TEMPLATE_TITLE, templateIndicators } from '../template'

/**
 * Fills an empty indicator list from the built-in template when asked, then checks the list (keys
 * unique, choices with options, pre-fill only on numbers) and the dates.
 */
const prepareIndicators: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const next = data as Record<string, unknown>
  const previous = (originalDoc ?? {}) as Record<string, unknown>
  const useTemplate = next.useTemplate === true
  delete next.useTemplate
  const given = 'indicators' in next ? next.indicators : previous.indicators
  const indicators = Array.isArray(given) ? (given as Partial<Indicator>[]) : []
  if (useTemplate && indicators.length === 0) next.indicators = templateIndicators()
  const problems = indicatorProblems((next.indicators ?? indicators) as Partial<Indicator>[])
  if (problems.length) throw userError(problems.join(' '), 400)
  const from = next.from ?? previous.from
  const deadline = next.deadline ?? previous.deadline
  if (typeof deadline === 'string' && typeof from === 'string' && new Date(deadline) < new Date(from)) {
    throw userError('Hạn gửi báo cáo không được trước ngày bắt đầu kỳ báo cáo.', 400)
  }
  return next
}

/**
 * A reporting period (kỳ báo cáo): the dates it covers, the deadline, which units must report and
 * the indicators asked: a form the administrator configures, with a built-in template.
 */
export const ReportPeriods: CollectionConfig = {
  slug: REPORT_PERIODS_SLUG,
  labels: { singular: 'Kỳ báo cáo', plural: 'Kỳ báo cáo' },
  admin: {
    useAsTitle: 'title',
    group: REPORTS_ADMIN_GROUP,
    defaultColumns: ['title', 'kind', 'from', 'to', 'deadline', 'open'],
  },
  access: { read: periodReader, create: editorial, update: editorial, delete: editorial },
  hooks: { beforeChange: [prepareIndicators] },
  fields: [
    { name: 'title', label: 'Tên kỳ báo cáo', type: 'text', required: true, maxLength: 200, validate: noMarkup },
    {
      type: 'row',
      fields: [
        { name: 'kind', label: 'Loại', type: 'select', required: true, options: PERIOD_KINDS.map((k) => ({ ...k })) },
        { name: 'open', label: 'Đang mở nhận báo cáo', type: 'checkbox', defaultValue: true },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'from',
          label: 'Số liệu từ ngày',
          type: 'date',
          required: true,
          index: true,
          admin: { date: { displayFormat: 'dd/MM/yyyy' } },
        },
        {
          name: 'to',
          label: 'Đến ngày',
          type: 'date',
          required: true,
          validate: validateEndAfterStart('from', 'Ngày kết thúc kỳ báo cáo phải sau ngày bắt đầu.'),
          admin: { date: { displayFormat: 'dd/MM/yyyy' } },
        },
        {
          name: 'deadline',
          label: 'Hạn gửi báo cáo',
          type: 'date',
          required: true,
          index: true,
          admin: { date: { displayFormat: 'dd/MM/yyyy' } },
        },
      ],
    },
    {
      name: 'unitKinds',
      label: 'Loại đơn vị phải báo cáo',
      type: 'select',
      hasMany: true,
      options: UNIT_KINDS.map((k) => ({ ...k })),
      admin: { description: 'Để trống và không chọn đơn vị cụ thể: mọi đơn vị phải báo cáo.' },
    },
    {
      name: 'units',
      label: 'Đơn vị phải báo cáo (thêm)',
      type: 'relationship',
      relationTo: 'units',
      hasMany: true,
    },
    {
      name: 'remindDaysBefore',
      label: 'Nhắc hạn trước (ngày)',
      type: 'number',
      defaultValue: 3,
      min: 0,
      max: 60,
    },
    { name: 'instructions', label: 'Hướng dẫn', type: 'textarea', maxLength: 5000, validate: noMarkup },
    {
      name: 'useTemplate',
      label: `Dùng “${TEMPLATE_TITLE}”`,
      type: 'checkbox',
      virtual: true,
      defaultValue: true,
      admin: {
        readOnly: false,
        description:
          'Khi danh sách chỉ tiêu còn trống, hệ thống điền sẵn các chỉ tiêu của mẫu lúc lưu; sau đó có thể sửa, thêm, bớt.',
      },
    },
    {
      name: 'indicators',
      label: 'Chỉ tiêu báo cáo',
      type: 'array',
      labels: { singular: 'Chỉ tiêu', plural: 'Chỉ tiêu báo cáo' },
      maxRows: 200,
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'key',
              label: 'Mã chỉ tiêu',
              type: 'text',
              required: true,
              maxLength: 60,
              validate: (v: unknown) =>
                typeof v === 'string' && /^[a-z0-9][a-z0-9._-]*$/.test(v)
                  ? true
                  : 'Mã chỉ tiêu chỉ gồm chữ thường không dấu, số, dấu chấm, gạch ngang.',
            },
            {
              name: 'type',
              label: 'Kiểu',
              type: 'select',
              required: true,
              defaultValue: 'number',
              options: INDICATOR_TYPES.map((t) => ({ ...t })),
            },
            { name: 'required', label: 'Bắt buộc', type: 'checkbox', defaultValue: false },
          ],
        },
        { name: 'label', label: 'Tên chỉ tiêu', type: 'text', required: true, maxLength: 300, validate: noMarkup },
        { name: 'group', label: 'Nhóm', type: 'text', maxLength: 200, validate: noMarkup },
        {
          type: 'row',
          fields: [
            { name: 'measure', label: 'Đơn vị tính', type: 'text', maxLength: 40, validate: noMarkup },
            {
              name: 'prefill',
              label: 'Lấy sẵn từ',
              type: 'text',
              maxLength: 80,
              admin: {
                description: 'Mã nguồn số liệu (ví dụ: activities.direct.sessions); để trống nếu đơn vị tự nhập.',
              },
            },
          ],
        },
        {
          name: 'options',
          label: 'Các lựa chọn (mỗi dòng một lựa chọn)',
          type: 'textarea',
          maxLength: 2000,
          admin: { condition: (_, sibling) => sibling?.type === 'choice' },
        },
        { name: 'help', label: 'Hướng dẫn nhập', type: 'textarea', maxLength: 1000, validate: noMarkup },
      ],
    },
    {
      // Which deadline reminders went out, per unit: { "<unitId>": { "before": iso, "overdue": iso } }.
      name: 'remindersSent',
      label: 'Đã nhắc hạn',
      type: 'json',
      access: { create: () => false, update: () => false },
      admin: { hidden: true },
    },
  ],
}
