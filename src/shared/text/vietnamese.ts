/** Vietnamese text utilities: normalisation, folding, slugs and dates. */

/** Unicode NFC with non-breaking and odd spaces made plain. */
export function nfc(input: string): string {
  return input.normalize('NFC').replace(/[\u00a0\u2007\u202f]/g, ' ')
}

/**
 * Folds Vietnamese text for diacritics-insensitive matching: lower case, no tone or vowel marks,
 * đ → d. "Đất đai" and "dat dai" fold to the same string.
 */
export function fold(input: string): string {
  return nfc(input)
    .toLowerCase()
    .replace(/đ/g, 'd')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
}

/** Splits folded text into word tokens (letters and digits). */
export function foldedWords(input: string): string[] {
  return fold(input)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0)
}

/** URL slug: folded, ASCII letters and digits separated by single hyphens, at most `maxLength`. */
export function slugify(input: string, maxLength = 120): string {
  const slug = fold(input)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  if (slug.length <= maxLength) return slug
  const cut = slug.slice(0, maxLength)
  const lastHyphen = cut.lastIndexOf('-')
  return (lastHyphen > maxLength / 2 ? cut.slice(0, lastHyphen) : cut).replace(/-+$/g, '')
}

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

const VN_TIME_ZONE = 'Asia/Ho_Chi_Minh'

function parts(value: Date | string): Record<string, string> | null {
  const date = typeof value === 'string' ? new Date(value) : value
  if (Number.isNaN(date.getTime())) return null
  const formatted = new Intl.DateTimeFormat('en-GB', {
    timeZone: VN_TIME_ZONE,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date)
  return Object.fromEntries(formatted.map((part) => [part.type, part.value]))
}

/** dd/mm/yyyy in Vietnam's time zone; empty string for an invalid date. */
export function formatDate(value: Date | string | null | undefined): string {
  if (!value) return ''
  const p = parts(value)
  return p ? `${p.day}/${p.month}/${p.year}` : ''
}

/** HH:mm, dd/mm/yyyy in Vietnam's time zone. */
export function formatDateTime(value: Date | string | null | undefined): string {
  if (!value) return ''
  const p = parts(value)
  return p ? `${p.hour}:${p.minute}, ${p.day}/${p.month}/${p.year}` : ''
}

/** Compares Vietnamese strings the way a Vietnamese reader sorts them. */
export const compareVi = new Intl.Collator('vi', { sensitivity: 'base' }).compare
