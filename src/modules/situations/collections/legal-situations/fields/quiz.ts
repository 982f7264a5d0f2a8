import type { ArrayField, FieldAccess } from 'payload'
import { array } from 'payload/shared'
import { isStaff, type RoleUser } from '@/shared/access/roles'
import { noMarkup } from '@/shared/fields/common'
import { QUIZ_MAX_OPTIONS, QUIZ_MAX_QUESTIONS, QUIZ_MIN_OPTIONS } from '../../../constants'

/**
 * The answer key and the explanations are for staff only: published situations are readable
 * through the REST API, and a quiz whose key can be read off it checks nothing. The grader
 * (public/grade-quiz.ts) reads them as the system.
 */
const staffOnly: FieldAccess = ({ req }) => isStaff((req.user ?? null) as RoleUser | null)

type OptionRow = { isCorrect?: boolean | null }

/** Exactly one correct option per question: the quiz is single choice. */
function oneCorrect(value: unknown): true | string {
  if (!Array.isArray(value)) return true
  const correct = (value as OptionRow[]).filter((o) => o?.isCorrect === true).length
  return correct === 1 ? true : 'Mỗi câu hỏi phải có đúng một phương án đúng.'
}

/** An optional short quiz (1–5 single-choice questions, 2–5 options each) to check understanding. */
export function quizField(): ArrayField {
  return {
    name: 'quiz',
    label: 'Câu hỏi kiểm tra hiểu biết (không bắt buộc)',
    type: 'array',
    maxRows: QUIZ_MAX_QUESTIONS,
    labels: { singular: 'Câu hỏi', plural: 'Câu hỏi' },
    admin: {
      initCollapsed: true,
      description: `Tối đa ${QUIZ_MAX_QUESTIONS} câu, mỗi câu ${QUIZ_MIN_OPTIONS}–${QUIZ_MAX_OPTIONS} phương án và đúng một phương án đúng.`,
    },
    fields: [
      {
        name: 'prompt',
        label: 'Câu hỏi',
        type: 'text',
        required: true,
        maxLength: 400,
        validate: (value: unknown) => (value ? noMarkup(value) : 'Hãy nhập câu hỏi.'),
      },
      {
        name: 'options',
        label: 'Phương án trả lời',
        type: 'array',
        minRows: QUIZ_MIN_OPTIONS,
        maxRows: QUIZ_MAX_OPTIONS,
        required: true,
        labels: { singular: 'Phương án', plural: 'Phương án' },
        validate: (value, args) => {
          const base = array(value, args)
          return base === true ? oneCorrect(value) : base
        },
        fields: [
          {
            type: 'row',
            fields: [
              {
                name: 'text',
                label: 'Nội dung phương án',
                type: 'text',
                required: true,
                maxLength: 300,
                validate: (value: unknown) => (value ? noMarkup(value) : 'Hãy nhập nội dung phương án.'),
              },
              {
                name: 'isCorrect',
                label: 'Phương án đúng',
                type: 'checkbox',
                defaultValue: false,
                access: { read: staffOnly },
              },
            ],
          },
        ],
      },
      {
        name: 'explanation',
        label: 'Giải thích đáp án',
        type: 'textarea',
        required: true,
        maxLength: 1500,
        access: { read: staffOnly },
        admin: { description: 'Hiện cho người đọc sau khi nộp bài; nên nêu điều luật làm căn cứ.' },
      },
    ],
  }
}
