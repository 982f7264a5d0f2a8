/**
 * Checks what a citizen typed into the ask form (/hoi-dap/gui-cau-hoi) before anything is stored.
 * Pure: the route handler, the re-rendered form and the tests share it. Every message is Vietnamese
 * and names the field, so it can be shown next to that field and in the error summary.
 */
import { nfc } from '@/shared/text/vietnamese'

export const ASK_LIMITS = {
  name: 120,
  email: 254,
  phone: 20,
  titleMin: 10,
  title: 250,
  bodyMin: 20,
  body: 5000,
} as const

export const ASK_FIELDS = ['name', 'email', 'phone', 'field', 'area', 'title', 'body', 'attachment', 'consent'] as const
export type AskField = (typeof ASK_FIELDS)[number]

/** What the form posts, as strings (an unchecked box is absent, i.e. ''; a file is never kept, so ''). */
export type AskValues = Record<AskField, string>

export type AskInput = {
  name: string
  email: string | null
  /** digits only, national form: 0912345678, 02723826456 */
  phone: string | null
  field: number
  area: number | null
  title: string
  body: string
}

export type AskErrors = Partial<Record<AskField, string>>
export type AskCheck = { ok: true; input: AskInput } | { ok: false; errors: AskErrors }

/** The order errors are listed in the summary: the order of the fields on the page. */
export const FIELD_LABELS: Record<AskField, string> = {
  name: 'Họ và tên',
  email: 'Thư điện tử',
  phone: 'Số điện thoại',
  field: 'Lĩnh vực',
  area: 'Địa bàn',
  title: 'Tiêu đề câu hỏi',
  body: 'Nội dung câu hỏi',
  attachment: 'Tệp đính kèm',
  consent: 'Đồng ý',
}

const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[a-z]{2,}$/i

/**
 * Vietnamese phone numbers: mobiles 0[35789]x xxx xxxx (10 digits), landlines 02xx xxx xxxx
 * (11 digits); +84 / 84 instead of the leading 0; spaces, dots, dashes and brackets allowed.
 * Returns the number in national form, or null.
 */
export function normalisePhone(raw: string): string | null {
  const compact = raw.replace(/[\s.\-()]/g, '')
  if (!/^\+?\d+$/.test(compact)) return null
  let national = compact
  if (national.startsWith('+84')) national = `0${national.slice(3)}`
  else if (national.startsWith('84') && national.length >= 11) national = `0${national.slice(2)}`
  if (/^0[35789]\d{8}$/.test(national)) return national
  if (/^02\d{9}$/.test(national)) return national
  return null
}

export function isValidEmail(raw: string): boolean {
  return raw.length <= ASK_LIMITS.email && EMAIL.test(raw)
}

/** Trimmed NFC text with runs of spaces collapsed; line breaks kept in the body. */
function clean(value: string, keepLines = false): string {
  const text = nfc(value).replace(/\r\n?/g, '\n')
  if (keepLines) {
    return text
      .split('\n')
      .map((line) => line.replace(/[ \t]+/g, ' ').trimEnd())
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim()
  }
  return text.replace(/\s+/g, ' ').trim()
}

// Control characters other than tab and line breaks are never part of a question.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g

function id(raw: string): number | null {
  return /^[1-9]\d{0,9}$/.test(raw) ? Number(raw) : null
}

/**
 * Validates the form. `fieldIds` and `areaIds` are the ids the selects offer (a posted id outside
 * them is refused). HTML in the text is not an error: it is kept as plain text and shown escaped.
 */
