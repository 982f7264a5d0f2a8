export const UNIT_KINDS = [
  { value: 'department', label: 'Sở, ban, ngành tỉnh' },
  { value: 'commune', label: 'Xã, phường, đặc khu' },
  { value: 'school', label: 'Trường học' },
  { value: 'agency', label: 'Cơ quan, tổ chức khác' },
] as const
