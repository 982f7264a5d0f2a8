import type { CollectionConfig } from 'payload'
import { attachmentsField, noMarkup, summaryField, titleField, unitField } from '@/shared/fields/common'
import { slugField } from '@/shared/fields/slug'
import { withWorkflow } from '@/shared/workflow/with-workflow'

/** Announcements and invitations (thông báo – giấy mời). */
export const Announcements: CollectionConfig = withWorkflow({
  slug: 'announcements',
  labels: { singular: 'Thông báo, giấy mời', plural: 'Thông báo, giấy mời' },
  admin: {
    useAsTitle: 'title',
    group: 'Nội dung',
    defaultColumns: ['title', 'kind', 'number', 'issuedAt', 'workflowState'],
  },
  fields: [
    titleField('Trích yếu'),
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          label: 'Loại',
          type: 'select',
          required: true,
          defaultValue: 'thong-bao',
          options: [
            { value: 'thong-bao', label: 'Thông báo' },
            { value: 'giay-moi', label: 'Giấy mời' },
          ],
        },
        { name: 'number', label: 'Số hiệu', type: 'text', maxLength: 60, validate: noMarkup },
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
    summaryField(),
    {
      type: 'row',
      fields: [
        {
          name: 'meetingAt',
          label: 'Thời gian họp',
          type: 'date',
          admin: {
            date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm' },
            condition: (data) => data?.kind === 'giay-moi',
          },
        },
        {
          name: 'meetingPlace',
          label: 'Địa điểm họp',
          type: 'text',
          maxLength: 300,
          validate: noMarkup,
          admin: { condition: (data) => data?.kind === 'giay-moi' },
        },
      ],
    },
    { name: 'body', label: 'Nội dung', type: 'richText' },
    attachmentsField(),
    slugField(),
    unitField('Đơn vị ban hành'),
  ],
})
