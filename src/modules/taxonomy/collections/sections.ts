import type { CollectionConfig } from 'payload'
import { anyone, chiefOnly } from '@/shared/access/rules'
import { summaryField, titleField } from '@/shared/fields/common'
import { slugField } from '@/shared/fields/slug'
import { revalidateAlways, revalidateAlwaysOnDelete } from '@/shared/workflow/hooks'

export const SECTIONS_SLUG = 'sections'

/**
 * Site sections (chuyên mục): a tree the editor-in-chief grows without code. Articles are placed
 * in a section; the public navigation and /chuyen-muc/<slug> pages are built from it.
 */
export const Sections: CollectionConfig = {
  slug: SECTIONS_SLUG,
  labels: { singular: 'Chuyên mục', plural: 'Chuyên mục' },
  admin: { useAsTitle: 'title', group: 'Phân loại', defaultColumns: ['title', 'parent', 'order', 'showInNav'] },
  access: { read: anyone, create: chiefOnly, update: chiefOnly, delete: chiefOnly },
  defaultSort: 'order',
  hooks: { afterChange: [revalidateAlways], afterDelete: [revalidateAlwaysOnDelete] },
  fields: [
    titleField('Tên chuyên mục', 160),
    slugField(),
    summaryField('Mô tả', 500),
    {
      name: 'parent',
      label: 'Chuyên mục cha',
      type: 'relationship',
      relationTo: SECTIONS_SLUG,
      filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
      validate: (value: unknown, { id }: { id?: number | string }) =>
        value && id && (value === id || (value as { id?: unknown }).id === id)
          ? 'Chuyên mục không thể là cha của chính nó.'
          : true,
    },
    { name: 'order', label: 'Thứ tự', type: 'number', defaultValue: 100 },
    { name: 'showInNav', label: 'Hiện trên thanh điều hướng', type: 'checkbox', defaultValue: true },
  ],
}
