/** Collection slugs and fixed vocabularies of the contests module (issue 6 §3–4). */

export const CONTEST_QUESTIONS_SLUG = 'contest-questions'
export const CONTESTS_SLUG = 'contests'
export const CONTEST_ROUNDS_SLUG = 'contest-rounds'
export const CONTEST_ENTRIES_SLUG = 'contest-entries'
export const CONTEST_ATTEMPTS_SLUG = 'contest-attempts'
export const CONTEST_ANSWERS_SLUG = 'contest-answers'
export const CONTEST_CERTIFICATES_SLUG = 'contest-certificates'

export const QUESTION_KINDS = [
  { value: 'single', label: 'Một đáp án đúng' },
  { value: 'multiple', label: 'Nhiều đáp án đúng' },
  { value: 'true-false', label: 'Đúng/Sai' },
  { value: 'prediction', label: 'Câu hỏi dự đoán (phân định giải)' },
] as const
export type QuestionKind = (typeof QUESTION_KINDS)[number]['value']

export const CONTEST_STATUSES = [
  { value: 'draft', label: 'Đang soạn' },
  { value: 'published', label: 'Đã công bố' },
  { value: 'closed', label: 'Đã kết thúc' },
] as const

export const ELIGIBILITY = [
  { value: 'open', label: 'Mọi người' },
  { value: 'units', label: 'Chỉ người thuộc các đơn vị/trường được chọn' },
  { value: 'audiences', label: 'Chỉ các đối tượng được chọn' },
] as const

export const CONTACT_KINDS = [
  { value: 'email', label: 'Thư điện tử' },
  { value: 'phone', label: 'Số điện thoại' },
] as const

export const CERTIFICATE_RULES = [
  { value: 'none', label: 'Không cấp' },
  { value: 'participation', label: 'Mọi người đã nộp bài' },
  { value: 'threshold', label: 'Người đạt từ mức điểm tối thiểu' },
] as const

export const ATTEMPT_STATUSES = [
  { value: 'in-progress', label: 'Đang làm bài' },
  { value: 'submitted', label: 'Đã nộp' },
  { value: 'timed-out', label: 'Tự nộp khi hết giờ' },
] as const
export type AttemptStatus = (typeof ATTEMPT_STATUSES)[number]['value']

/** Under this age at the round's opening a contestant is a minor (Luật Trẻ em: under 16 is a child). */
export const ADULT_AGE = 18

/**
 * The request context flag that lets the contest engine and the public registration create and
 * update contestants' records through the Local API with overrideAccess: false. The REST and
 * GraphQL APIs cannot set a context, so no client can write these records directly.
 */
export const CONTESTANT_CONTEXT = 'contestantAction'
