import { computeCitationAnchors } from '@/modules/legal-documents/citations/anchors'
import type { CollectionConfig, Field } from 'payload'
import { noMarkup } from '@/shared/fields/common'
import { CONTEST_QUESTIONS_SLUG, QUESTION_KINDS } from '../constants'
import { forgetPools } from '../hooks/round-hooks'
import { organisers } from './access'

type OptionRow = { text?: unknown; correct?: unknown }

/** Checks the options against the question's kind; the answer key must be unambiguous. */
export function validateQuestionOptions(kind: unknown, options: unknown): true | string {
  const rows = Array.isArray(options) ? (options as OptionRow[]) : []
  const correct = rows.filter((row) => row?.correct === true).length
  switch (kind) {
    case 'single':
      if (rows.length < 2) return 'Câu hỏi một đáp án cần ít nhất 2 phương án.'
      if (correct !== 1) return 'Câu hỏi một đáp án phải có đúng 1 phương án đúng.'
      return true
    case 'multiple':
      if (rows.length < 3) return 'Câu hỏi nhiều đáp án cần ít nhất 3 phương án.'
      if (correct < 1) return 'Hãy đánh dấu ít nhất 1 phương án đúng.'
      return true
    case 'true-false':
      if (rows.length !== 2) return 'Câu hỏi Đúng/Sai có đúng 2 phương án: “Đúng” và “Sai”.'
      if (correct !== 1) return 'Câu hỏi Đúng/Sai phải có đúng 1 phương án đúng.'
      return true
    case 'prediction':
      if (rows.length > 0) return 'Câu hỏi dự đoán không có phương án: người thi nhập một số.'
      return true
    default:
      return 'Loại câu hỏi không hợp lệ.'
  }
}

const citationsField: Field = {
  name: 'citations',
  label: 'Căn cứ pháp lý',
  type: 'array',
  maxRows: 10,
  labels: { singular: 'Căn cứ', plural: 'Căn cứ' },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'document', label: 'Văn bản', type: 'relationship', relationTo: 'legal-documents', required: true },
        {
          name: 'article',
          label: 'Điều, khoản, điểm',
          type: 'text',
          maxLength: 120,
          validate: noMarkup,
          admin: { description: 'Ví dụ: “Điều 5”, “khoản 2 Điều 8”.' },
        },
        {
          name: 'anchor',
          label: 'Neo trên trang văn bản',
          type: 'text',
          maxLength: 120,
          admin: { readOnly: true, description: 'Tự tính, ví dụ dieu-8-khoan-2.' },
        },
      ],
    },
  ],
}

/**
 * The question bank (ngân hàng câu hỏi), by legal field. Only the organisers see it: questions and
 * answer keys never reach the public API. A round draws its questions from here at the start of
 * each attempt and keeps a snapshot, so editing a question never changes an attempt under way.
 */
export const ContestQuestions: CollectionConfig = {
  slug: CONTEST_QUESTIONS_SLUG,
  labels: { singular: 'Câu hỏi thi', plural: 'Ngân hàng câu hỏi thi' },
  admin: {
    group: 'Cuộc thi tìm hiểu pháp luật',
    useAsTitle: 'text',
    defaultColumns: ['code', 'text', 'kind', 'field', 'active'],
    listSearchableFields: ['code', 'text'],
  },
  access: { read: organisers, create: organisers, update: organisers, delete: organisers },
  hooks: {
    // "khoản 2 Điều 8" → the provision's anchor on the document page, as for Q&A answers.
    beforeChange: [computeCitationAnchors],
    afterChange: [() => forgetPools()],
    afterDelete: [() => forgetPools()],
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'code',
          label: 'Mã câu hỏi',
          type: 'text',
          unique: true,
          index: true,
          maxLength: 40,
          validate: (value: unknown) =>
            value === null || value === undefined || value === '' || /^[A-Za-z0-9._-]{1,40}$/.test(String(value))
              ? true
              : 'Mã câu hỏi chỉ gồm chữ không dấu, chữ số, dấu chấm, gạch ngang, gạch dưới (tối đa 40 ký tự).',
          admin: { description: 'Dùng để cập nhật câu hỏi khi nhập lại từ tệp XLSX.' },
        },
        {
          name: 'kind',
          label: 'Loại câu hỏi',
          type: 'select',
          required: true,
          defaultValue: 'single',
          options: QUESTION_KINDS.map((k) => ({ ...k })),
          index: true,
        },
      ],
    },
    {
      name: 'text',
      label: 'Nội dung câu hỏi',
      type: 'textarea',
      required: true,
      minLength: 5,
      maxLength: 2000,
      validate: noMarkup,
    },
    {
      name: 'field',
      label: 'Lĩnh vực',
      type: 'relationship',
      relationTo: 'legal-fields',
      index: true,
    },
    {
      name: 'options',
      label: 'Phương án trả lời',
      type: 'array',
      maxRows: 8,
      labels: { singular: 'Phương án', plural: 'Phương án' },
      validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) =>
        validateQuestionOptions(siblingData?.kind, value),
      admin: { condition: (data) => data?.kind !== 'prediction' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'text', label: 'Phương án', type: 'text', required: true, maxLength: 500, validate: noMarkup },
            { name: 'correct', label: 'Đúng', type: 'checkbox', defaultValue: false },
          ],
        },
      ],
    },
    {
      name: 'numericAnswer',
      label: 'Đáp số (câu hỏi dự đoán)',
      type: 'number',
      admin: {
        condition: (data) => data?.kind === 'prediction',
        description:
          'Nhập sau khi vòng thi kết thúc (ví dụ: số người trả lời đúng tất cả câu hỏi); có thể để trống nếu vòng thi tự tính.',
      },
    },
    { name: 'explanation', label: 'Giải thích đáp án', type: 'textarea', maxLength: 3000, validate: noMarkup },
    citationsField,
    {
      type: 'row',
      fields: [
        { name: 'points', label: 'Điểm', type: 'number', defaultValue: 1, min: 0.25, max: 100 },
        {
          name: 'active',
          label: 'Đang dùng',
          type: 'checkbox',
          defaultValue: true,
          index: true,
          admin: { description: 'Bỏ chọn để không rút câu hỏi này vào các lượt thi mới.' },
        },
      ],
    },
  ],
}
