import type { CollectionConfig } from 'payload'
import { computeCitationAnchors } from '@/modules/legal-documents/citations/anchors'
import { warnAboutCitations } from '@/modules/legal-documents/citations/warning'
import { noMarkup, summaryField, titleField, unitField } from '@/shared/fields/common'
import { slugField } from '@/shared/fields/slug'
import { withWorkflow } from '@/shared/workflow/with-workflow'
import { SITUATIONS_SLUG } from '../../constants'
import { checkLegalBasis } from '../../hooks/legal-basis'
import { legalBasisFields } from './fields/legal-basis'
import { quizField } from './fields/quiz'

/**
 * Legal situations (tình huống pháp luật, issue 6 §2): a story, the legal question it raises, the
 * analysis and the conclusion, the articles it rests on, and an optional short quiz. Written by
 * contributors and the board, approved and published through the editorial workflow.
 */
export const LegalSituations: CollectionConfig = withWorkflow({
  slug: SITUATIONS_SLUG,
  labels: { singular: 'Tình huống pháp luật', plural: 'Tình huống pháp luật' },
  admin: {
    useAsTitle: 'title',
    group: 'Nội dung',
    defaultColumns: ['title', 'workflowState', 'legalBasisChanged', 'unit', 'publishedAt'],
    listSearchableFields: ['title', 'question'],
    description: 'Tình huống, câu hỏi pháp lý, phân tích, kết luận và căn cứ pháp lý; có thể kèm câu hỏi kiểm tra.',
  },
  hooks: { beforeChange: [computeCitationAnchors, warnAboutCitations, checkLegalBasis] },
  fields: [
    {
      type: 'tabs',
      tabs: [
        {
          label: 'Tình huống',
          fields: [
            titleField(),
            summaryField('Tóm tắt (hiện trong danh sách)', 400),
            {
              name: 'scenario',
              label: 'Tình huống',
              type: 'textarea',
              required: true,
              maxLength: 6000,
              validate: (value: unknown) => (value ? noMarkup(value) : 'Hãy kể lại tình huống.'),
              admin: { description: 'Câu chuyện cụ thể; không nêu tên thật, địa chỉ của người trong cuộc.' },
            },
            {
              name: 'question',
              label: 'Câu hỏi đặt ra',
              type: 'textarea',
              required: true,
              maxLength: 1000,
              validate: (value: unknown) => (value ? noMarkup(value) : 'Hãy nêu câu hỏi pháp lý của tình huống.'),
            },
            {
              name: 'image',
              label: 'Ảnh minh họa',
              type: 'upload',
              relationTo: 'media',
              admin: { description: 'Không bắt buộc; ảnh phải có mô tả (văn bản thay thế).' },
            },
            {
              type: 'row',
              fields: [
                { name: 'fields', label: 'Lĩnh vực', type: 'relationship', relationTo: 'legal-fields', hasMany: true },
                { name: 'audiences', label: 'Đối tượng', type: 'relationship', relationTo: 'audiences', hasMany: true },
              ],
            },
          ],
        },
        {
          label: 'Phân tích và kết luận',
          fields: [
            { name: 'analysis', label: 'Phân tích', type: 'richText', required: true },
            { name: 'answer', label: 'Kết luận, giải đáp', type: 'richText', required: true },
            ...legalBasisFields(),
          ],
        },
        { label: 'Kiểm tra hiểu biết', fields: [quizField()] },
      ],
    },
    {
      name: 'related',
      label: 'Tình huống liên quan',
      type: 'relationship',
      relationTo: SITUATIONS_SLUG,
      hasMany: true,
      maxRows: 4,
      filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
      admin: { position: 'sidebar', description: 'Để trống: tự chọn các tình huống cùng lĩnh vực.' },
    },
    slugField(),
    unitField('Đơn vị biên soạn'),
  ],
})
