import type { Field, TextField } from 'payload'
import { noMarkup, titleField, unitField } from '@/shared/fields/common'
import { DOCUMENT_TYPES, EFFECT_STATUSES } from '../../parse'
import { DOCUMENT_RELATIONS_SLUG, EFFECT_HISTORY_SLUG, SCOPES } from '../../constants'
import { documentSlugField } from './document-slug'
import { normalizeNumberHook } from '../../hooks/document-keys'
import { validateCongBaoDate, validateDate, validateExpiresAt, validateNumber, validateSource } from './validators'

const day = { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } } as const

const text = (name: string, label: string, maxLength: number, required = false): TextField => ({
  name,
  label,
  type: 'text',
  maxLength,
  required,
  validate: noMarkup,
})

const identification: Field[] = [
  {
    type: 'row',
    fields: [
      {
        name: 'number',
        label: 'Số ký hiệu',
        type: 'text',
        required: true,
        // Joint documents list every issuing body in the symbol: 81 characters in the Công báo of 2025.
        maxLength: 200,
        index: true,
        hooks: { beforeValidate: [normalizeNumberHook] },
        validate: validateNumber,
        admin: { description: 'Ví dụ: 45/2019/QH14, 25/2024/QĐ-UBND. Ghi “Không số” nếu văn bản không có số.' },
      },
      {
        name: 'type',
        label: 'Loại văn bản',
        type: 'select',
        required: true,
        index: true,
        options: DOCUMENT_TYPES.map((t) => ({ value: t.value, label: t.label })),
      },
    ],
  },
  { ...titleField('Trích yếu (tên văn bản)', 1000) },
  {
    type: 'row',
    fields: [
      text('issuer', 'Cơ quan ban hành', 500, true),
      {
        name: 'issuerUnit',
        label: 'Đơn vị ban hành trong tỉnh (nếu có)',
        type: 'relationship',
        relationTo: 'units',
      },
    ],
  },
  { type: 'row', fields: [text('signer', 'Người ký', 500), text('signerTitle', 'Chức vụ người ký', 500)] },
  {
    type: 'row',
    fields: [
      {
        name: 'issuedAt',
        label: 'Ngày ban hành',
        type: 'date',
        required: true,
        index: true,
        validate: validateDate('Ngày ban hành'),
        admin: day,
      },
      {
        name: 'scope',
        label: 'Phạm vi áp dụng',
        type: 'select',
        options: SCOPES.map((s) => ({ ...s })),
      },
    ],
  },
  { name: 'fields', label: 'Lĩnh vực', type: 'relationship', relationTo: 'legal-fields', hasMany: true },
]

const effect: Field[] = [
  {
    type: 'row',
    fields: [
      {
        name: 'effectiveAt',
        label: 'Ngày có hiệu lực',
        type: 'date',
        index: true,
        validate: validateDate('Ngày có hiệu lực'),
        admin: day,
      },
      {
        name: 'expiresAt',
        label: 'Ngày hết hiệu lực (nếu có thời hạn)',
        type: 'date',
        index: true,
        validate: validateExpiresAt,
        admin: day,
      },
    ],
  },
  {
    type: 'row',
    fields: [
      {
        name: 'status',
        label: 'Tình trạng hiệu lực',
        type: 'select',
        index: true,
        options: EFFECT_STATUSES.map((s) => ({ ...s })),
        admin: {
          description:
            'Để trống khi tạo mới để hệ thống tự xác định theo ngày có hiệu lực. Hệ thống tự cập nhật khi văn bản đến ngày có hiệu lực, hết hạn hoặc bị văn bản khác thay thế, bãi bỏ, đình chỉ.',
        },
      },
      {
        name: 'effectChangedAt',
        label: 'Ngày thay đổi tình trạng hiệu lực',
        type: 'date',
        index: true,
        validate: validateDate('Ngày thay đổi tình trạng hiệu lực'),
        admin: { ...day, description: 'Để trống: lấy ngày cập nhật tình trạng.' },
      },
    ],
  },
  { name: 'statusNote', label: 'Ghi chú về hiệu lực', type: 'textarea', maxLength: 2000 },
  {
    name: 'relationsFrom',
    label: 'Văn bản này tác động đến',
    type: 'join',
    collection: DOCUMENT_RELATIONS_SLUG,
    on: 'from',
    defaultLimit: 20,
  },
  {
    name: 'relationsTo',
    label: 'Văn bản tác động đến văn bản này',
    type: 'join',
    collection: DOCUMENT_RELATIONS_SLUG,
    on: 'to',
    defaultLimit: 20,
  },
  {
    name: 'effectHistory',
    label: 'Lịch sử hiệu lực',
    type: 'join',
    collection: EFFECT_HISTORY_SLUG,
    on: 'document',
    defaultLimit: 20,
    defaultSort: '-date',
  },
]

