import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * Webhook signatures (issue 7 §5): `X-Pbgdpl-Signature: sha256=<hex HMAC-SHA256(secret, "<timestamp>.<raw body>")>`
 * with `X-Pbgdpl-Timestamp: <unix seconds>`. The receiver recomputes the HMAC over the raw body it got
 * (before any JSON parsing) and rejects a timestamp more than five minutes away from its clock, so a
 * captured request cannot be replayed later.
 */

export const SIGNATURE_HEADER = 'X-Pbgdpl-Signature'
export const TIMESTAMP_HEADER = 'X-Pbgdpl-Timestamp'
export const EVENT_HEADER = 'X-Pbgdpl-Event'
export const DELIVERY_HEADER = 'X-Pbgdpl-Delivery'

/** How far (seconds) the sender's timestamp may be from the receiver's clock, either way. */
export const SIGNATURE_TOLERANCE_SECONDS = 5 * 60

/** The value of X-Pbgdpl-Signature for this body: `sha256=<64 hex digits>`. */
export function signWebhook(secret: string, timestamp: number | string, body: string): string {
  const mac = createHmac('sha256', secret).update(`${timestamp}.${body}`, 'utf8').digest('hex')
  return `sha256=${mac}`
}

export type VerifyResult = { ok: true } | { ok: false; reason: string }

const SIGNATURE = /^sha256=([0-9a-f]{64})$/
const TIMESTAMP = /^\d{1,12}$/

/**
 * Checks a received webhook: the signature header is present and well formed, the timestamp is a unix
 * time within five minutes of `now`, and the HMAC matches (compared in constant time). `reason` is a
 * Vietnamese sentence fit for an error response.
 */
export function verifyWebhook(secret: string, headers: Headers, rawBody: string, now: Date = new Date()): VerifyResult {
  if (!secret) return { ok: false, reason: 'Chưa cấu hình khóa bí mật để kiểm tra chữ ký.' }
  const signature = headers.get(SIGNATURE_HEADER)?.trim()
  const timestamp = headers.get(TIMESTAMP_HEADER)?.trim()
  if (!signature) return { ok: false, reason: `Thiếu chữ ký (${SIGNATURE_HEADER}).` }
  if (!timestamp) return { ok: false, reason: `Thiếu thời điểm ký (${TIMESTAMP_HEADER}).` }
  const match = SIGNATURE.exec(signature.toLowerCase())
  if (!match) return { ok: false, reason: 'Chữ ký không đúng định dạng “sha256=<64 ký tự hex>”.' }
  if (!TIMESTAMP.test(timestamp)) return { ok: false, reason: 'Thời điểm ký không phải số giây Unix.' }
  const skew = Math.abs(Math.floor(now.getTime() / 1000) - Number(timestamp))
  if (skew > SIGNATURE_TOLERANCE_SECONDS) {
    return { ok: false, reason: 'Thời điểm ký lệch quá 5 phút so với đồng hồ máy nhận (có thể là yêu cầu phát lại).' }
  }
  const expected = Buffer.from(signWebhook(secret, timestamp, rawBody).slice('sha256='.length), 'hex')
  const received = Buffer.from(match[1] ?? '', 'hex')
  if (expected.length !== received.length || !timingSafeEqual(expected, received)) {
    return { ok: false, reason: 'Chữ ký không khớp với nội dung nhận được.' }
  }
  return { ok: true }
}
