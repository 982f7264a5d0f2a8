import type { CollectionConfig } from 'payload'
import { CONTEST_ANSWERS_SLUG, CONTEST_ATTEMPTS_SLUG } from '../constants'
import { organisers, organisersOrContestantAction } from './access'

/**
 * One answer to one item of an attempt, kept as its own row so that answers sent together (two
 * tabs, a retry after a slow network) never overwrite each other: (attempt, itemIndex) is unique
 * and the last accepted answer before the deadline counts.
 */
export const ContestAnswers: CollectionConfig = {
  slug: CONTEST_ANSWERS_SLUG,
  labels: { singular: 'Câu trả lời', plural: 'Câu trả lời của người dự thi' },
  admin: { group: 'Cuộc thi tìm hiểu pháp luật', hidden: true },
  access: {
    read: organisers,
    create: organisersOrContestantAction,
    update: organisersOrContestantAction,
    delete: organisers,
  },
  indexes: [{ fields: ['attempt', 'itemIndex'], unique: true }, { fields: ['question', 'correct'] }],
  fields: [
    { name: 'attempt', type: 'relationship', relationTo: CONTEST_ATTEMPTS_SLUG, required: true, index: true },
    { name: 'itemIndex', type: 'number', required: true, min: 0 },
    { name: 'question', type: 'relationship', relationTo: 'contest-questions', index: true },
    { name: 'choice', label: 'Phương án đã chọn (mã)', type: 'json' },
    { name: 'correct', type: 'checkbox', defaultValue: false },
    { name: 'answeredAt', type: 'date', required: true },
  ],
}
