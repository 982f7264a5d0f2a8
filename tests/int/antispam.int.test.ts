import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { ANTISPAM_RECORDS } from '@/shared/antispam/records'
import { checkSubmission, SubmissionRejected } from '@/shared/antispam/check-submission'
import { createChallenge, encodeSolution, solveChallenge } from '@/shared/antispam/pow'
import { createOrg, type Org } from '../helpers/fixtures'
import { startTestPayload, type TestPayload } from '../helpers/payload'

/** The anti-spam checks of public forms, against the real database (durable replay and rate limits). */

let t: TestPayload
let org: Org
const saved = { ip: process.env.SUBMISSION_LIMIT_PER_IP_HOUR, contact: process.env.SUBMISSION_LIMIT_PER_CONTACT_DAY }

beforeAll(async () => {
  process.env.SUBMISSION_LIMIT_PER_IP_HOUR = '4'
  process.env.SUBMISSION_LIMIT_PER_CONTACT_DAY = '2'
  t = await startTestPayload('antispam')
  org = await createOrg(t.payload, 'spam')
})

afterAll(async () => {
  await t?.close()
  for (const [key, value] of [
    ['SUBMISSION_LIMIT_PER_IP_HOUR', saved.ip],
    ['SUBMISSION_LIMIT_PER_CONTACT_DAY', saved.contact],
  ] as const) {
    if (value === undefined) delete process.env[key]
    else process.env[key] = value
  }
})

beforeEach(async () => {
  await t.payload.delete({ collection: ANTISPAM_RECORDS, where: { id: { exists: true } }, overrideAccess: true })
})

const pow = (now = new Date()) => {
  const solution = solveChallenge(createChallenge({ now, maxNumber: 500 }))
  if (!solution) throw new Error('unsolvable')
  return encodeSolution(solution)
}
const headers = (ip: string) => new Headers({ 'x-forwarded-for': `${ip}, 10.0.0.1` })

async function rejection(promise: Promise<unknown>): Promise<SubmissionRejected> {
  try {
    await promise
  } catch (err) {
    if (err instanceof SubmissionRejected) return err
    throw err
  }
  throw new Error('the submission was accepted')
}

const submit = (args: { ip?: string; contact?: string | null; scope?: string; now?: Date; value?: string }) =>
  checkSubmission(t.payload, {
    headers: headers(args.ip ?? '203.0.113.7'),
    form: { pow: args.value ?? pow(args.now), honeypot: '' },
    scope: args.scope ?? 'question',
    contact: args.contact ?? null,
    now: args.now,
  })

