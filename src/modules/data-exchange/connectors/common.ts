/**
 * Checks and normalisations every connector shares: markup refused, agency names in our spelling,
 * day strings in ISO form. Pure: no database.
 */
import { fold, nfc } from '@/shared/text/vietnamese'

/** Text fields must be plain text: a record carrying markup or control characters is refused. */
export function hostileText(value: string): string | null {
  if (/<\s*\/?\s*[a-z!?][^>]*>/i.test(value)) return 'chứa thẻ HTML hoặc mã lệnh'
  if (/javascript\s*:/i.test(value)) return 'chứa mã lệnh “javascript:”'
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(value)) return 'chứa ký tự điều khiển'
  if (value.includes('\ufffd')) return 'chứa ký tự lỗi mã hóa (tệp không phải UTF-8?)'
  return null
}

const AGENCY_PREFIXES: [RegExp, string][] = [
  [/^ubnd\b\.?\s*/i, 'Ủy ban nhân dân '],
  [/^hđnd\b\.?\s*/i, 'Hội đồng nhân dân '],
  [/^hdnd\b\.?\s*/i, 'Hội đồng nhân dân '],
  [/^ubtvqh\b\.?\s*/i, 'Ủy ban Thường vụ Quốc hội '],
]

const AGENCY_NAMES: Record<string, string> = {
  'quoc hoi': 'Quốc hội',
  'chinh phu': 'Chính phủ',
  'thu tuong chinh phu': 'Thủ tướng Chính phủ',
  'chu tich nuoc': 'Chủ tịch nước',
  'uy ban thuong vu quoc hoi': 'Ủy ban Thường vụ Quốc hội',
  'ngan hang nha nuoc viet nam': 'Ngân hàng Nhà nước Việt Nam',
  'toa an nhan dan toi cao': 'Tòa án nhân dân tối cao',
  'vien kiem sat nhan dan toi cao': 'Viện kiểm sát nhân dân tối cao',
  'kiem toan nha nuoc': 'Kiểm toán nhà nước',
}

/**
 * An issuing body in the spelling our catalogue uses: "UBND tỉnh Long An" → "Ủy ban nhân dân tỉnh
 * Long An", "THỦ TƯỚNG" → "Thủ tướng Chính phủ". Other names are kept as written (the identity key
 * ignores case).
 */
export function normaliseAgency(raw: string): string {
  let name = nfc(raw).replace(/\s+/g, ' ').trim()
  for (const [pattern, full] of AGENCY_PREFIXES) name = name.replace(pattern, full).trim()
  const key = fold(name)
  if (key === 'thu tuong') return 'Thủ tướng Chính phủ'
  if (AGENCY_NAMES[key]) return AGENCY_NAMES[key]
  return name
}

/** "15/06/2010", "2010-06-15", "2010-06-15T00:00:00" → "2010-06-15"; anything else → null. */
export function isoDay(value: unknown): string | null {
  if (typeof value !== 'string' || value.trim() === '') return null
  const v = value.trim()
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(v)
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`
  const vn = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(v)
  if (vn) return `${vn[3] ?? ''}-${(vn[2] ?? '').padStart(2, '0')}-${(vn[1] ?? '').padStart(2, '0')}`
  return null
}
