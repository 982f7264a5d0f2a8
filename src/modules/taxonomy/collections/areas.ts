import type { CollectionConfig } from 'payload'
import { makeTaxonomy } from './make-taxonomy'

const base = makeTaxonomy({ slug: 'areas', singular: 'Địa bàn', plural: 'Địa bàn (xã, phường)' })

/** Areas are the communes and wards of the province, with their statistics codes. */
export const Areas: CollectionConfig = {
  ...base,
  admin: { ...base.admin, defaultColumns: ['title', 'district', 'code'], listSearchableFields: ['title', 'district'] },
  defaultSort: 'title',
  fields: [
    ...base.fields,
    { name: 'code', label: 'Mã đơn vị hành chính', type: 'text', index: true, maxLength: 10 },
    {
      name: 'level',
      label: 'Cấp',
      type: 'select',
      options: [
        { value: 'xa', label: 'Xã' },
        { value: 'phuong', label: 'Phường' },
        { value: 'thi-tran', label: 'Thị trấn' },
        { value: 'dac-khu', label: 'Đặc khu' },
      ],
    },
    { name: 'district', label: 'Huyện, thị xã, thành phố (trước 2025)', type: 'text', maxLength: 120 },
  ],
}
