import type { CollectionConfig } from 'payload'
import { noMarkup, summaryField, taxonomyFields, titleField, unitField } from '@/shared/fields/common'
import { slugField } from '@/shared/fields/slug'
import { withWorkflow } from '@/shared/workflow/with-workflow'
import { syncFileVisibility, syncFileVisibilityOnDelete } from '../../hooks/library-file-visibility'
import { LIBRARY_ITEMS_SLUG, LIBRARY_KINDS } from '../../library/constants'
import { audioFields, ebookFields, infographicFields, videoFields } from './kind-fields'
import { computeLegalBasisAnchors, legalBasisField } from './legal-basis'

const atLeastOne = (message: string) => (value: unknown) => (Array.isArray(value) && value.length > 0 ? true : message)

/**
 * Library items (issue 6 §1): videos, audio programmes, infographics and e-books/leaflets, each
 * tagged by field, audience and the legal provisions it explains, published through the editorial
 * workflow (contributors draft and submit, the board approves and publishes).
 */
export const LibraryItems: CollectionConfig = withWorkflow({
  slug: LIBRARY_ITEMS_SLUG,
  labels: { singular: 'Tài liệu thư viện', plural: 'Thư viện số (video, âm thanh, infographic, sách)' },
  admin: {
    useAsTitle: 'title',
    group: 'Nội dung',
    defaultColumns: ['title', 'kind', 'workflowState', 'unit', 'publishedAt'],
  },
  hooks: {
    beforeChange: [computeLegalBasisAnchors],
    afterChange: [syncFileVisibility],
    afterDelete: [syncFileVisibilityOnDelete],
  },
  fields: [
    titleField(),
    {
      name: 'kind',
      label: 'Loại tài liệu',
      type: 'select',
      required: true,
      index: true,
      defaultValue: 'video',
      options: LIBRARY_KINDS.map((k) => ({ label: k.label, value: k.value })),
    },
    {
      ...summaryField('Tóm tắt', 1500),
      required: true,
      validate: (value: unknown) =>
        typeof value === 'string' && value.trim().length >= 20
          ? noMarkup(value)
          : 'Hãy viết tóm tắt nội dung (ít nhất 20 ký tự).',
    },
    ...videoFields,
    ...audioFields,
    ...infographicFields,
    ...ebookFields,
    {
      name: 'durationSeconds',
      label: 'Thời lượng (giây)',
      type: 'number',
      min: 1,
      max: 24 * 3600,
      admin: { condition: (_, s) => s?.kind === 'video' || s?.kind === 'audio' },
    },
    ...taxonomyFields().map((f) =>
      f.type === 'relationship' && (f.name === 'fields' || f.name === 'audiences')
        ? {
            ...f,
            index: true,
            validate: atLeastOne(
              f.name === 'fields' ? 'Hãy chọn ít nhất một lĩnh vực.' : 'Hãy chọn ít nhất một đối tượng.',
            ),
          }
        : f,
    ),
    legalBasisField,
    {
      name: 'related',
      label: 'Tài liệu liên quan',
      type: 'relationship',
      relationTo: LIBRARY_ITEMS_SLUG,
      hasMany: true,
      maxRows: 6,
      filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
    },
    slugField(),
    unitField('Đơn vị biên soạn'),
  ],
})
