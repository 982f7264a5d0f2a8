import type { Contest, ContestRound } from '@/payload-types'
import { noMarkup } from '@/shared/fields/common'
import { normaliseContact } from '@/shared/antispam'
import { ageAt, isMinorAt } from '../public-name'

/** The registration form's fields (names are the form's `name` attributes). */
export type RegistrationValues = {
  fullName: string
  birthDate: string
  unit: string
  school: string
  className: string
  audience: string
  contactKind: string
  email: string
  phone: string
  consent: boolean
  guardianConsent: boolean
}
export type RegistrationErrors = Partial<Record<keyof RegistrationValues, string>>

export type RegistrationInput = {
  fullName: string
  birthDate: string | null
  unit: number | null
  school: string | null
  className: string | null
  audience: number | null
  contactKind: 'email' | 'phone'
  contact: string
  isMinor: boolean
  guardianConsent: boolean
}

const text = (form: FormData, name: string): string => {
  const v = form.get(name)
  return typeof v === 'string' ? v.normalize('NFC').trim() : ''
}

export function registrationValuesFrom(form: FormData): RegistrationValues {
  return {
    fullName: text(form, 'fullName').replace(/\s+/g, ' '),
    birthDate: text(form, 'birthDate'),
    unit: text(form, 'unit'),
    school: text(form, 'school').replace(/\s+/g, ' '),
    className: text(form, 'className'),
    audience: text(form, 'audience'),
    contactKind: text(form, 'contactKind') || 'email',
    email: text(form, 'email'),
    phone: text(form, 'phone'),
    consent: form.get('consent') === 'on' || form.get('consent') === 'true',
    guardianConsent: form.get('guardianConsent') === 'on' || form.get('guardianConsent') === 'true',
  }
}

const EMAIL = /^[^\s@<>()]{1,64}@[^\s@<>()]+\.[^\s@<>()]{2,}$/
const idIn = (value: string, allowed: (number | string)[]): number | null => {
  if (!/^[0-9]{1,12}$/.test(value)) return null
  const n = Number(value)
  return allowed.some((a) => String(a) === value) ? n : null
}
const ids = (list: unknown): number[] =>
  Array.isArray(list)
    ? list.map((v) => (typeof v === 'object' && v !== null ? (v as { id: number }).id : (v as number)))
    : []

export type FormContext = {
  contest: Contest
  round: ContestRound
  /** units to choose from (the eligible ones for a units-only contest, else every unit of kind school/…) */
  unitIds: (number | string)[]
  audienceIds: (number | string)[]
  phoneAvailable: boolean
  now?: Date
}

/** What the form asks for this contest: only what it needs (Nghị định 13/2023/NĐ-CP, data minimisation). */
export function formShape(contest: Contest, phoneAvailable: boolean) {
  const kinds = (contest.contactKinds ?? ['email']).filter((k) => k === 'email' || (k === 'phone' && phoneAvailable))
  return {
    askBirthDate: contest.askBirthDate !== false,
    unitChoice: contest.eligibility === 'units',
    askSchoolText: contest.askSchool !== false && contest.eligibility !== 'units',
    askClass: contest.askSchool !== false,
    askAudience: contest.eligibility === 'audiences',
    contactKinds: (kinds.length > 0 ? kinds : ['email']) as ('email' | 'phone')[],
  }
}

