import type { CollectionConfig, Field } from 'payload'
import { personalDataField } from '@/shared/access/personal-data'
import { anyone, editorial } from '@/shared/access/rules'
import { noMarkup } from '@/shared/fields/common'
import {
  REGISTRIES_ADMIN_GROUP,
  REGISTRY_KINDS,
  REGISTRY_LEVELS,
  REGISTRY_MEMBERS_SLUG,
  REGISTRY_STATUSES,
} from '../constants'

/** A decision recognising or dismissing a member: number, date, issuing body and the signed file. */
const decisionFields = (prefix: 'recognition' | 'dismissal'): Field[] => [
  {
    type: 'row',
    fields: [
      { name: 'number', label: 'Số quyết định', type: 'text', maxLength: 60, validate: noMarkup },
      { name: 'date', label: 'Ngày ký', type: 'date', admin: { date: { displayFormat: 'dd/MM/yyyy' } } },
    ],
  },
  { name: 'issuer', label: 'Cơ quan ban hành', type: 'text', maxLength: 200, validate: noMarkup },
  ...(prefix === 'dismissal'
    ? ([{ name: 'reason', label: 'Lý do', type: 'textarea', maxLength: 1000, validate: noMarkup }] as Field[])
    : []),
  { name: 'file', label: 'Tệp quyết định', type: 'upload', relationTo: 'files' },
]

/**
 * One person in a registry: a legal reporter (provincial or commune level), a legal propagandist,
 * a grassroots mediator or a member of the coordination council. Public, except the contact.
 */
export const RegistryMembers: CollectionConfig = {
  slug: REGISTRY_MEMBERS_SLUG,
  labels: { singular: 'Thành viên đội ngũ', plural: 'Báo cáo viên, tuyên truyền viên, hòa giải viên' },
  admin: {
    useAsTitle: 'fullName',
    group: REGISTRIES_ADMIN_GROUP,
    defaultColumns: ['fullName', 'kind', 'level', 'unit', 'status'],
    listSearchableFields: ['fullName', 'position'],
  },
  access: { read: anyone, create: editorial, update: editorial, delete: editorial },
  fields: [
    { name: 'fullName', label: 'Họ và tên', type: 'text', required: true, maxLength: 120, validate: noMarkup },
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          label: 'Đội ngũ',
          type: 'select',
          required: true,
          index: true,
          options: REGISTRY_KINDS.map(({ value, label }) => ({ value, label })),
        },
        {
          name: 'level',
          label: 'Cấp',
          type: 'select',
          required: true,
          index: true,
          defaultValue: 'province',
          options: REGISTRY_LEVELS.map((l) => ({ ...l })),
        },
      ],
    },
    { name: 'unit', label: 'Đơn vị', type: 'relationship', relationTo: 'units', required: true, index: true },
    { name: 'position', label: 'Chức vụ', type: 'text', maxLength: 200, validate: noMarkup },
    {
      name: 'fields',
      label: 'Lĩnh vực chuyên môn',
      type: 'relationship',
      relationTo: 'legal-fields',
      hasMany: true,
    },
    {
      name: 'recognition',
      label: 'Quyết định công nhận',
      type: 'group',
      fields: decisionFields('recognition'),
    },
    {
      name: 'dismissal',
      label: 'Quyết định miễn nhiệm, cho thôi',
      type: 'group',
      fields: decisionFields('dismissal'),
    },
    {
      name: 'status',
      label: 'Tình trạng',
      type: 'select',
      required: true,
      index: true,
      defaultValue: 'active',
      options: REGISTRY_STATUSES.map((s) => ({ ...s })),
      admin: { position: 'sidebar' },
    },
    {
      name: 'contact',
      label: 'Liên hệ (không công khai)',
      type: 'group',
      access: { read: personalDataField, update: personalDataField },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'phone', label: 'Điện thoại', type: 'text', maxLength: 40, validate: noMarkup },
            { name: 'email', label: 'Thư điện tử', type: 'email' },
          ],
        },
      ],
    },
    { name: 'note', label: 'Ghi chú', type: 'textarea', maxLength: 2000, validate: noMarkup },
  ],
}
