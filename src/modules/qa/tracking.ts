import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto'

/**
 * The asker's private status link carries the public tracking code and a random key. Only a hash
 * of the key is stored, so a database leak or an editor cannot rebuild anyone's link, and a code
 * read over someone's shoulder is not enough to open the status page.
 */

// Crockford-style alphabet: no I, L, O, U, so codes read aloud over the phone are unambiguous.
const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
export const TRACKING_CODE_PATTERN = /^HD-\d{4}-[0-9A-HJKMNP-TV-Z]{6}$/

/** "HD-2611-7Q4K9P": year and month of receipt (Vietnam time) and six random characters. */
export function generateTrackingCode(now: Date = new Date()): string {
  const vietnam = new Date(now.getTime() + 7 * 3600_000)
  const yy = String(vietnam.getUTCFullYear() % 100).padStart(2, '0')
  const mm = String(vietnam.getUTCMonth() + 1).padStart(2, '0')
  let random = ''
  for (let i = 0; i < 6; i++) random += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]
  return `HD-${yy}${mm}-${random}`
}

/** Normalises what a person typed ("hd 2611 7q4k9p") to the stored form, or null. */
export function normaliseTrackingCode(input: unknown): string | null {
  if (typeof input !== 'string') return null
  const compact = input.toUpperCase().replace(/[^0-9A-Z]/g, '')
  const match = /^HD(\d{4})([0-9A-Z]{6})$/.exec(compact)
  if (!match) return null
  const code = `HD-${match[1]}-${match[2]}`
  return TRACKING_CODE_PATTERN.test(code) ? code : null
}

export function hashTrackingKey(key: string): string {
  return createHash('sha256').update(`qa-tracking:${key}`).digest('hex')
}

/** A fresh random key (base64url, 128 bits) and the hash to store. */
export function createTrackingKey(): { key: string; hash: string } {
  const key = randomBytes(16).toString('base64url')
  return { key, hash: hashTrackingKey(key) }
}

/** Whether `key` opens the status page of `doc`; constant-time, false for anything malformed. */
export function verifyTrackingKey(doc: { trackingKeyHash?: string | null }, key: unknown): boolean {
  const stored = doc.trackingKeyHash
  if (typeof stored !== 'string' || !/^[0-9a-f]{64}$/.test(stored)) return false
  if (typeof key !== 'string' || key.length < 16 || key.length > 64) return false
  const given = Buffer.from(hashTrackingKey(key), 'hex')
  return timingSafeEqual(given, Buffer.from(stored, 'hex'))
}
