import { createHmac, timingSafeEqual } from 'node:crypto'
import { badRequest } from './problem'

/**
 * Opaque, tamper-evident page cursors: base64url of {t: type, a: last id} plus an HMAC made with
 * the server secret, so a client can neither forge a position nor reuse a cursor across types.
 */

const key = (): string => `open-api-cursor:${process.env.PAYLOAD_SECRET ?? ''}`
const sign = (data: string): string => createHmac('sha256', key()).update(data).digest('base64url').slice(0, 22)

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
  const expected = Buffer.from(sign(data))
  if (!timingSafeEqual(expected, Buffer.from(mac))) throw badRequest(MALFORMED, 'cursor')
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