describe('checkSubmission', () => {
  it('accepts a solved challenge and returns hashes, storing no raw address or contact', async () => {
    const result = await submit({ contact: 'An@Example.vn' })
    expect(result.ipHash).toMatch(/^[0-9a-f]{64}$/)
    expect(result.contactHash).toMatch(/^[0-9a-f]{64}$/)
    const rows = await t.payload.find({ collection: ANTISPAM_RECORDS, overrideAccess: true, depth: 0 })
    const stored = JSON.stringify(rows.docs)
    expect(stored).not.toContain('203.0.113.7')
    expect(stored.toLowerCase()).not.toContain('an@example.vn')
    expect(rows.docs.map((d) => d.kind).sort()).toEqual(['challenge', 'submission'])
  })

  it('refuses a filled honeypot with 400 before anything else', async () => {
    const err = await rejection(
      checkSubmission(t.payload, {
        headers: headers('1.1.1.1'),
        form: { pow: null, honeypot: 'http://spam' },
        scope: 'question',
      }),
    )
    expect(err.status).toBe(400)
    expect(err.message).toBe('Không thể gửi: biểu mẫu có dữ liệu không hợp lệ.')
  })

  it('refuses a missing, invalid or expired proof of work with a Vietnamese 400', async () => {
    const missing = await rejection(submit({ value: '' }))
    expect(missing.status).toBe(400)
    expect(missing.message).toContain('Đã sẵn sàng gửi.')
    const invalid = await rejection(submit({ value: 'aGVsbG8=' }))
    expect(invalid.message).toContain('không hợp lệ')
    const old = pow(new Date(Date.now() - 11 * 60_000))
    const expired = await rejection(submit({ value: old }))
    expect(expired.status).toBe(400)
    expect(expired.message).toContain('hết hạn')
  })

  it('refuses a replayed solution, also when both arrive at once', async () => {
    const value = pow()
    await submit({ value })
    const replay = await rejection(submit({ value, ip: '198.51.100.1' }))
    expect(replay.status).toBe(400)
    expect(replay.message).toContain('đã được dùng')

    const twin = pow()
    const results = await Promise.allSettled([
      submit({ value: twin, ip: '198.51.100.2' }),
      submit({ value: twin, ip: '198.51.100.3' }),
    ])
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
    const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult
    expect(refused.reason).toBeInstanceOf(SubmissionRejected)
  })

  it('limits submissions per address and hour, per scope, with a retry time', async () => {
    const now = new Date()
    for (let i = 0; i < 4; i++) await submit({ ip: '192.0.2.10', now: new Date(now.getTime() + i * 60_000) })
    const err = await rejection(submit({ ip: '192.0.2.10', now: new Date(now.getTime() + 5 * 60_000) }))
    expect(err.status).toBe(429)
    // the first of the four leaves the hour window 55 minutes later
    expect(err.retryAfterSeconds).toBe(55 * 60)
    expect(err.message).toBe('Bạn đã gửi quá nhiều lần trong thời gian ngắn, vui lòng thử lại sau 55 phút.')
    // another address, another scope and the same address an hour later are not affected
    await submit({ ip: '192.0.2.11', now: new Date(now.getTime() + 5 * 60_000) })
    await submit({ ip: '192.0.2.10', scope: 'comment', now: new Date(now.getTime() + 5 * 60_000) })
    await submit({ ip: '192.0.2.10', now: new Date(now.getTime() + 61 * 60_000) })
  })

  it('limits submissions per contact and day, whatever the address or the spelling', async () => {
    const now = new Date()
    await submit({ ip: '192.0.2.20', contact: '0912 345 678', now })
    await submit({ ip: '192.0.2.21', contact: '+84912345678', now })
    const err = await rejection(submit({ ip: '192.0.2.22', contact: '0912.345.678', now }))
    expect(err.status).toBe(429)
    expect(err.retryAfterSeconds).toBe(24 * 3600)
    expect(err.message).toContain('1440 phút')
    await submit({ ip: '192.0.2.23', contact: 'khac@example.vn', now })
  })

  it('keeps counting across processes: the limit comes from the database, not memory', async () => {
    const now = new Date()
    await t.payload.create({
      collection: ANTISPAM_RECORDS,
      overrideAccess: true,
      data: {
        kind: 'submission',
        key: 's:other-process',
        scope: 'question',
        ipHash: (await submit({ ip: '192.0.2.30', now })).ipHash,
        at: now.toISOString(),
        expiresAt: new Date(now.getTime() + 86_400_000).toISOString(),
      },
    })
    await submit({ ip: '192.0.2.30', now })
    await submit({ ip: '192.0.2.30', now })
    const err = await rejection(submit({ ip: '192.0.2.30', now }))
    expect(err.status).toBe(429)
  })
})

describe('anti-spam records', () => {
  it('are closed to every API user, even an administrator', async () => {
    await submit({})
    for (const role of ['admin', 'editor', 'viewer'] as const) {
      await expect(
        t.payload.find({ collection: ANTISPAM_RECORDS, user: org.users[role], overrideAccess: false }),
      ).rejects.toThrow()
      await expect(
        t.payload.create({
          collection: ANTISPAM_RECORDS,
          user: org.users[role],
          overrideAccess: false,
          data: { kind: 'submission', key: 'x', at: new Date().toISOString(), expiresAt: new Date().toISOString() },
        }),
      ).rejects.toThrow()
    }
    await expect(t.payload.find({ collection: ANTISPAM_RECORDS, overrideAccess: false })).rejects.toThrow()
  })

  it('are cleaned up by the scheduled task once expired', async () => {
    const { scheduledTasks } = await import('@/modules')
    const task = scheduledTasks().find((s) => s.name === 'antispam-cleanup')
    expect(task).toBeDefined()
    await submit({ contact: 'xoa@example.vn' })
    const count = async () => (await t.payload.count({ collection: ANTISPAM_RECORDS, overrideAccess: true })).totalDocs
    expect(await count()).toBe(2)
    await task!.run(t.payload, new Date(Date.now() + 60 * 60_000))
    // the used challenge expired after 10 minutes, the submission is kept for the day's limit
    expect(await count()).toBe(1)
    await task!.run(t.payload, new Date(Date.now() + 25 * 3_600_000))
    expect(await count()).toBe(0)
  })
})
