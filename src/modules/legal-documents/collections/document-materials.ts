import type { CollectionConfig } from 'payload'
import { attachmentsField, summaryField, taxonomyFields, titleField, unitField } from '@/shared/fields/common'
import { slugField } from '@/shared/fields/slug'
import { withWorkflow } from '@/shared/workflow/with-workflow'
import { DOCUMENT_MATERIALS_SLUG, LEGAL_DOCUMENTS_SLUG, MATERIAL_KINDS } from '../constants'

/**
 * Companion materials of legal documents (Phụ lục I, mục 2.1): press releases, introductions of
 * the main contents, dissemination and training materials, outlines introducing resolutions of the
 * provincial People's Council and decisions of the People's Committee.
 */
export const DocumentMaterials: CollectionConfig = withWorkflow({
  slug: DOCUMENT_MATERIALS_SLUG,
  labels: { singular: 'Tài liệu kèm văn bản', plural: 'Tài liệu giới thiệu, phổ biến văn bản' },
  admin: {
    useAsTitle: 'title',
    group: 'Văn bản pháp luật',
    defaultColumns: ['title', 'kind', 'workflowState', 'unit', 'publishedAt'],
  },
  fields: [
    {
      name: 'kind',
      label: 'Loại tài liệu',
      type: 'select',
      required: true,
      index: true,
      defaultValue: 'gioi-thieu-noi-dung',
      options: MATERIAL_KINDS.map((k) => ({ ...k })),
    },
    titleField('Tên tài liệu', 300),
    summaryField('Tóm tắt', 1000),
    { name: 'body', label: 'Nội dung', type: 'richText' },
    attachmentsField(),
    {
      name: 'documents',
      label: 'Văn bản liên quan',
      type: 'relationship',
      relationTo: LEGAL_DOCUMENTS_SLUG,
      hasMany: true,
      index: true,
      maxRows: 20,
    },
    ...taxonomyFields().filter((f) => 'name' in f && f.name === 'fields'),
    slugField(),
    unitField('Đơn vị biên soạn'),
  ],
})
