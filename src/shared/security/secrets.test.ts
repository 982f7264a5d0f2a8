import { createHash } from 'node:crypto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { codeMatches, hashCode, pendingCookieValue, readPendingCookie } from '@/modules/contests/server/codes'
import { decodeCursor, encodeCursor } from '@/modules/data-exchange/open-api/cursor'
import { flashCookies, readFlash } from '@/modules/qa/public/form-flash'
import { ASK_FIELDS, type AskValues } from '@/modules/qa/public/validate-question'
import {
  contactHashes,
  createChallenge,
  encodeSolution,
  hashContact,
  solveChallenge,
  verifySolution,
} from '@/shared/antispam'
import { isSchedulerRequest, schedulerToken } from '@/shared/workflow/scheduler-auth'
import {
  currentSecret,
  DEMO_SECRET,
  isSealed,
  openCredential,
  payloadKeyOf,
  previousSecret,
  sealCredential,
  secretsToCheck,
} from './secrets'

/**
 * A secret rotation (docs/deployment.md, "Đổi khóa bí mật"): what was signed or sealed under the old
 * secret is still accepted while PAYLOAD_SECRET_PREVIOUS holds it, and refused once it is removed;
 * what is made now always uses the new secret.
 */
const OLD = 'the-old-installation-secret-0123'
const NEW = 'the-new-installation-secret-4567'
const saved = { current: process.env.PAYLOAD_SECRET, previous: process.env.PAYLOAD_SECRET_PREVIOUS }

function configure(current: string, previous?: string): void {
  process.env.PAYLOAD_SECRET = current
  if (previous === undefined) delete process.env.PAYLOAD_SECRET_PREVIOUS
  else process.env.PAYLOAD_SECRET_PREVIOUS = previous
}

beforeEach(() => configure(OLD))
afterEach(() => {
  process.env.PAYLOAD_SECRET = saved.current
  if (saved.previous === undefined) delete process.env.PAYLOAD_SECRET_PREVIOUS
  else process.env.PAYLOAD_SECRET_PREVIOUS = saved.previous
})

/** Made under OLD; then checked under NEW alone (refused), NEW + OLD (accepted), and NEW again. */
function acrossRotation(made: () => unknown, accepted: (value: never) => boolean): void {
  configure(OLD)
  const value = made() as never
  expect(accepted(value)).toBe(true)
  configure(NEW)
  expect(accepted(value)).toBe(false)
  configure(NEW, OLD)
  expect(accepted(value)).toBe(true)
}

describe('the secrets a check accepts', () => {
  it('are the current one, then the previous one when it is set and different', () => {
    configure(NEW)
    expect(previousSecret()).toBeNull()
    expect(secretsToCheck()).toEqual([NEW])
    configure(NEW, `  ${OLD} `)
    expect(previousSecret()).toBe(OLD)
    expect(secretsToCheck()).toEqual([NEW, OLD])
    configure(NEW, NEW)
    expect(previousSecret()).toBeNull()
    configure(NEW, '')
    expect(secretsToCheck()).toEqual([NEW])
  })

  it('fall back to the published demo secret outside production only, as the config does', () => {
    const env = process.env as Record<string, string | undefined>
    const nodeEnv = env.NODE_ENV
    try {
      delete process.env.PAYLOAD_SECRET
      expect(currentSecret()).toBe(DEMO_SECRET)
      process.env.PAYLOAD_SECRET = 'ngan-qua'
      expect(currentSecret()).toBe(DEMO_SECRET)
      env.NODE_ENV = 'production'
      expect(() => currentSecret()).toThrow(/PAYLOAD_SECRET phải được đặt/)
      env.ALLOW_DEMO_SECRET = '1'
      expect(currentSecret()).toBe(DEMO_SECRET)
      process.env.PAYLOAD_SECRET = NEW
      expect(currentSecret()).toBe(NEW)
    } finally {
      env.NODE_ENV = nodeEnv
      delete env.ALLOW_DEMO_SECRET
    }
  })

  it("derive Payload's own key the way Payload does", () => {
    expect(payloadKeyOf(OLD)).toBe(createHash('sha256').update(OLD).digest('hex').slice(0, 32))
    expect(payloadKeyOf(OLD)).toHaveLength(32)
  })
})

