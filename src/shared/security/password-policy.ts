/**
 * The password policy of staff accounts (ASVS V2.1): at least 12 characters and at most 128 (any
 * characters, spaces and Vietnamese letters included; no composition rules), not one of the
 * passwords attackers try first, and not built from the account's own e-mail or name.
 */
export const PASSWORD_MIN_LENGTH = 12
export const PASSWORD_MAX_LENGTH = 128

/** Passwords tried first by guessing attacks (common lists, Vietnamese habits, the product's own names). */
const COMMON = new Set(
  [
    '123456789012',
    '1234567890123',
    '12345678901234',
    '123456123456',
    '111111111111',
    '000000000000',
    'qwertyuiop12',
    'qwertyuiop123',
    'qwerty123456',
    'password1234',
    'password12345',
    'passwordpassword',
    'abc123456789',
    'abcd12345678',
    'a123456789012',
    'iloveyou1234',
    'admin1234567',
    'administrator',
    'administrator1',
    'matkhau12345',
    'matkhau123456',
    'matkhaumoi123',
    'anhyeuem1234',
    'emyeuanh1234',
    'vietnam12345',
    'vietnam123456',
    'hanoi1234567',
    'saigon123456',
    'quantri12345',
    'quantrivien1',
    'pbgdpl123456',
    'sotuphap1234',
    'sotuphap12345',
    'longan123456',
    'changeme1234',
    'welcome12345',
    'letmein12345',
  ].map((p) => p.toLowerCase()),
)

const fold = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/gi, 'd')
    .toLowerCase()

/** A Vietnamese message saying what is wrong with `password`, or null when it is acceptable. */
export function passwordProblem(
  password: string,
  account: { email?: string | null; name?: string | null } = {},
): string | null {
  const length = [...password].length
  if (length < PASSWORD_MIN_LENGTH) {
    return `Mật khẩu phải có ít nhất ${PASSWORD_MIN_LENGTH} ký tự (có thể là một cụm từ dễ nhớ, có dấu cách).`
  }
  if (length > PASSWORD_MAX_LENGTH) return `Mật khẩu dài tối đa ${PASSWORD_MAX_LENGTH} ký tự.`
  const folded = fold(password)
  const compact = folded.replace(/[^a-z0-9]/g, '')
  if (COMMON.has(folded) || COMMON.has(compact) || new Set(folded).size <= 2) {
    return 'Mật khẩu này quá phổ biến, dễ bị đoán. Vui lòng chọn mật khẩu khác.'
  }
  const local = fold(account.email?.split('@')[0] ?? '').replace(/[^a-z0-9]/g, '')
  if (local.length >= 4 && compact.includes(local)) {
    return 'Mật khẩu không được chứa tên đăng nhập (phần trước @ của địa chỉ thư).'
  }
  const fullName = fold(account.name ?? '').replace(/[^a-z0-9]/g, '')
  if (fullName.length >= 6 && compact.includes(fullName)) {
    return 'Mật khẩu không được là họ tên của chính mình.'
  }
  return null
}
