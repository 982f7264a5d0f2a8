import type { CollectionConfig } from 'payload'
import { anyone, editorial } from '@/shared/access/rules'
import { noMarkup } from '@/shared/fields/common'
import { setSearchText, searchTextField, stripSearchText } from '@/shared/fields/search-text'
import { revalidateAlways, revalidateAlwaysOnDelete } from '@/shared/workflow/hooks'

/** Electronic directory entries (danh bạ điện tử): officials with position and contacts. */
export const Officials: CollectionConfig = {
  slug: 'officials',
  labels: { singular: 'Cán bộ (danh bạ)', plural: 'Danh bạ điện tử' },
  admin: {
    useAsTitle: 'name',
    group: 'Tổ chức',
    defaultColumns: ['name', 'position', 'unit', 'phone', 'email'],
    listSearchableFields: ['name', 'position'],
  },
  access: { read: anyone, create: editorial, update: editorial, delete: editorial },
  defaultSort: 'order',
  hooks: {
    beforeChange: [setSearchText(['name', 'position', 'unitName'])],
    afterChange: [revalidateAlways],
    afterDelete: [revalidateAlwaysOnDelete],
    afterRead: [stripSearchText],
  },
  fields: [
    { name: 'name', label: 'Họ và tên', type: 'text', required: true, maxLength: 120, validate: noMarkup },
    { name: 'position', label: 'Chức vụ', type: 'text', required: true, maxLength: 160, validate: noMarkup },
    { name: 'unit', label: 'Đơn vị', type: 'relationship', relationTo: 'units', required: true, index: true },
    {
      name: 'unitName',
      type: 'text',
      admin: { hidden: true },
      hooks: {
        beforeChange: [
          async ({ siblingData, req }) => {
            const unit = siblingData.unit as unknown
            const id = unit && typeof unit === 'object' ? (unit as { id: number }).id : unit
            if (!id) return null
            // System read: the unit name is public and denormalised for search.
            const doc = await req.payload.findByID({
              collection: 'units',
              id: id as number,
              depth: 0,
              overrideAccess: true,
              req,
              disableErrors: true,
            })
            return (doc as { title?: string } | null)?.title ?? null
          },
        ],
      },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'phone',
          label: 'Điện thoại',
          type: 'text',
          maxLength: 40,
          validate: (v: unknown) =>
            !v || (typeof v === 'string' && /^[0-9+()\s.-]{6,40}$/.test(v)) ? true : 'Số điện thoại không hợp lệ.',
        },
        { name: 'email', label: 'Thư điện tử', type: 'email' },
      ],
    },
    { name: 'order', label: 'Thứ tự', type: 'number', defaultValue: 100 },
    searchTextField(),
  ],
}