describe('what was made under the old secret during a rotation', () => {
  it('an open API or change-feed cursor held by a sync follower', () => {
    const check = (cursor: string) => {
      try {
        return decodeCursor('legal-documents', cursor) === 42
      } catch (err) {
        expect((err as { status?: number }).status).toBe(400)
        return false
      }
    }
    acrossRotation(() => encodeCursor('legal-documents', 42), check)
    // New cursors are signed with the new secret: they work once the old one is gone.
    configure(NEW, OLD)
    const fresh = encodeCursor('legal-documents', 42)
    configure(NEW)
    expect(check(fresh)).toBe(true)
  })

  it("a contestant's one-time code and pending-verification cookie", () => {
    acrossRotation(
      () => hashCode(7, '123456'),
      (hash: string) => codeMatches(7, '123456', hash),
    )
    configure(NEW, OLD)
    expect(codeMatches(7, '654321', hashCode(7, '123456'))).toBe(false)
    acrossRotation(
      () => pendingCookieValue(7),
      (cookie: string) => readPendingCookie(cookie) === '7',
    )
  })

  it('a proof-of-work challenge issued before the restart', () => {
    acrossRotation(
      () => encodeSolution(solveChallenge(createChallenge({ maxNumber: 200 }))!),
      (solution: string) => verifySolution(solution).ok,
    )
  })

  it("the question form's flash cookie", () => {
    const values = Object.fromEntries(ASK_FIELDS.map((f) => [f, ''])) as AskValues
    const flash = {
      values: { ...values, title: 'Hỏi về đất đai' },
      errors: { body: 'Vui lòng nhập nội dung câu hỏi.' },
      formError: null,
    }
    acrossRotation(
      () => flashCookies(flash, false),
      (cookies: string[]) => {
        const jar = new Map(cookies.map((c) => c.split(';')[0]!.split('=') as [string, string]))
        return readFlash((name) => jar.get(name) || undefined)?.errors.body === 'Vui lòng nhập nội dung câu hỏi.'
      },
    )
  })

  it("another instance's scheduler token while the instances restart", () => {
    acrossRotation(
      () => schedulerToken(),
      (token: string) => isSchedulerRequest(token),
    )
  })

  it("a contact's look-up hash: the current one first, then the previous one", () => {
    configure(OLD)
    const before = hashContact('nguyenvan.a@example.vn')
    configure(NEW, OLD)
    expect(contactHashes('nguyenvan.a@example.vn')).toEqual([hashContact('nguyenvan.a@example.vn'), before])
    expect(hashContact('nguyenvan.a@example.vn')).not.toBe(before)
    configure(NEW)
    expect(contactHashes('nguyenvan.a@example.vn')).not.toContain(before)
  })
})

describe('credentials kept for other systems', () => {
  it('are stored sealed, open under the current or previous secret, and a value from before sealing reads as it is', () => {
    configure(OLD)
    const sealed = sealCredential('sync-api-key', 'khoa-api-cua-cong-nguon-0123')
    expect(isSealed(sealed)).toBe(true)
    expect(sealed).not.toContain('khoa-api')
    expect(sealCredential('sync-api-key', 'khoa-api-cua-cong-nguon-0123')).not.toBe(sealed)
    expect(openCredential('sync-api-key', sealed)).toBe('khoa-api-cua-cong-nguon-0123')
    // One purpose's seal does not open as another's.
    expect(openCredential('webhook-signing-secret', sealed)).toBeNull()
    configure(NEW)
    expect(openCredential('sync-api-key', sealed)).toBeNull()
    configure(NEW, OLD)
    expect(openCredential('sync-api-key', sealed)).toBe('khoa-api-cua-cong-nguon-0123')
    expect(openCredential('sync-api-key', 'pbgdpl_legacy-key-kept-in-clear')).toBe('pbgdpl_legacy-key-kept-in-clear')
    expect(isSealed('pbgdpl_legacy-key-kept-in-clear')).toBe(false)
    expect(openCredential('sync-api-key', '')).toBeNull()
    expect(openCredential('sync-api-key', null)).toBeNull()
    // A tampered seal is refused, not returned as a key.
    const tampered = `${sealed.slice(0, -2)}${sealed.endsWith('AA') ? 'BB' : 'AA'}`
    expect(isSealed(tampered)).toBe(true)
    expect(openCredential('sync-api-key', tampered)).toBeNull()
  })
})
