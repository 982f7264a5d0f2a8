export const PRIVACY_AUDIT = 'privacy-audit' as const

export const PRIVACY_ACTION_LABELS = {
  view: 'Xem',
  update: 'Sửa',
  export: 'Xuất dữ liệu',
  erase: 'Xóa theo yêu cầu',
} as const
export type PrivacyAction = keyof typeof PRIVACY_ACTION_LABELS
