import type { CollectionConfig } from 'payload'
import { summaryField, titleField, unitField } from '@/shared/fields/common'
import { slugField } from '@/shared/fields/slug'
import { withWorkflow } from '@/shared/workflow/with-workflow'
import { ADMIN_GROUP, DIALOGUES_SLUG } from '../../constants'
import { checkSummaryAfterClosing, importSections } from '../../hooks/dialogue-hooks'
import { generalFields, outcomeFields, sessionFields, textFields } from './fields'

/**
 * A policy–law dialogue (đối thoại / lấy ý kiến): a draft or policy split into sections that
 * people comment on between two dates, and afterwards the organiser's answers. Goes through the
 * editorial workflow like other public content.
 */
export const Dialogues: CollectionConfig = withWorkflow({
  slug: DIALOGUES_SLUG,
  labels: { singular: 'Đối thoại, lấy ý kiến', plural: 'Đối thoại, lấy ý kiến' },
  admin: {
    useAsTitle: 'title',
    group: ADMIN_GROUP,
    defaultColumns: ['title', 'kind', 'opensAt', 'closesAt', 'workflowState', 'unit'],
  },
  fields: [
    titleField(),
    summaryField('Tóm tắt', 1000),
    {
      type: 'tabs',
      tabs: [
        { label: 'Thông tin chung', fields: generalFields },
        { label: 'Nội dung dự thảo', fields: textFields },
        { label: 'Phiên đối thoại trực tiếp', fields: sessionFields },
        { label: 'Kết quả', fields: outcomeFields },
      ],
    },
    slugField(),
    unitField('Đơn vị chủ trì'),
  ],
  hooks: {
    beforeChange: [importSections, checkSummaryAfterClosing],
  },
})
