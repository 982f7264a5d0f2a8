/** Slugs and vocabularies of the online legal Q&A module (issue 4 §1–§3, §5). */

export const QUESTIONS_SLUG = 'questions'
/** Files citizens attach to their questions: never public (see collections/private-files.ts). */
export const PRIVATE_FILES_SLUG = 'private-files'
export const QA_ADMIN_GROUP = 'Hỏi đáp – Đối thoại'

/** The public address of a published question. */
export const questionPath = (slug: string): string => `/hoi-dap/${slug}`
/** The private tracking page; the key is a secret only the asker holds. */
export const trackingPath = (code: string, key: string): string =>
  `/hoi-dap/tra-cuu?ma=${encodeURIComponent(code)}&khoa=${encodeURIComponent(key)}`

export const REJECTION_REASONS = [
  { value: 'spam', label: 'Thư rác, quảng cáo' },
  { value: 'not-legal', label: 'Không phải câu hỏi pháp luật' },
  { value: 'duplicate', label: 'Trùng câu hỏi đã có' },
  { value: 'out-of-scope', label: 'Ngoài phạm vi' },
] as const
export type RejectionReason = (typeof REJECTION_REASONS)[number]['value']

export const rejectionLabel = (value: string | null | undefined): string =>
  REJECTION_REASONS.find((r) => r.value === value)?.label ?? 'Không rõ lý do'

/** Working days an answer is due after receipt unless QA_DUE_WORKING_DAYS says otherwise. */
export const DEFAULT_DUE_WORKING_DAYS = 15
/** "Sắp đến hạn" in the moderation queue. */
export const DUE_SOON_QUEUE_DAYS = 3
/** Reminder e-mail before the due date. */
export const DUE_SOON_REMINDER_DAYS = 2

export function dueWorkingDays(): number {
  const raw = Number(process.env.QA_DUE_WORKING_DAYS)
  return Number.isInteger(raw) && raw > 0 && raw <= 120 ? raw : DEFAULT_DUE_WORKING_DAYS
}
