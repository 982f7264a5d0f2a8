import type { CollectionConfig } from 'payload'
import { ATTEMPT_STATUSES, CONTEST_ATTEMPTS_SLUG, CONTEST_ENTRIES_SLUG, CONTEST_ROUNDS_SLUG } from '../constants'
import { organisers, organisersOrContestantAction } from './access'

const hidden = { read: organisers as never, create: () => true, update: () => true }

/**
 * One attempt (lượt thi). The server owns the clock: `deadlineAt` is fixed when the attempt starts,
 * answers after it are ignored and a scheduled task submits attempts left open. `items` is the
 * snapshot of the drawn questions in their shuffled order with shuffled option ids and the answer
 * key, so editing the bank never changes an attempt under way; it is never sent to a browser as is.
 */
export const ContestAttempts: CollectionConfig = {
  slug: CONTEST_ATTEMPTS_SLUG,
  labels: { singular: 'Lượt thi', plural: 'Lượt thi' },
  admin: {
    group: 'Cuộc thi tìm hiểu pháp luật',
    defaultColumns: ['entry', 'round', 'attemptNo', 'status', 'score', 'durationMs'],
  },
  access: {
    read: organisers,
    create: organisersOrContestantAction,
    update: organisersOrContestantAction,
    delete: organisers,
  },
  indexes: [
    { fields: ['entry', 'attemptNo'], unique: true },
    { fields: ['round', 'status', 'score', 'predictionDiff', 'durationMs'] },
    { fields: ['status', 'deadlineAt'] },
  ],
  fields: [
    {
      name: 'entry',
      label: 'Người dự thi',
      type: 'relationship',
      relationTo: CONTEST_ENTRIES_SLUG,
      required: true,
      index: true,
      // Erased with the entry (its beforeDelete, ../hooks/erase-entry.ts).
      custom: { deletedWithTarget: true },
    },
    {
      name: 'round',
      label: 'Vòng thi',
      type: 'relationship',
      relationTo: CONTEST_ROUNDS_SLUG,
      required: true,
      index: true,
    },
    { name: 'attemptNo', label: 'Lượt số', type: 'number', required: true, min: 1 },
    {
      name: 'status',
      label: 'Trạng thái',
      type: 'select',
      required: true,
      defaultValue: 'in-progress',
      options: ATTEMPT_STATUSES.map((s) => ({ ...s })),
    },
    { name: 'startedAt', label: 'Bắt đầu lúc', type: 'date', required: true },
    { name: 'deadlineAt', label: 'Hết giờ lúc', type: 'date', required: true },
    { name: 'submittedAt', label: 'Nộp lúc', type: 'date' },
    { name: 'items', label: 'Đề thi của lượt (câu hỏi, thứ tự, đáp án)', type: 'json', required: true, access: hidden },
    { name: 'prediction', label: 'Số dự đoán', type: 'number' },
    { name: 'score', label: 'Điểm', type: 'number', index: true },
    { name: 'maxScore', label: 'Điểm tối đa', type: 'number' },
    { name: 'correctCount', label: 'Số câu đúng', type: 'number' },
    { name: 'durationMs', label: 'Thời gian làm bài (ms)', type: 'number' },
    {
      name: 'predictionDiff',
      label: 'Chênh lệch dự đoán',
      type: 'number',
      admin: { description: 'Tính khi có đáp số câu hỏi dự đoán; càng nhỏ càng xếp trên.' },
    },
    // The browser session that holds the attempt: a second session is refused while this one is live.
    { name: 'sessionHash', type: 'text', access: hidden, admin: { hidden: true } },
    { name: 'sessionSeenAt', type: 'date', access: hidden, admin: { hidden: true } },
  ],
}
