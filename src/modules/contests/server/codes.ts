import { createHmac, randomInt, timingSafeEqual } from 'node:crypto'

/**
 * The one-time code a contestant receives to prove the contact is theirs: 6 digits, stored only
 * as a keyed hash bound to the entry, valid for 10 minutes, 5 wrong tries, a new one at most once
 * a minute.
 */
export const CODE_TTL_MS = 10 * 60_000
export const CODE_MAX_TRIES = 5
export const CODE_RESEND_COOLDOWN_MS = 60_000

function codeKey(): Buffer {
  const secret = process.env.PAYLOAD_SECRET
  if (!secret) throw new Error('PAYLOAD_SECRET is not set')
  return createHmac('sha256', secret).update('pbgdpl:contests:code').digest()
}

export const newCode = (): string => String(randomInt(0, 1_000_000)).padStart(6, '0')

export const hashCode = (entryId: number | string, code: string): string =>
  createHmac('sha256', codeKey())
    .update(`${String(entryId)}:${code}`)
    .digest('hex')

export function codeMatches(entryId: number | string, code: string, storedHash: string | null | undefined): boolean {
  if (!storedHash || !/^[0-9]{6}$/.test(code)) return false
  const a = Buffer.from(hashCode(entryId, code), 'hex')
  const b = Buffer.from(storedHash, 'hex')
  return a.length === b.length && timingSafeEqual(a, b)
}

/**
 * The pending-verification cookie: which entry the code form is about, signed so a browser cannot
 * point it at another entry. It holds no personal data and lives as long as a code.
 */
export const pendingCookieName = (roundId: number | string): string => `pbgdpl_ctp_${roundId}`

const sign = (value: string): string =>
  createHmac('sha256', codeKey()).update(`pending:${value}`).digest('base64url').slice(0, 32)

export const pendingCookieValue = (entryId: number | string): string => `${String(entryId)}.${sign(String(entryId))}`

export function readPendingCookie(value: string | null | undefined): string | null {
  if (!value || value.length > 80) return null
  const dot = value.lastIndexOf('.')
  if (dot <= 0) return null
  const id = value.slice(0, dot)
  if (!/^[A-Za-z0-9-]{1,40}$/.test(id)) return null
  const mac = Buffer.from(value.slice(dot + 1))
  const expected = Buffer.from(sign(id))
  return mac.length === expected.length && timingSafeEqual(mac, expected) ? id : null
}
