import { COMMENT_MAX, COMMENT_MIN, WHOLE_TEXT } from '../constants'

/** Names of the comment form's fields (shared by the form, the route and the tests). */
export const FORM = {
  name: 'ho-ten',
  email: 'email',
  phone: 'dien-thoai',
  section: 'dieu',
  body: 'noi-dung',
  consent: 'dong-y',
} as const

export type FieldError = { field: string; message: string }

export type CommentInput = {
  authorName: string
  email: string | null
  phone: string | null
  sectionKey: string
  body: string
}

const EMAIL = /^[^\s@<>()[\],;:"]+@[^\s@<>()[\],;:"]+\.[a-z]{2,}$/i
/** Vietnamese mobile and landline numbers: 0 or +84 followed by 9–10 digits; spaces, dots, dashes allowed. */
const PHONE = /^(?:\+84|0)[0-9]{9,10}$/

const text = (form: FormData, name: string): string => {
  const value = form.get(name)
  return typeof value === 'string' ? value.normalize('NFC').trim() : ''
}

/** Reads and checks the comment form; every problem gets a Vietnamese message naming the field. */
export function readCommentForm(
  form: FormData,
): { ok: true; input: CommentInput } | { ok: false; errors: FieldError[] } {
  const errors: FieldError[] = []
  const authorName = text(form, FORM.name).replace(/\s+/g, ' ')
  const email = text(form, FORM.email)
  const phoneRaw = text(form, FORM.phone)
  const phone = phoneRaw.replace(/[\s.-]/g, '')
  const body = text(form, FORM.body).replace(/\r\n?/g, '\n')
  const sectionKey = text(form, FORM.section) || WHOLE_TEXT

  if (!authorName) errors.push({ field: FORM.name, message: 'Hãy nhập họ và tên.' })
  else if (authorName.length > 120) errors.push({ field: FORM.name, message: 'Họ và tên dài quá 120 ký tự.' })
  if (!email && !phone) {
    errors.push({ field: FORM.email, message: 'Hãy nhập thư điện tử hoặc số điện thoại để cơ quan liên hệ khi cần.' })
  }
  if (email && (email.length > 254 || !EMAIL.test(email))) {
    errors.push({ field: FORM.email, message: 'Thư điện tử không hợp lệ (ví dụ: ten@example.vn).' })
  }
  if (phone && !PHONE.test(phone)) {
    errors.push({ field: FORM.phone, message: 'Số điện thoại không hợp lệ (ví dụ: 0912 345 678).' })
  }
  if (!/^[a-z0-9-]{1,40}$/.test(sectionKey)) {
    errors.push({ field: FORM.section, message: 'Điều, mục được chọn không hợp lệ.' })
  }
  if (body.length < COMMENT_MIN) {
    errors.push({ field: FORM.body, message: `Nội dung góp ý cần ít nhất ${COMMENT_MIN} ký tự.` })
  } else if (body.length > COMMENT_MAX) {
    errors.push({ field: FORM.body, message: `Nội dung góp ý dài quá ${COMMENT_MAX} ký tự (hiện có ${body.length}).` })
  }
  if (text(form, FORM.consent) !== 'co') {
    errors.push({ field: FORM.consent, message: 'Hãy đồng ý với thông báo xử lý dữ liệu cá nhân trước khi gửi.' })
  }
  if (errors.length > 0) return { ok: false, errors }
  return { ok: true, input: { authorName, email: email || null, phone: phone || null, sectionKey, body } }
}
