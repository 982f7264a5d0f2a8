import type { CollectionConfig } from 'payload'
import { summaryField, titleField } from '@/shared/fields/common'
import { slugField } from '@/shared/fields/slug'
import { withWorkflow } from '@/shared/workflow/with-workflow'

/** Static pages (giới thiệu, Ban Biên tập, chính sách…) at /gioi-thieu/<slug>. */
export const Pages: CollectionConfig = withWorkflow(
  {
    slug: 'pages',
    labels: { singular: 'Trang tĩnh', plural: 'Trang tĩnh (giới thiệu)' },
    admin: { useAsTitle: 'title', group: 'Nội dung', defaultColumns: ['title', 'slug', 'workflowState', 'updatedAt'] },
    fields: [
      titleField(),
      summaryField(),
      { name: 'body', label: 'Nội dung', type: 'richText', required: true },
      { name: 'order', label: 'Thứ tự', type: 'number', defaultValue: 100, admin: { position: 'sidebar' } },
      slugField(),
      { name: 'unit', type: 'relationship', relationTo: 'units', admin: { hidden: true } },
    ],
  },
  { contributorsWrite: false },
)
