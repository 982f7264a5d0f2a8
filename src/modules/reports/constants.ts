/** Periodic reports of units (issue 5 §3). */
export const REPORT_PERIODS_SLUG = 'report-periods'
export const UNIT_REPORTS_SLUG = 'unit-reports'
export const REPORTS_ADMIN_GROUP = 'Báo cáo định kỳ'

export const PERIOD_KINDS = [
  { value: 'semiannual', label: 'Báo cáo 6 tháng' },
  { value: 'annual', label: 'Báo cáo năm' },
  { value: 'ad-hoc', label: 'Báo cáo đột xuất, chuyên đề' },
] as const
export type PeriodKind = (typeof PERIOD_KINDS)[number]['value']

/** What kind of answer an indicator asks for. */
export const INDICATOR_TYPES = [
  { value: 'number', label: 'Số liệu' },
  { value: 'choice', label: 'Lựa chọn' },
  { value: 'text', label: 'Văn bản' },
  { value: 'attachment', label: 'Tệp đính kèm' },
] as const
export type IndicatorType = (typeof INDICATOR_TYPES)[number]['value']

export const REPORT_STATUSES = [
  { value: 'draft', label: 'Đang soạn' },
  { value: 'submitted', label: 'Đã gửi, chờ tiếp nhận' },
  { value: 'accepted', label: 'Đã tiếp nhận' },
  { value: 'returned', label: 'Trả lại để bổ sung' },
] as const
export type ReportStatus = (typeof REPORT_STATUSES)[number]['value']
