import { createHmac, timingSafeEqual } from 'node:crypto'
import { secretsToCheck } from '@/shared/security/secrets'
import { badRequest } from './problem'

/**
 * Opaque, tamper-evident page cursors: base64url of {t: type, a: last id} plus an HMAC made with
 * the server secret, so a client can neither forge a position nor reuse a cursor across types.
 */

// A cursor made before a secret rotation stays valid while PAYLOAD_SECRET_PREVIOUS is set, so a
// sync follower's saved position survives the rotation.
const keys = (): string[] => secretsToCheck().map((s) => `open-api-cursor:${s}`)
const sign = (data: string, key: string = keys()[0]!): string =>
  createHmac('sha256', key).update(data).digest('base64url').slice(0, 22)

export function encodeCursor(type: string, afterId: number): string {
  const data = Buffer.from(JSON.stringify({ t: type, a: afterId })).toString('base64url')
  return `${data}.${sign(data)}`
}

const MALFORMED = 'Tham số “cursor” không hợp lệ hoặc đã bị sửa; hãy dùng đúng giá trị “next” của trang trước.'

export function decodeCursor(type: string, cursor: string): number {
  const match = /^([A-Za-z0-9_-]{1,200})\.([A-Za-z0-9_-]{22})$/.exec(cursor)
  if (!match) throw badRequest(MALFORMED, 'cursor')
  const data = match[1] ?? ''
  const mac = match[2] ?? ''
  const given = Buffer.from(mac)
  if (!keys().some((key) => timingSafeEqual(Buffer.from(sign(data, key)), given))) throw badRequest(MALFORMED, 'cursor')
  let parsed: unknown
  try {
    parsed = JSON.parse(Buffer.from(data, 'base64url').toString('utf8'))
  } catch {
    throw badRequest(MALFORMED, 'cursor')
  }
  const { t, a } = (parsed ?? {}) as { t?: unknown; a?: unknown }
  if (t !== type || typeof a !== 'number' || !Number.isSafeInteger(a) || a < 0) throw badRequest(MALFORMED, 'cursor')
  return a
}
