import type { CollectionConfig, Field, FieldAccess } from 'payload'
import { titleField } from '@/shared/fields/common'
import { slugField } from '@/shared/fields/slug'
import {
  boardField,
  createQuestions,
  deleteQuestions,
  readQuestions,
  submissionField,
  updateQuestions,
} from '../../access/questions'
import { editorial } from '@/shared/access/rules'
import { QA_ADMIN_GROUP, QUESTIONS_SLUG } from '../../constants'
import { applyQaAction } from '../../hooks/apply-qa-action'
import { computeCitationAnchors } from '@/modules/legal-documents/citations/anchors'
import { warnAboutCitations } from '@/modules/legal-documents/citations/warning'
import { afterQuestionChange } from '../../hooks/notify-asker'
import { personalDataAudit } from '@/modules/privacy/audit'
import { ASKER_DATA_FIELDS } from '../../access/personal-data'
import { answerFields } from './fields/answer'
import { askerFields } from './fields/asker'
import { handlingFields, handlingSidebarFields } from './fields/handling'
import { historyField } from './fields/history'

const syncWrite: FieldAccess = ({ req }) => Boolean((req.context as { systemAction?: unknown }).systemAction)
const audit = personalDataAudit(QUESTIONS_SLUG, ASKER_DATA_FIELDS)
const publicWording = { create: submissionField, update: boardField }
/** The public wording comes from the form, then only the board edits it (experts only answer). */
const withAccess = (field: Field): Field => Object.assign(field, { access: publicWording })

/**
 * Citizens' legal questions (issue 4 §1–§3): received from the public form or typed in by the
 * board, moderated, assigned, answered by experts, approved and published. `status` is the
 * handling state (states.ts); personal data sits in `asker`, `originalTitle/Body` and
 * `attachment`, readable only by the roles that handle it.
 */
export const Questions: CollectionConfig = {
  slug: QUESTIONS_SLUG,
  labels: { singular: 'Câu hỏi pháp luật', plural: 'Câu hỏi pháp luật' },
  admin: {
    useAsTitle: 'title',
    group: QA_ADMIN_GROUP,
    defaultColumns: ['title', 'trackingCode', 'status', 'dueDate', 'assignedUnit', 'assignedExpert', 'receivedAt'],
    listSearchableFields: ['title', 'trackingCode'],
    description: 'Câu hỏi của người dân: kiểm duyệt, phân công, trả lời, duyệt và công bố.',
    components: { beforeList: ['@/modules/qa/admin/qa-queue#QaQueue'] },
  },
  access: {
    read: readQuestions,
    create: createQuestions,
    update: updateQuestions,
    delete: deleteQuestions,
    readVersions: editorial,
  },
  defaultSort: '-receivedAt',
  // Covering for the statistics (../../statistics.ts): answers, overdue questions and legal fields
  // of a period are counted from this index alone, never from the rows with their texts.
  indexes: [
    {
      fields: [
        'status',
        'answeredAt',
        'publishedAt',
        'receivedAt',
        'dueDate',
        'field',
        'assignedUnit',
        'answeringUnit',
        'syncedCopy',
      ],
    },
  ],
  versions: { maxPerDoc: 30 },
  lockDocuments: false,
  hooks: {
    beforeChange: [computeCitationAnchors, warnAboutCitations, applyQaAction],
    afterChange: [afterQuestionChange, audit.afterChange],
    afterRead: [audit.afterRead],
  },
  fields: [
    {
      name: 'trackingCode',
      label: 'Mã tra cứu',
      type: 'text',
      unique: true,
      index: true,
      maxLength: 20,
      access: { create: () => false, update: () => false },
      admin: { readOnly: true, position: 'sidebar', description: 'Người hỏi dùng mã này để tra cứu tình trạng.' },
    },
    ...handlingSidebarFields(),
    {
      type: 'tabs',
      tabs: [
        {
          label: 'Câu hỏi',
          fields: [
            withAccess(titleField('Tiêu đề công khai', 300)),
            {
              name: 'body',
              label: 'Nội dung công khai',
              type: 'textarea',
              required: true,
              maxLength: 10000,
              access: publicWording,
              admin: {
                description: 'Mặc định là lời người hỏi; hãy bỏ tên, địa chỉ, số điện thoại… trước khi công bố.',
              },
            },
            {
              type: 'row',
              fields: [
                {
                  name: 'field',
                  label: 'Lĩnh vực',
                  type: 'relationship',
                  relationTo: 'legal-fields',
                  index: true,
                  access: publicWording,
                },
                { name: 'area', label: 'Địa bàn', type: 'relationship', relationTo: 'areas', access: publicWording },
              ],
            },
            {
              name: 'audiences',
              label: 'Đối tượng',
              type: 'relationship',
              relationTo: 'audiences',
              hasMany: true,
              access: { create: boardField, update: boardField },
            },
            ...askerFields(),
          ],
        },
        { label: 'Xử lý', fields: handlingFields() },
        { label: 'Trả lời', fields: answerFields() },
        { label: 'Lịch sử', fields: [historyField] },
      ],
    },
    withAccess(slugField()),
    {
      // A copy of a question answered on another portal (sync follower): published as the source
      // does, never handled here, left out of this portal's Q&A statistics.
      name: 'syncedCopy',
      label: 'Bản sao từ cổng khác',
      type: 'checkbox',
      // Only the follower's writes (a system action in the context) set it.
      access: { create: syncWrite, update: syncWrite },
      admin: { readOnly: true, position: 'sidebar', condition: (data) => Boolean(data?.syncedCopy) },
    },
    {
      // NOTE: mirrors `status` as the workflow-state the site search expects (search/server/sync.ts
      // indexes documents whose workflowState is 'published'); derived here, never written by callers.
      name: 'workflowState',
      type: 'text',
      index: true,
      admin: { hidden: true },
      hooks: {
        beforeChange: [
          ({ siblingData, originalDoc }) =>
            (siblingData.status ?? (originalDoc as { status?: string } | undefined)?.status) === 'published'
              ? 'published'
              : 'unpublished',
        ],
      },
    },
    {
      name: 'viewCount',
      label: 'Lượt xem',
      type: 'number',
      defaultValue: 0,
      min: 0,
      access: { create: () => false, update: () => false },
      admin: { readOnly: true, position: 'sidebar' },
    },
  ],
}
