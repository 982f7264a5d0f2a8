/** The columns of the registries' XLSX files (template, exports and import), in order. */
export const COLUMNS = [
  { key: 'fullName', header: 'Họ và tên', width: 26, required: true },
  { key: 'kind', header: 'Đội ngũ', width: 28, required: true },
  { key: 'level', header: 'Cấp', width: 10, required: true },
  { key: 'unit', header: 'Đơn vị', width: 34, required: true },
  { key: 'position', header: 'Chức vụ', width: 28, required: true },
  { key: 'fields', header: 'Lĩnh vực', width: 28, required: true },
  { key: 'recognitionNumber', header: 'Số QĐ công nhận', width: 16, required: true },
  { key: 'recognitionDate', header: 'Ngày QĐ công nhận', width: 14, required: true },
  { key: 'recognitionIssuer', header: 'Cơ quan công nhận', width: 26, required: true },
  { key: 'dismissalNumber', header: 'Số QĐ miễn nhiệm', width: 16, required: true },
  { key: 'dismissalDate', header: 'Ngày QĐ miễn nhiệm', width: 14, required: true },
  { key: 'dismissalIssuer', header: 'Cơ quan miễn nhiệm', width: 26, required: true },
  { key: 'dismissalReason', header: 'Lý do', width: 30, required: true },
  { key: 'status', header: 'Tình trạng', width: 18, required: false },
  { key: 'phone', header: 'Điện thoại', width: 16, required: false, contact: true },
  { key: 'email', header: 'Thư điện tử', width: 26, required: false, contact: true },
  { key: 'note', header: 'Ghi chú', width: 30, required: false, internal: true },
] as const

export type ColumnKey = (typeof COLUMNS)[number]['key']
export type Column = (typeof COLUMNS)[number]

/** Columns of a file: the public one has no contact and no internal note. */
export function columnsFor(audience: 'public' | 'staff' | 'personal-data'): Column[] {
  return COLUMNS.filter((c) => {
    if ('contact' in c && c.contact) return audience === 'personal-data'
    if ('internal' in c && c.internal) return audience !== 'public'
    return true
  })
}

/** Several legal fields in one cell are separated by semicolons. */
export const FIELD_SEPARATOR = '; '
export const MAX_IMPORT_ROWS = 5000
