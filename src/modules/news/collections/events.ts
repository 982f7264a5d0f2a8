import type { CollectionConfig } from 'payload'
import {
  attachmentsField,
  noMarkup,
  summaryField,
  titleField,
  unitField,
  validateEndAfterStart,
} from '@/shared/fields/common'
import { slugField } from '@/shared/fields/slug'
import { withWorkflow } from '@/shared/workflow/with-workflow'

export const Events: CollectionConfig = withWorkflow({
  slug: 'events',
  labels: { singular: 'Sự kiện', plural: 'Sự kiện' },
  admin: { useAsTitle: 'title', group: 'Nội dung', defaultColumns: ['title', 'startsAt', 'place', 'workflowState'] },
  fields: [
    titleField('Tên sự kiện'),
    summaryField(),
    {
      type: 'row',
      fields: [
        {
          name: 'startsAt',
          label: 'Bắt đầu',
          type: 'date',
          required: true,
          index: true,
          admin: { date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm' } },
        },
        {
          name: 'endsAt',
          label: 'Kết thúc',
          type: 'date',
          admin: { date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm' } },
          validate: validateEndAfterStart('startsAt', 'Thời điểm kết thúc phải sau thời điểm bắt đầu.'),
        },
      ],
    },
    { name: 'place', label: 'Địa điểm', type: 'text', required: true, maxLength: 300, validate: noMarkup },
    { name: 'body', label: 'Nội dung', type: 'richText' },
    attachmentsField(),
    slugField(),
    unitField('Đơn vị tổ chức'),
  ],
})
