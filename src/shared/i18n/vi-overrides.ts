/**
 * Corrections to Payload's Vietnamese admin translation: a few labels are left in English
 * ("Collections", "Menu") or mix in the English word "field".
 */
export const viOverrides = {
  general: {
    collections: 'Danh mục dữ liệu',
    menu: 'Trình đơn',
  },
  error: {
    correctInvalidFields: 'Lỗi – Vui lòng sửa các trường chưa hợp lệ.',
    followingFieldsInvalid_one: 'Lỗi – Trường sau không hợp lệ:',
    followingFieldsInvalid_other: 'Lỗi – Các trường sau không hợp lệ:',
    noMatchedField: 'Lỗi – Không tìm thấy trường khớp với “{{label}}”.',
    unknown: 'Đã có lỗi không xác định. Vui lòng thử lại.',
  },
  validation: {
    fieldHasNo: 'Trường này không có: {{label}}',
    invalidSelection: 'Lựa chọn ở trường này không hợp lệ.',
    invalidSelections: 'Trường này có các lựa chọn không hợp lệ sau:',
    notValidDate: '“{{value}}” không phải là ngày hợp lệ.',
    validUploadID: 'Trường này không chứa mã tệp tải lên hợp lệ.',
  },
}
