import { createHash } from 'node:crypto'
import { beforeAll, describe, expect, it } from 'vitest'
import { formAntiSpamFields, HONEYPOT_FIELD, POW_FIELD } from './fields'
import { createChallenge, encodeSolution, solveChallenge, verifySolution } from './pow'
import { sha256Hex } from './sha256'
import { challengeExpiry, solvePow } from './solve'
import { normaliseContact } from './check-submission'

beforeAll(() => {
  process.env.PAYLOAD_SECRET ||= 'unit-test-secret-0123456789'
})

const solved = (now = new Date()) => {
  const c = createChallenge({ now, maxNumber: 2000 })
  const s = solveChallenge(c)
  if (!s) throw new Error('unsolvable challenge')
  return { c, s }
}

describe('proof-of-work challenge', () => {
  it('has the ALTCHA shape with an expiry in the salt and a signature', () => {
    const now = new Date('2026-01-05T03:00:00Z')
    const c = createChallenge({ now, maxNumber: 1000 })
    expect(c.algorithm).toBe('SHA-256')
    expect(c.challenge).toMatch(/^[0-9a-f]{64}$/)
    expect(c.signature).toMatch(/^[0-9a-f]{64}$/)
    expect(c.maxnumber).toBe(1000)
    expect(challengeExpiry(c.salt)).toBe(now.getTime() + 10 * 60_000)
  })

  it('accepts a correct solution', () => {
    const { c, s } = solved()
    const check = verifySolution(encodeSolution(s))
    expect(check).toEqual({ ok: true, challenge: c.challenge, expiresAt: new Date(challengeExpiry(c.salt)) })
  })

  it('refuses a missing or garbled value', () => {
    expect(verifySolution(null)).toEqual({ ok: false, reason: 'missing' })
    expect(verifySolution('  ')).toEqual({ ok: false, reason: 'missing' })
    expect(verifySolution('not base64 json')).toEqual({ ok: false, reason: 'invalid' })
    expect(verifySolution(Buffer.from('{"a":1}').toString('base64'))).toEqual({ ok: false, reason: 'invalid' })
  })

  it('refuses a wrong number, a forged signature and a salt with a changed expiry', () => {
    const { s } = solved()
    expect(verifySolution(encodeSolution({ ...s, number: s.number + 1 })).ok).toBe(false)
    const forged = createHash('sha256').update('x').digest('hex')
    expect(verifySolution(encodeSolution({ ...s, signature: forged }))).toEqual({ ok: false, reason: 'invalid' })
    const later = s.salt.replace(/expires=\d+/, 'expires=9999999999')
    expect(verifySolution(encodeSolution({ ...s, salt: later }))).toEqual({ ok: false, reason: 'invalid' })
  })

  it('refuses a self-made challenge (not signed with the portal key)', () => {
    const salt = `abc?expires=${Math.floor(Date.now() / 1000) + 600}`
    const challenge = createHash('sha256').update(`${salt}7`).digest('hex')
    const fake = { algorithm: 'SHA-256', challenge, number: 7, salt, signature: challenge }
    expect(verifySolution(encodeSolution(fake))).toEqual({ ok: false, reason: 'invalid' })
  })

  it('refuses an expired solution', () => {
    const { s } = solved(new Date('2026-01-05T03:00:00Z'))
    expect(verifySolution(encodeSolution(s), new Date('2026-01-05T03:10:01Z'))).toEqual({
      ok: false,
      reason: 'expired',
    })
    expect(verifySolution(encodeSolution(s), new Date('2026-01-05T03:09:59Z')).ok).toBe(true)
  })

  it('is solved by the browser solver and accepted by the server', async () => {
    const c = createChallenge({ maxNumber: 3000 })
    const value = await solvePow(c)
    expect(value).not.toBeNull()
    expect(verifySolution(value).ok).toBe(true)
  })
})

describe('pure JavaScript SHA-256 (fallback without crypto.subtle)', () => {
  it.each(['', 'abc', 'Tiếng Việt có dấu', 'x'.repeat(55), 'y'.repeat(56), 'z'.repeat(200)])(
    'matches node:crypto for %j',
    (text) => {
      expect(sha256Hex(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'))
    },
  )
})

describe('form fields and contacts', () => {
  it('reads the fields the client component renders', () => {
    const form = new FormData()
    form.set(POW_FIELD, 'abc')
    form.set(HONEYPOT_FIELD, '')
    expect(formAntiSpamFields(form)).toEqual({ pow: 'abc', honeypot: '' })
    expect(formAntiSpamFields(new FormData())).toEqual({ pow: null, honeypot: null })
  })

  it('normalises e-mails to lower case and phones to their digits', () => {
    expect(normaliseContact('  An.Nguyen@Example.VN ')).toBe('an.nguyen@example.vn')
    expect(normaliseContact('0912 345 678')).toBe('0912345678')
    expect(normaliseContact('+84 912.345.678')).toBe('0912345678')
    expect(normaliseContact('')).toBeNull()
    expect(normaliseContact(null)).toBeNull()
  })
})

describe('GET /api/chong-spam/thu-thach', () => {
  it('answers a fresh, uncached challenge', async () => {
    const { GET } = await import('@/app/(frontend)/api/chong-spam/thu-thach/route')
    const first = GET()
    const second = GET()
    expect(first.status).toBe(200)
    expect(first.headers.get('cache-control')).toContain('no-store')
    const a = (await first.json()) as { challenge: string; salt: string; signature: string; maxnumber: number }
    const b = (await second.json()) as { challenge: string }
    expect(a).toMatchObject({ algorithm: 'SHA-256', maxnumber: 50_000 })
    expect(a.challenge).not.toBe(b.challenge)
  })
})
