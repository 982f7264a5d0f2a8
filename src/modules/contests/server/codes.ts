import { createHmac, randomInt, timingSafeEqual } from 'node:crypto'
import { currentSecret, secretsToCheck } from '@/shared/security/secrets'

/**
 * The one-time code a contestant receives to prove the contact is theirs: 6 digits, stored only
 * as a keyed hash bound to the entry, valid for 10 minutes, 5 wrong tries, a new one at most once
 * a minute.
 */
export const CODE_TTL_MS = 10 * 60_000
export const CODE_MAX_TRIES = 5
export const CODE_RESEND_COOLDOWN_MS = 60_000

const keyOf = (secret: string): Buffer => createHmac('sha256', secret).update('pbgdpl:contests:code').digest()
const codeKey = (): Buffer => keyOf(currentSecret())
/** The keys a check accepts: the current one, and the previous secret's during a rotation. */
const codeKeys = (): Buffer[] => secretsToCheck().map(keyOf)

export const newCode = (): string => String(randomInt(0, 1_000_000)).padStart(6, '0')

const hashWith = (key: Buffer, entryId: number | string, code: string): string =>
  createHmac('sha256', key)
    .update(`${String(entryId)}:${code}`)
    .digest('hex')

export const hashCode = (entryId: number | string, code: string): string => hashWith(codeKey(), entryId, code)

export function codeMatches(entryId: number | string, code: string, storedHash: string | null | undefined): boolean {
  if (!storedHash || !/^[0-9]{6}$/.test(code)) return false
  const b = Buffer.from(storedHash, 'hex')
  return codeKeys().some((key) => {
    const a = Buffer.from(hashWith(key, entryId, code), 'hex')
    return a.length === b.length && timingSafeEqual(a, b)
  })
}

/**
 * The pending-verification cookie: which entry the code form is about, signed so a browser cannot
 * point it at another entry. It holds no personal data and lives as long as a code.
 */
export const pendingCookieName = (roundId: number | string): string => `pbgdpl_ctp_${roundId}`

const sign = (value: string, key: Buffer = codeKey()): string =>
  createHmac('sha256', key).update(`pending:${value}`).digest('base64url').slice(0, 32)

export const pendingCookieValue = (entryId: number | string): string => `${String(entryId)}.${sign(String(entryId))}`

export function readPendingCookie(value: string | null | undefined): string | null {
  if (!value || value.length > 80) return null
  const dot = value.lastIndexOf('.')
  if (dot <= 0) return null
  const id = value.slice(0, dot)
  if (!/^[A-Za-z0-9-]{1,40}$/.test(id)) return null
  const mac = Buffer.from(value.slice(dot + 1))
  const signedByUs = codeKeys().some((key) => {
    const expected = Buffer.from(sign(id, key))
    return mac.length === expected.length && timingSafeEqual(mac, expected)
  })
  return signedByUs ? id : null
}