export function validateAsk(
  values: AskValues,
  options: { fieldIds: ReadonlySet<number>; areaIds: ReadonlySet<number> },
): AskCheck {
  const errors: AskErrors = {}
  const name = clean(values.name.replace(CONTROL, ''))
  const email = clean(values.email).toLowerCase()
  const phoneRaw = clean(values.phone)
  const title = clean(values.title.replace(CONTROL, ''))
  const body = clean(values.body.replace(CONTROL, ''), true)

  if (!name) errors.name = 'Vui lòng nhập họ và tên.'
  else if (name.length > ASK_LIMITS.name) errors.name = `Họ và tên dài tối đa ${ASK_LIMITS.name} ký tự.`

  if (email && !isValidEmail(email)) errors.email = 'Địa chỉ thư điện tử không hợp lệ, ví dụ: ten@example.com.'
  const phone = phoneRaw ? normalisePhone(phoneRaw) : null
  if (phoneRaw && !phone) {
    errors.phone =
      'Số điện thoại không hợp lệ: nhập số di động 10 chữ số (ví dụ 0912 345 678) hoặc số cố định 11 chữ số.'
  }
  if (!email && !phoneRaw) {
    errors.email = 'Vui lòng nhập thư điện tử hoặc số điện thoại để nhận trả lời.'
  }

  const field = id(values.field)
  if (!values.field) errors.field = 'Vui lòng chọn lĩnh vực pháp luật của câu hỏi.'
  else if (field === null || !options.fieldIds.has(field)) errors.field = 'Lĩnh vực đã chọn không có trong danh sách.'

  const area = values.area ? id(values.area) : null
  if (values.area && (area === null || !options.areaIds.has(area))) {
    errors.area = 'Địa bàn đã chọn không có trong danh sách.'
  }

  if (!title) errors.title = 'Vui lòng nhập tiêu đề câu hỏi.'
  else if (title.length < ASK_LIMITS.titleMin) {
    errors.title = `Tiêu đề quá ngắn: cần ít nhất ${ASK_LIMITS.titleMin} ký tự.`
  } else if (title.length > ASK_LIMITS.title) {
    errors.title = `Tiêu đề dài tối đa ${ASK_LIMITS.title} ký tự (hiện có ${title.length}).`
  }

  if (!body) errors.body = 'Vui lòng nhập nội dung câu hỏi.'
  else if (body.length < ASK_LIMITS.bodyMin) {
    errors.body = `Nội dung quá ngắn: cần ít nhất ${ASK_LIMITS.bodyMin} ký tự để cán bộ hiểu rõ câu hỏi.`
  } else if (body.length > ASK_LIMITS.body) {
    errors.body = `Nội dung dài tối đa ${ASK_LIMITS.body} ký tự (hiện có ${body.length}).`
  }

  if (values.consent !== 'on' && values.consent !== '1' && values.consent !== 'true') {
    errors.consent = 'Vui lòng đánh dấu đồng ý với chính sách bảo vệ dữ liệu cá nhân để gửi câu hỏi.'
  }

  if (Object.keys(errors).length > 0) return { ok: false, errors }
  return {
    ok: true,
    input: { name, email: email || null, phone, field: field as number, area, title, body },
  }
}

/** Reads the form's text fields from posted FormData; anything that is not a string counts as empty. */
export function askValuesFrom(form: FormData): AskValues {
  const get = (key: string): string => {
    const value = form.get(key)
    return typeof value === 'string' ? value : ''
  }
  return Object.fromEntries(ASK_FIELDS.map((key) => [key, get(key)])) as AskValues
}

/** Values kept to re-fill the form after an error: cut to a little over each limit. */
export function keptValues(values: AskValues): AskValues {
  const cut = (value: string, max: number) => value.slice(0, max + 200)
  return {
    name: cut(values.name, ASK_LIMITS.name),
    email: cut(values.email, ASK_LIMITS.email),
    phone: cut(values.phone, ASK_LIMITS.phone),
    field: values.field.slice(0, 12),
    area: values.area.slice(0, 12),
    title: cut(values.title, ASK_LIMITS.title),
    body: cut(values.body, ASK_LIMITS.body),
    // A browser never re-fills a file input: the person chooses the file again.
    attachment: '',
    consent: values.consent === 'on' ? 'on' : '',
  }
}
