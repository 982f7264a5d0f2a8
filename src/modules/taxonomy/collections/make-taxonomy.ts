import type { CollectionConfig } from 'payload'
import { anyone, chiefOnly } from '@/shared/access/rules'
import { summaryField, titleField } from '@/shared/fields/common'
import { slugField } from '@/shared/fields/slug'
import { revalidateAlways, revalidateAlwaysOnDelete } from '@/shared/workflow/hooks'

/** A flat, public taxonomy that the editor-in-chief and administrators maintain. */
export function makeTaxonomy(args: { slug: string; singular: string; plural: string }): CollectionConfig {
  return {
    slug: args.slug,
    labels: { singular: args.singular, plural: args.plural },
    admin: { useAsTitle: 'title', group: 'Phân loại', defaultColumns: ['title', 'slug', 'order'] },
    access: { read: anyone, create: chiefOnly, update: chiefOnly, delete: chiefOnly },
    defaultSort: 'order',
    hooks: { afterChange: [revalidateAlways], afterDelete: [revalidateAlwaysOnDelete] },
    fields: [
      titleField('Tên', 160),
      slugField(),
      summaryField('Mô tả', 500),
      { name: 'order', label: 'Thứ tự', type: 'number', defaultValue: 100 },
    ],
  }
}
