import type { CollectionConfig, Field } from 'payload'
import { personalDataField } from '@/shared/access/personal-data'
import { anyone, editorial } from '@/shared/access/rules'
import { noMarkup } from '@/shared/fields/common'
import { createMembers, writeMembers } from '../access/members'
import { memberAfterChange, memberAfterDelete, memberBeforeValidate } from '../hooks/member-rules'
import { decisionDateProblem, dismissalOrderProblem, dismissalPairProblem } from '../rules'
import {
  REGISTRIES_ADMIN_GROUP,
  REGISTRY_KINDS,
  REGISTRY_LEVELS,
  REGISTRY_MEMBERS_SLUG,
  REGISTRY_STATUSES,
} from '../constants'

type Sibling = { number?: unknown; date?: unknown }
type DocData = { recognition?: Sibling | null; dismissal?: Sibling | null }

const validateNumber =
  (prefix: 'recognition' | 'dismissal') =>
  (value: unknown, { siblingData }: { siblingData: unknown }): true | string => {
    const markup = noMarkup(value)
    if (markup !== true) return markup
    if (prefix !== 'dismissal') return true
    const pair = dismissalPairProblem(siblingData as Sibling)
    return pair?.field === 'number' ? pair.message : true
  }

const validateDate =
  (prefix: 'recognition' | 'dismissal') =>
  (value: unknown, { siblingData, data }: { siblingData: unknown; data: unknown }): true | string => {
    const problem = decisionDateProblem(value)
    if (problem) return problem
    if (prefix === 'recognition') return true
    const pair = dismissalPairProblem(siblingData as Sibling)
    if (pair?.field === 'date') return pair.message
    return dismissalOrderProblem((data as DocData)?.recognition?.date, value) ?? true
  }

/** A decision recognising or dismissing a member: number, date, issuing body and the signed file. */
const decisionFields = (prefix: 'recognition' | 'dismissal'): Field[] => [
  {
    type: 'row',
    fields: [
      { name: 'number', label: 'Số quyết định', type: 'text', maxLength: 60, validate: validateNumber(prefix) },
      {
        name: 'date',
        label: 'Ngày ký',
        type: 'date',
        validate: validateDate(prefix),
        admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } },
      },
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
    components: { beforeList: ['@/modules/registries/admin/registry-links#RegistryLinks'] },
  },
  access: { read: anyone, create: createMembers, update: writeMembers, delete: editorial },
  hooks: {
    beforeValidate: [memberBeforeValidate],
    afterChange: [memberAfterChange],
    afterDelete: [memberAfterDelete],
  },
  fields: [
    { name: 'fullName', label: 'Họ và tên', type: 'text', required: true, maxLength: 120, validate: noMarkup },
    {
      // Derived from the name (hooks/member-rules.ts) for the accent-insensitive public search.
      name: 'nameFolded',
      type: 'text',
      index: true,
      admin: { hidden: true },
    },
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
    {
      name: 'unit',
      label: 'Đơn vị',
      type: 'relationship',
      relationTo: 'units',
      required: true,
      index: true,
      // A contributor's members always belong to the contributor's unit (hooks/member-rules.ts).
      defaultValue: ({ user }: { user?: unknown }) => {
        const u = user as { role?: string; unit?: number | { id: number } | null } | null | undefined
        if (u?.role !== 'contributor' || !u.unit) return undefined
        return typeof u.unit === 'object' ? u.unit.id : u.unit
      },
    },
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
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: 'Tự động: “Đã miễn nhiệm” khi có số và ngày quyết định miễn nhiệm, ngược lại “Đang hoạt động”.',
      },
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
