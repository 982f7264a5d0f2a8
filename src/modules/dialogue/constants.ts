/** Names shared by the dialogue module's collections, pages and exports. */

export const DIALOGUES_SLUG = 'dialogues'
export const DIALOGUE_COMMENTS_SLUG = 'dialogue-comments'
export const ADMIN_GROUP = 'Hỏi đáp – Đối thoại'

export const dialoguePath = (slug: string): string => `/doi-thoai/${slug}`

export const DIALOGUE_KINDS = [
  { value: 'lay-y-kien', label: 'Lấy ý kiến dự thảo, chính sách' },
  { value: 'truc-tiep', label: 'Đối thoại trực tiếp' },
] as const
export type DialogueKind = (typeof DIALOGUE_KINDS)[number]['value']

export const COMMENT_STATUSES = [
  { value: 'cho-duyet', label: 'Chờ duyệt' },
  { value: 'da-dang', label: 'Đã đăng' },
  { value: 'tu-choi', label: 'Từ chối' },
] as const
export type CommentStatus = (typeof COMMENT_STATUSES)[number]['value']

export const DECISIONS = [
  { value: 'tiep-thu', label: 'Tiếp thu' },
  { value: 'tiep-thu-mot-phan', label: 'Tiếp thu một phần' },
  { value: 'giai-trinh', label: 'Giải trình, không tiếp thu' },
] as const
export type Decision = (typeof DECISIONS)[number]['value']

export const decisionLabel = (value: string | null | undefined): string =>
  DECISIONS.find((d) => d.value === value)?.label ?? 'Chưa xử lý'

export const FLAG_REASONS = [
  { value: 'xuc-pham', label: 'Ngôn từ xúc phạm, thiếu văn hóa' },
  { value: 'quang-cao', label: 'Quảng cáo, tin rác' },
  { value: 'thong-tin-ca-nhan', label: 'Lộ thông tin cá nhân' },
  { value: 'sai-su-that', label: 'Thông tin sai sự thật' },
  { value: 'khac', label: 'Lý do khác' },
] as const
export type FlagReason = (typeof FLAG_REASONS)[number]['value']

/** Reader flags that send a published comment back to moderation. */
export const FLAGS_TO_HIDE = Number(process.env.DIALOGUE_FLAGS_TO_HIDE || 3)

/** The key used for a comment on the whole text rather than one section. */
export const WHOLE_TEXT = 'toan-van'

export const COMMENT_MIN = 10
export const COMMENT_MAX = 5000