export function validateRegistration(
  v: RegistrationValues,
  ctx: FormContext,
): { ok: true; input: RegistrationInput } | { ok: false; errors: RegistrationErrors } {
  const shape = formShape(ctx.contest, ctx.phoneAvailable)
  const errors: RegistrationErrors = {}
  if (v.fullName.length < 2 || v.fullName.length > 100) errors.fullName = 'Nhập họ và tên (2–100 ký tự).'
  else if (noMarkup(v.fullName) !== true || /[0-9@]/.test(v.fullName))
    errors.fullName = 'Họ và tên chỉ gồm chữ cái và khoảng trắng.'

  let birthDate: string | null = null
  let isMinor = false
  if (shape.askBirthDate) {
    // dd/mm/yyyy as Vietnamese write it (also d/m/yyyy, with - or .), or yyyy-mm-dd.
    const vn = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(v.birthDate)
    const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v.birthDate)
    const [y, mo, d] = vn ? [vn[3], vn[2], vn[1]] : iso ? [iso[1], iso[2], iso[3]] : ['', '', '']
    const date = y ? new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d))) : null
    const valid =
      date !== null && date.getUTCDate() === Number(d) && date.getUTCMonth() === Number(mo) - 1 && Number(y) > 1900
    const opens = new Date(ctx.round.opensAt)
    if (!v.birthDate) errors.birthDate = 'Nhập ngày sinh.'
    else if (!valid) errors.birthDate = 'Ngày sinh không hợp lệ (ngày/tháng/năm).'
    else if (ageAt(date!, ctx.now ?? new Date()) < 6 || ageAt(date!, opens) > 100)
      errors.birthDate = 'Ngày sinh không hợp lệ: hãy kiểm tra lại năm sinh.'
    else {
      birthDate = date!.toISOString()
      isMinor = isMinorAt(date!, opens)
    }
  }

  let unit: number | null = null
  if (shape.unitChoice) {
    unit = idIn(v.unit, ids(ctx.contest.eligibleUnits))
    if (unit === null)
      errors.unit = v.unit ? 'Đơn vị/trường này không thuộc đối tượng dự thi.' : 'Chọn đơn vị/trường của bạn.'
  } else if (v.unit) {
    unit = idIn(v.unit, ctx.unitIds)
    if (unit === null) errors.unit = 'Đơn vị/trường không có trong danh sách.'
  }
  let school: string | null = null
  if (shape.askSchoolText) {
    if (!v.school && unit === null) errors.school = 'Nhập tên trường hoặc đơn vị của bạn.'
    else if (v.school.length > 200 || noMarkup(v.school) !== true)
      errors.school = 'Tên trường/đơn vị tối đa 200 ký tự, không chứa thẻ HTML.'
    else school = v.school || null
  }
  let className: string | null = null
  if (shape.askClass && v.className) {
    if (v.className.length > 40 || noMarkup(v.className) !== true) errors.className = 'Lớp tối đa 40 ký tự.'
    else className = v.className
  }
  let audience: number | null = null
  if (shape.askAudience) {
    audience = idIn(v.audience, ids(ctx.contest.eligibleAudiences))
    if (audience === null)
      errors.audience = v.audience ? 'Đối tượng này không được dự thi cuộc thi này.' : 'Chọn đối tượng của bạn.'
  }

  const contactKind = v.contactKind === 'phone' ? 'phone' : 'email'
  let contact = ''
  if (!shape.contactKinds.includes(contactKind)) {
    errors.contactKind = 'Cuộc thi này xác thực bằng thư điện tử.'
  } else if (contactKind === 'email') {
    if (!v.email) errors.email = 'Nhập thư điện tử để nhận mã xác thực.'
    else if (v.email.length > 200 || !EMAIL.test(v.email))
      errors.email = 'Thư điện tử không hợp lệ, ví dụ: ten@example.vn.'
    else contact = normaliseContact(v.email) ?? ''
  } else {
    const digits = normaliseContact(v.phone) ?? ''
    if (!v.phone) errors.phone = 'Nhập số điện thoại để nhận mã xác thực.'
    else if (!/^0[0-9]{9}$/.test(digits)) errors.phone = 'Số điện thoại không hợp lệ (10 chữ số, ví dụ 0912345678).'
    else contact = digits
  }
  if (!v.consent) errors.consent = 'Bạn cần đồng ý để Ban Tổ chức xử lý dữ liệu cá nhân khi dự thi.'
  if (isMinor && !v.guardianConsent)
    errors.guardianConsent = 'Người dưới 18 tuổi cần cha mẹ hoặc người giám hộ đồng ý cho dự thi.'

  if (Object.keys(errors).length > 0) return { ok: false, errors }
  return {
    ok: true,
    input: {
      fullName: v.fullName,
      birthDate,
      unit,
      school,
      className,
      audience,
      contactKind,
      contact,
      isMinor,
      guardianConsent: isMinor && v.guardianConsent,
    },
  }
}
