import type { CollectionConfig } from 'payload'
import { adminOnly, anyone } from '@/shared/access/rules'
import { noMarkup, titleField } from '@/shared/fields/common'
import { slugField } from '@/shared/fields/slug'
import { revalidateAlways, revalidateAlwaysOnDelete } from '@/shared/workflow/hooks'
import { UNIT_KINDS } from '../unit-kinds'

export const UNITS_SLUG = 'units'

const phonePattern = /^[0-9+()\s.-]{6,20}$/

export const Units: CollectionConfig = {
  slug: UNITS_SLUG,
  labels: { singular: 'Đơn vị', plural: 'Đơn vị' },
  admin: {
    useAsTitle: 'title',
    group: 'Tổ chức',
    defaultColumns: ['title', 'kind', 'parent', 'phone', 'email'],
    listSearchableFields: ['title', 'shortName'],
  },
  access: { read: anyone, create: adminOnly, update: adminOnly, delete: adminOnly },
  hooks: { afterChange: [revalidateAlways], afterDelete: [revalidateAlwaysOnDelete] },
  fields: [
    titleField('Tên đơn vị', 200),
    slugField(),
    { name: 'shortName', label: 'Tên viết tắt', type: 'text', maxLength: 60, validate: noMarkup },
    {
      name: 'kind',
      label: 'Loại đơn vị',
      type: 'select',
      required: true,
      index: true,
      options: UNIT_KINDS.map((k) => ({ ...k })),
    },
    {
      name: 'parent',
      label: 'Đơn vị cấp trên',
      type: 'relationship',
      relationTo: UNITS_SLUG,
      filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
    },
    {
      type: 'row',
      fields: [
        { name: 'address', label: 'Địa chỉ', type: 'text', maxLength: 300, validate: noMarkup },
        {
          name: 'phone',
          label: 'Điện thoại',
          type: 'text',
          maxLength: 40,
          validate: (v: unknown) =>
            !v || (typeof v === 'string' && phonePattern.test(v)) ? true : 'Số điện thoại không hợp lệ.',
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'email', label: 'Thư điện tử', type: 'email' },
        {
          name: 'website',
          label: 'Trang web',
          type: 'text',
          maxLength: 200,
          validate: (v: unknown) =>
            !v || (typeof v === 'string' && /^https?:\/\/[^\s<>"]+$/.test(v))
              ? true
              : 'Địa chỉ trang web phải bắt đầu bằng http:// hoặc https://',
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'leaderName', label: 'Người đứng đầu', type: 'text', maxLength: 120, validate: noMarkup },
        { name: 'leaderTitle', label: 'Chức vụ người đứng đầu', type: 'text', maxLength: 120, validate: noMarkup },
      ],
    },
    {
      name: 'areaCode',
      label: 'Mã đơn vị hành chính',
      type: 'text',
      maxLength: 10,
      admin: { description: 'Với xã, phường: mã theo danh mục của Tổng cục Thống kê.' },
    },
    { name: 'order', label: 'Thứ tự', type: 'number', defaultValue: 100 },
  ],
}
