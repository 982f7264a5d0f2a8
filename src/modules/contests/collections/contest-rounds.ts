import type { CollectionConfig } from 'payload'
import { editorialField } from '@/shared/access/rules'
import { noMarkup, validateEndAfterStart } from '@/shared/fields/common'
import { CONTESTS_SLUG, CONTEST_QUESTIONS_SLUG, CONTEST_ROUNDS_SLUG } from '../constants'
import { afterRoundChange, checkRoundPool } from '../hooks/round-hooks'
import { organisers } from './access'

/**
 * A round of a contest (vòng thi): when it opens and closes and how each attempt is drawn and
 * timed. The question pool, the prediction's answer before results are published and the result
 * settings are for the organisers only.
 */
export const ContestRounds: CollectionConfig = {
  slug: CONTEST_ROUNDS_SLUG,
  labels: { singular: 'Vòng thi', plural: 'Vòng thi' },
  admin: {
    group: 'Cuộc thi tìm hiểu pháp luật',
    useAsTitle: 'title',
    defaultColumns: ['title', 'contest', 'number', 'opensAt', 'closesAt', 'resultsPublished'],
  },
  // Rounds are read by the public pages of published contests; the fields below hide the rest.
  access: { read: () => true, create: organisers, update: organisers, delete: organisers },
  indexes: [{ fields: ['contest', 'number'], unique: true }],
  hooks: { beforeChange: [checkRoundPool], afterChange: [afterRoundChange] },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'contest', label: 'Cuộc thi', type: 'relationship', relationTo: CONTESTS_SLUG, required: true },
        { name: 'number', label: 'Vòng số', type: 'number', required: true, min: 1, max: 50, defaultValue: 1 },
      ],
    },
    { name: 'title', label: 'Tên vòng thi', type: 'text', required: true, maxLength: 200, validate: noMarkup },
    {
      type: 'row',
      fields: [
        {
          name: 'opensAt',
          label: 'Mở lúc',
          type: 'date',
          required: true,
          index: true,
          admin: { date: { pickerAppearance: 'dayAndTime' } },
        },
        {
          name: 'closesAt',
          label: 'Đóng lúc',
          type: 'date',
          required: true,
          index: true,
          admin: { date: { pickerAppearance: 'dayAndTime' } },
          validate: validateEndAfterStart('opensAt', 'Thời điểm đóng phải sau thời điểm mở vòng thi.'),
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'questionCount',
          label: 'Số câu hỏi mỗi lượt',
          type: 'number',
          required: true,
          min: 1,
          max: 200,
          defaultValue: 20,
        },
        {
          name: 'timeLimitMinutes',
          label: 'Thời gian làm bài (phút)',
          type: 'number',
          required: true,
          min: 1,
          max: 240,
          defaultValue: 20,
        },
        {
          name: 'attemptsAllowed',
          label: 'Số lượt thi tối đa',
          type: 'number',
          required: true,
          min: 1,
          max: 10,
          defaultValue: 1,
        },
      ],
    },
    {
      name: 'drawFields',
      label: 'Rút câu hỏi từ các lĩnh vực',
      type: 'relationship',
      relationTo: 'legal-fields',
      hasMany: true,
      access: { read: editorialField },
      admin: { description: 'Để trống để rút từ mọi câu hỏi đang dùng (hoặc từ danh sách câu hỏi bên dưới).' },
    },
    {
      name: 'questions',
      label: 'Danh sách câu hỏi của vòng (tùy chọn)',
      type: 'relationship',
      relationTo: CONTEST_QUESTIONS_SLUG,
      hasMany: true,
      access: { read: editorialField },
      filterOptions: { kind: { not_equals: 'prediction' } },
      admin: { description: 'Nếu chọn, mỗi lượt thi rút ngẫu nhiên từ danh sách này thay vì theo lĩnh vực.' },
    },
    {
      name: 'predictionQuestion',
      label: 'Câu hỏi dự đoán (phân định giải)',
      type: 'relationship',
      relationTo: CONTEST_QUESTIONS_SLUG,
      access: { read: editorialField },
      filterOptions: { kind: { equals: 'prediction' } },
    },
    {
      name: 'predictionAnswer',
      label: 'Đáp số câu hỏi dự đoán',
      type: 'number',
      access: { read: editorialField },
      admin: {
        description: 'Để trống: tự tính là số người có điểm tối đa khi vòng thi đóng.',
      },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'resultsPublished',
          label: 'Công bố kết quả',
          type: 'checkbox',
          defaultValue: false,
          index: true,
          admin: { description: 'Khi chọn, bảng xếp hạng của vòng thi hiện trên trang công khai.' },
        },
        {
          name: 'resultsPublishedAt',
          label: 'Công bố lúc',
          type: 'date',
          access: { update: () => false, create: () => false },
          admin: { readOnly: true },
        },
      ],
    },
  ],
}
