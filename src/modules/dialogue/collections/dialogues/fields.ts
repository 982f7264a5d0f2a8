import type { Field } from 'payload'
import { noMarkup, validateEndAfterStart } from '@/shared/fields/common'
import { DIALOGUE_KINDS } from '../../constants'

const dayAndTime = { date: { pickerAppearance: 'dayAndTime' as const, displayFormat: 'dd/MM/yyyy HH:mm' } }
const SECTION_KEY = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** What the dialogue is about and when comments are collected. */
export const generalFields: Field[] = [
  {
    name: 'kind',
    label: 'Hình thức',
    type: 'select',
    required: true,
    defaultValue: 'lay-y-kien',
    options: DIALOGUE_KINDS.map((k) => ({ ...k })),
  },
  {
    type: 'row',
    fields: [
      {
        name: 'opensAt',
        label: 'Bắt đầu nhận ý kiến',
        type: 'date',
        required: true,
        index: true,
        admin: dayAndTime,
      },
      {
        name: 'closesAt',
        label: 'Hạn chót nhận ý kiến',
        type: 'date',
        required: true,
        index: true,
        admin: dayAndTime,
        validate: validateEndAfterStart('opensAt', 'Hạn chót phải sau thời điểm bắt đầu nhận ý kiến.'),
      },
    ],
  },
  { name: 'introduction', label: 'Giới thiệu', type: 'richText' },
  { name: 'fields', label: 'Lĩnh vực', type: 'relationship', relationTo: 'legal-fields', hasMany: true },
]

/** The text under discussion, one row per article or section. */
export const textFields: Field[] = [
  {
    name: 'importText',
    label: 'Nhập nhanh từ văn bản thuần',
    type: 'textarea',
    virtual: true,
    admin: {
      description:
        'Dán toàn văn dự thảo rồi lưu: hệ thống tự tách thành các điều (“Điều 1. …”) và thay thế danh sách bên dưới.',
    },
  },
  {
    name: 'sections',
    label: 'Các điều, mục của dự thảo',
    labels: { singular: 'Điều, mục', plural: 'Các điều, mục' },
    type: 'array',
    maxRows: 400,
    fields: [
      {
        type: 'row',
        fields: [
          {
            name: 'key',
            label: 'Mã neo (ví dụ dieu-1)',
            type: 'text',
            required: true,
            maxLength: 40,
            validate: (value: unknown) =>
              typeof value === 'string' && SECTION_KEY.test(value)
                ? true
                : 'Mã neo chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang (ví dụ: dieu-1).',
          },
          {
            name: 'heading',
            label: 'Tiêu đề',
            type: 'text',
            required: true,
            maxLength: 300,
            validate: (value: unknown) => noMarkup(value),
          },
        ],
      },
      { name: 'body', label: 'Nội dung', type: 'textarea', maxLength: 20000 },
    ],
  },
  {
    name: 'backgroundDocuments',
    label: 'Văn bản liên quan',
    type: 'relationship',
    relationTo: 'legal-documents',
    hasMany: true,
  },
  { name: 'backgroundFiles', label: 'Tài liệu kèm theo', type: 'relationship', relationTo: 'files', hasMany: true },
]

const isLive = (_: unknown, siblingData: Record<string, unknown>): boolean => siblingData?.kind === 'truc-tiep'

/** A live session: when and where, who answers, and the transcript afterwards. */
export const sessionFields: Field[] = (
  [
    {
      type: 'row',
      fields: [
        { name: 'sessionStartsAt', label: 'Bắt đầu phiên đối thoại', type: 'date', admin: dayAndTime },
        {
          name: 'sessionEndsAt',
          label: 'Kết thúc phiên đối thoại',
          type: 'date',
          admin: dayAndTime,
          validate: validateEndAfterStart('sessionStartsAt', 'Giờ kết thúc phải sau giờ bắt đầu.'),
        },
      ],
    },
    { name: 'place', label: 'Địa điểm', type: 'text', maxLength: 300, validate: (v: unknown) => noMarkup(v) },
    {
      name: 'streamUrl',
      label: 'Đường dẫn truyền hình trực tuyến',
      type: 'text',
      maxLength: 500,
      validate: (value: unknown) =>
        !value || (typeof value === 'string' && /^https:\/\/[^\s<>"]+$/.test(value))
          ? true
          : 'Đường dẫn phải bắt đầu bằng https:// và không chứa khoảng trắng.',
    },
    {
      name: 'officials',
      label: 'Lãnh đạo, cán bộ trả lời',
      labels: { singular: 'Người trả lời', plural: 'Người trả lời' },
      type: 'array',
      maxRows: 30,
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'name', label: 'Họ và tên', type: 'text', required: true, maxLength: 120 },
            { name: 'title', label: 'Chức vụ', type: 'text', maxLength: 200 },
            { name: 'unit', label: 'Cơ quan', type: 'text', maxLength: 200 },
          ],
        },
      ],
    },
    { name: 'transcript', label: 'Tường thuật phiên đối thoại (công bố sau phiên)', type: 'richText' },
  ] as Field[]
).map((f) => {
  const field = f as Field & { admin?: Record<string, unknown> }
  return { ...field, admin: { ...field.admin, condition: isLive } } as Field
})

/** After closing: the organiser's summary, the adopted text and the switch that publishes them. */
export const outcomeFields: Field[] = [
  {
    name: 'closingSummary',
    label: 'Báo cáo tổng hợp (tóm tắt kết quả)',
    type: 'textarea',
    maxLength: 10000,
  },
  {
    name: 'adoptedDocument',
    label: 'Văn bản đã ban hành',
    type: 'relationship',
    relationTo: 'legal-documents',
    admin: { description: 'Văn bản chính thức được ban hành sau khi tiếp thu ý kiến.' },
  },
  { name: 'finalText', label: 'Toàn văn đã thông qua', type: 'richText' },
  {
    name: 'summaryPublished',
    label: 'Công bố bảng tổng hợp tiếp thu, giải trình',
    type: 'checkbox',
    defaultValue: false,
    admin: { description: 'Chỉ bật được sau hạn chót nhận ý kiến.' },
  },
  {
    name: 'summaryPreview',
    type: 'ui',
    admin: { components: { Field: '@/modules/dialogue/ui/admin/summary-link#SummaryLink' } },
  },
]
