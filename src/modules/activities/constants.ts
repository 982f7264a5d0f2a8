/** PBGDPL activity records of units (issue 5 §2). */
export const ACTIVITIES_SLUG = 'activities'
export const ACTIVITY_EVIDENCE_SLUG = 'activity-evidence'
export const ACTIVITY_ROLLUPS_SLUG = 'activity-rollups'
export const ACTIVITIES_ADMIN_GROUP = 'Đội ngũ và hoạt động'

/**
 * Forms of dissemination, after Luật Phổ biến, giáo dục pháp luật 2012 Điều 11 (and the school
 * programmes of Chương III). Keys are stable: statistics and report indicators refer to them.
 */
export const ACTIVITY_FORMS = [
  { value: 'direct', label: 'Phổ biến pháp luật trực tiếp (hội nghị, tập huấn, tọa đàm)' },
  { value: 'consulting', label: 'Tư vấn, hướng dẫn tìm hiểu, giải đáp pháp luật' },
  { value: 'press', label: 'Họp báo, thông cáo báo chí' },
  { value: 'mass-media', label: 'Phương tiện thông tin đại chúng, loa truyền thanh cơ sở' },
  { value: 'materials', label: 'Biên soạn, phát hành tài liệu' },
  { value: 'online', label: 'Cổng thông tin điện tử, mạng xã hội, trực tuyến' },
  { value: 'contest', label: 'Thi tìm hiểu pháp luật' },
  { value: 'case-handling', label: 'Thông qua xét xử, xử lý vi phạm, tiếp công dân' },
  { value: 'cultural', label: 'Lồng ghép trong hoạt động văn hóa, văn nghệ, sinh hoạt đoàn thể' },
  { value: 'bookshelf', label: 'Tủ sách pháp luật' },
  { value: 'school', label: 'Giáo dục pháp luật trong nhà trường' },
  { value: 'other', label: 'Hình thức khác' },
] as const
export type ActivityForm = (typeof ACTIVITY_FORMS)[number]['value']

/** Kinds of printed or recorded material handed out. */
export const MATERIAL_KINDS = [
  { value: 'leaflet', label: 'Tờ gấp, tờ rơi' },
  { value: 'handbook', label: 'Sổ tay, đề cương, tài liệu hỏi đáp' },
  { value: 'book', label: 'Sách pháp luật' },
  { value: 'poster', label: 'Pa-nô, áp phích, băng rôn' },
  { value: 'disc', label: 'Đĩa CD, DVD, bản ghi âm, video' },
  { value: 'other', label: 'Tài liệu khác' },
] as const
export type MaterialKind = (typeof MATERIAL_KINDS)[number]['value']

/** A record is drafted by its unit, submitted, then verified or returned by an editor. */
export const ACTIVITY_STATUSES = [
  { value: 'draft', label: 'Nháp' },
  { value: 'submitted', label: 'Chờ xác nhận' },
  { value: 'verified', label: 'Đã xác nhận' },
  { value: 'returned', label: 'Trả lại để bổ sung' },
] as const
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number]['value']

export const isStatus = (value: unknown): value is ActivityStatus =>
  typeof value === 'string' && ACTIVITY_STATUSES.some((s) => s.value === value)
