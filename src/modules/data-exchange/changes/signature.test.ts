import { createHmac } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { signWebhook, verifyWebhook } from './signature'

const secret = 'k'.repeat(40)
const body = JSON.stringify({ seq: 7, type: 'articles', id: 3, action: 'created' })
const now = new Date('2026-11-29T10:00:00Z')
const ts = Math.floor(now.getTime() / 1000)

function headers(signature: string | null, timestamp: string | null): Headers {
  const h = new Headers()
  if (signature !== null) h.set('X-Pbgdpl-Signature', signature)
  if (timestamp !== null) h.set('X-Pbgdpl-Timestamp', timestamp)
  return h
}

describe('webhook signatures', () => {
  it('is the hex HMAC-SHA256 of "<timestamp>.<body>" with the secret', () => {
    const expected = createHmac('sha256', secret).update(`${ts}.${body}`).digest('hex')
    expect(signWebhook(secret, ts, body)).toBe(`sha256=${expected}`)
    // A fixed worked example (also in docs/data-standard.md).
    expect(signWebhook('bi-mat-cua-ban-toi-thieu-32-ky-tu!!', 1764410400, '{"seq":1}')).toBe(
      'sha256=5853695800fdb1b6b104a970993a027bd3c6d70a378852eea648d94c202b48e9',
    )
  })

  it('accepts a correct signature within five minutes either way', () => {
    const sig = signWebhook(secret, ts, body)
    expect(verifyWebhook(secret, headers(sig, String(ts)), body, now)).toEqual({ ok: true })
    expect(verifyWebhook(secret, headers(sig, String(ts)), body, new Date(now.getTime() + 299_000))).toEqual({
      ok: true,
    })
    expect(verifyWebhook(secret, headers(sig, String(ts)), body, new Date(now.getTime() - 299_000))).toEqual({
      ok: true,
    })
  })

  it('rejects a tampered body, a tampered signature, the wrong secret', () => {
    const sig = signWebhook(secret, ts, body)
    expect(verifyWebhook(secret, headers(sig, String(ts)), body.replace('created', 'deleted'), now).ok).toBe(false)
    const flipped = sig.slice(0, -1) + (sig.endsWith('0') ? '1' : '0')
    expect(verifyWebhook(secret, headers(flipped, String(ts)), body, now).ok).toBe(false)
    expect(verifyWebhook('x'.repeat(40), headers(sig, String(ts)), body, now).ok).toBe(false)
    // the timestamp is part of what is signed: changing it breaks the signature
    expect(verifyWebhook(secret, headers(sig, String(ts + 1)), body, now).ok).toBe(false)
  })

  it('rejects an old or future timestamp (replay)', () => {
    const old = ts - 301
    const r = verifyWebhook(secret, headers(signWebhook(secret, old, body), String(old)), body, now)
    expect(r).toEqual({ ok: false, reason: expect.stringContaining('5 phút') })
    const future = ts + 301
    expect(verifyWebhook(secret, headers(signWebhook(secret, future, body), String(future)), body, now).ok).toBe(false)
  })

  it('rejects missing or malformed headers with a Vietnamese reason', () => {
    const sig = signWebhook(secret, ts, body)
    expect(verifyWebhook(secret, headers(null, String(ts)), body, now)).toEqual({
      ok: false,
      reason: expect.stringContaining('Thiếu chữ ký'),
    })
    expect(verifyWebhook(secret, headers(sig, null), body, now).ok).toBe(false)
    expect(verifyWebhook(secret, headers('md5=abc', String(ts)), body, now).ok).toBe(false)
    expect(verifyWebhook(secret, headers(sig.slice(0, -2), String(ts)), body, now).ok).toBe(false)
    expect(verifyWebhook(secret, headers(sig, 'yesterday'), body, now).ok).toBe(false)
    expect(verifyWebhook('', headers(sig, String(ts)), body, now).ok).toBe(false)
  })
})
