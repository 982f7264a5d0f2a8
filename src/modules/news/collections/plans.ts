import type { CollectionConfig } from 'payload'
import { attachmentsField, noMarkup, summaryField, taxonomyFields, titleField, unitField } from '@/shared/fields/common'
import { slugField } from '@/shared/fields/slug'
import { withWorkflow } from '@/shared/workflow/with-workflow'

export const PLAN_KINDS = [
  { value: 'ke-hoach', label: 'Kế hoạch' },
  { value: 'chuong-trinh', label: 'Chương trình' },
  { value: 'de-an', label: 'Đề án' },
] as const

const yearValidate = (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }): true | string => {
  if (value === null || value === undefined) return true
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1945 || value > 2100) return 'Năm không hợp lệ.'
  const from = siblingData.periodFrom
  if (typeof from === 'number' && value < from) return 'Năm kết thúc phải không sớm hơn năm bắt đầu.'
  return true
}

/** Plans, programmes and projects (kế hoạch – chương trình – đề án). */
export const Plans: CollectionConfig = withWorkflow({
  slug: 'plans',
  labels: { singular: 'Kế hoạch, chương trình, đề án', plural: 'Kế hoạch, chương trình, đề án' },
  admin: {
    useAsTitle: 'title',
    group: 'Nội dung',
    defaultColumns: ['title', 'kind', 'number', 'issuedAt', 'workflowState'],
  },
  fields: [
    titleField('Tên, trích yếu', 500),
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          label: 'Loại',
          type: 'select',
          required: true,
          defaultValue: 'ke-hoach',
          options: PLAN_KINDS.map((k) => ({ ...k })),
        },
        { name: 'number', label: 'Số ký hiệu', type: 'text', maxLength: 60, validate: noMarkup },
        {
          name: 'issuedAt',
          label: 'Ngày ban hành',
          type: 'date',
          required: true,
          index: true,
          admin: { date: { displayFormat: 'dd/MM/yyyy' } },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'periodFrom', label: 'Giai đoạn từ năm', type: 'number', validate: yearValidate },
        { name: 'periodTo', label: 'Đến năm', type: 'number', validate: yearValidate },
      ],
    },
    summaryField(),
    { name: 'body', label: 'Nội dung', type: 'richText' },
    ...taxonomyFields(),
    attachmentsField(),
    slugField(),
    unitField('Đơn vị ban hành'),
  ],
})
