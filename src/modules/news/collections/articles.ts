import type { CollectionConfig } from 'payload'
import { attachmentsField, summaryField, taxonomyFields, titleField, unitField } from '@/shared/fields/common'
import { slugField } from '@/shared/fields/slug'
import { editorialField } from '@/shared/access/rules'
import { withWorkflow } from '@/shared/workflow/with-workflow'

export const ARTICLES_SLUG = 'articles'

/** Articles (bài viết): news, guidance and activity reports, each placed in a section. */
export const Articles: CollectionConfig = withWorkflow({
  slug: ARTICLES_SLUG,
  labels: { singular: 'Bài viết', plural: 'Bài viết' },
  admin: {
    useAsTitle: 'title',
    group: 'Nội dung',
    defaultColumns: ['title', 'section', 'workflowState', 'unit', 'publishedAt'],
  },
  // Covering for the statistics (../statistics.ts): published articles of a period by month, section
  // and unit are counted from this index alone, never from the rows with their bodies.
  indexes: [{ fields: ['workflowState', 'publishedAt', 'section', 'unit'] }],
  fields: [
    titleField(),
    summaryField('Tóm tắt (sa-pô)', 600),
    {
      name: 'cover',
      label: 'Ảnh đại diện',
      type: 'upload',
      relationTo: 'media',
      admin: { description: 'Ảnh phải có mô tả (văn bản thay thế).' },
    },
    { name: 'body', label: 'Nội dung', type: 'richText', required: true },
    {
      type: 'row',
      fields: [
        {
          name: 'section',
          label: 'Chuyên mục',
          type: 'relationship',
          relationTo: 'sections',
          required: true,
          index: true,
        },
        { name: 'author', label: 'Tác giả', type: 'text', maxLength: 120 },
      ],
    },
    ...taxonomyFields(),
    attachmentsField(),
    {
      name: 'related',
      label: 'Bài viết liên quan',
      type: 'relationship',
      relationTo: ARTICLES_SLUG,
      hasMany: true,
      maxRows: 6,
      filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
    },
    {
      name: 'featured',
      label: 'Tin nổi bật trên trang chủ',
      type: 'checkbox',
      defaultValue: false,
      // The home page is the editorial board's choice.
      access: { create: editorialField, update: editorialField },
      admin: { position: 'sidebar' },
    },
    slugField(),
    unitField('Đơn vị viết bài'),
    {
      // Issue 5 §2: record a published activity article as a PBGDPL activity of its unit.
      name: 'recordActivity',
      type: 'ui',
      admin: {
        position: 'sidebar',
        components: { Field: '@/modules/activities/admin/create-from-article#CreateActivityFromArticle' },
      },
    },
  ],
})