const publication: Field[] = [
  {
    type: 'row',
    fields: [
      text('congBaoNumber', 'Số Công báo', 200),
      {
        name: 'congBaoDate',
        label: 'Ngày đăng Công báo',
        type: 'date',
        validate: validateCongBaoDate,
        admin: day,
      },
    ],
  },
  {
    name: 'source',
    label: 'Nguồn',
    type: 'text',
    maxLength: 500,
    validate: validateSource,
    admin: { description: 'Địa chỉ web (https://…) hoặc mô tả nguồn văn bản.' },
  },
  {
    name: 'attachments',
    label: 'Tệp văn bản',
    labels: { singular: 'Tệp', plural: 'Tệp văn bản' },
    type: 'array',
    maxRows: 20,
    admin: { description: 'Bản PDF, Word; văn bản dài có thể chia nhiều phần, phụ lục.' },
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'file', label: 'Tệp', type: 'relationship', relationTo: 'files', required: true },
          text('label', 'Tên phần (ví dụ: Phụ lục I)', 120),
        ],
      },
    ],
  },
]

const content: Field[] = [
  {
    name: 'text',
    label: 'Toàn văn',
    type: 'textarea',
    // A code runs to ~550,000 characters; Payload's default cap for text is 40,000.
    maxLength: 3_000_000,
    admin: {
      rows: 20,
      description:
        'Dán toàn văn gốc. Hệ thống tự tách Phần, Chương, Mục, Điều, Khoản, Điểm để làm mục lục và liên kết đến từng điều.',
    },
  },
  {
    name: 'parseSummary',
    label: 'Kết quả tách cấu trúc',
    type: 'textarea',
    admin: { readOnly: true, description: 'Số phần, chương, điều… tìm thấy và các cảnh báo khi tách toàn văn.' },
  },
  // The parsed tree (parse/structure.ts), computed from `text` by a hook. Left out of the admin
  // form altogether: it runs to a megabyte for a code and nobody edits it by hand.
  { name: 'structure', type: 'json', admin: { disabled: true } },
]

/** Derived keys kept for look-ups and facets; hooks fill them, nobody types them. */
const derived: Field[] = [
  { name: 'displayTitle', label: 'Tên hiển thị', type: 'text', admin: { readOnly: true, position: 'sidebar' } },
  { name: 'numberKey', type: 'text', index: true, admin: { hidden: true } },
  { name: 'issuerKey', type: 'text', index: true, admin: { hidden: true } },
  { name: 'issuedYear', type: 'number', index: true, admin: { hidden: true } },
]

export function legalDocumentFields(): Field[] {
  return [
    {
      type: 'tabs',
      tabs: [
        { label: 'Thông tin văn bản', fields: identification },
        { label: 'Hiệu lực và quan hệ', fields: effect },
        { label: 'Công báo, tệp và nguồn', fields: publication },
        { label: 'Toàn văn', fields: content },
      ],
    },
    ...derived,
    documentSlugField(),
    unitField('Đơn vị nhập liệu'),
  ]
}
