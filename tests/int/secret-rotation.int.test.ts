import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { AUDIT_LOG } from '@/modules/audit'
import { findEntry } from '@/modules/contests/server/entries'
import { openMfaKey, SEAL_PURPOSE } from '@/modules/organisation/mfa/mfa'
import { rekeyStoredSecrets, RotationRefused } from '@/modules/organisation/secret-rotation'
import { hashContact } from '@/shared/antispam'
import { openSecret, sealSecret } from '@/shared/security/secret-box'
import { isSealed, openCredential, payloadKeyOf } from '@/shared/security/secrets'
import { WEBHOOK_SECRET_PURPOSE } from '@/modules/data-exchange/changes/constants'
import { SYNC_API_KEY_PURPOSE, SYNC_WEBHOOK_SECRET_PURPOSE } from '@/modules/data-exchange/sync/constants'
import { as, createOrg, createUser, type Org } from '../helpers/fixtures'
import { startTestPayload, type TestPayload } from '../helpers/payload'
import { runScript, type ScriptRun } from '../helpers/scripts'

/**
 * Replacing the installation's secret (issue 8 §3, ASVS V6.4; docs/deployment.md "Đổi khóa bí
 * mật"): while PAYLOAD_SECRET_PREVIOUS holds the old secret, two-factor keys and contestants'
 * look-up hashes stored under it still work; `npm run secret:rotate` re-keys them under the new
 * secret once, audited, and then the old secret can go. Both databases.
 */

const OLD = 'the-previous-installation-secret-01'
const OTHER = 'a-secret-nobody-configured-here-99'
const TOTP_KEY = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP'
let t: TestPayload
let org: Org
let contest: { id: number }
let round: { id: number }

const withPrevious = async <T>(previous: string | undefined, run: () => Promise<T> | T): Promise<T> => {
  const saved = process.env.PAYLOAD_SECRET_PREVIOUS
  if (previous === undefined) delete process.env.PAYLOAD_SECRET_PREVIOUS
  else process.env.PAYLOAD_SECRET_PREVIOUS = previous
  try {
    return await run()
  } finally {
    if (saved === undefined) delete process.env.PAYLOAD_SECRET_PREVIOUS
    else process.env.PAYLOAD_SECRET_PREVIOUS = saved
  }
}

/** A contact's hash as it was computed under `secret`. */
function hashUnder(secret: string, contact: string): string {
  const saved = process.env.PAYLOAD_SECRET
  process.env.PAYLOAD_SECRET = secret
  try {
    return hashContact(contact)
  } finally {
    process.env.PAYLOAD_SECRET = saved
  }
}

type UserRow = { id: number; mfaSecret?: string | null; mfaPendingSecret?: string | null; mfaRecoveryCodes?: unknown }
const userRow = async (id: number) =>
  (await t.payload.db.findOne({ collection: 'users', where: { id: { equals: id } } })) as unknown as UserRow

/** An account whose two-factor key was sealed under `secret` (as an earlier installation did). */
async function enrolledUnder(handle: string, secret: string, field: 'mfaSecret' | 'mfaPendingSecret' = 'mfaSecret') {
  const user = await createUser(t.payload, handle, 'editor', org.unitA.id)
  await t.payload.db.updateOne({
    collection: 'users',
    id: user.id,
    data: {
      mfaEnabled: field === 'mfaSecret',
      [field]: sealSecret(payloadKeyOf(secret), SEAL_PURPOSE, TOTP_KEY),
      mfaRecoveryCodes: ['a'.repeat(64), 'b'.repeat(64)],
    },
    returning: false,
  })
  return user
}

async function entryUnder(secret: string, contact: string) {
  return t.payload.create({
    collection: 'contest-entries',
    // Test set-up written as the system (registration has its own tests).
    overrideAccess: true,
    data: {
      contest: contest.id,
      round: round.id,
      fullName: 'Trần Thị Bình',
      publicName: 'Trần Thị B.',
      contactKind: 'email',
      contact,
      contactHash: hashUnder(secret, contact),
    },
    depth: 0,
  })
}

beforeAll(async () => {
  t = await startTestPayload('secret-rotation')
  org = await createOrg(t.payload, 'rot')
  const editor = as(org, 'editor')
  for (const code of ['XOAY-1', 'XOAY-2']) {
    await t.payload.create({
      collection: 'contest-questions',
      data: {
        code,
        kind: 'single',
        text: `Câu hỏi ${code} về Luật Phổ biến, giáo dục pháp luật?`,
        options: [
          { text: 'Đúng', correct: true },
          { text: 'Sai', correct: false },
        ],
      },
      depth: 0,
      ...editor,
    })
  }
  contest = await t.payload.create({
    collection: 'contests',
    data: {
      title: 'Cuộc thi đổi khóa',
      status: 'published',
      eligibility: 'open',
      contactKinds: ['email'],
      certificateRule: 'participation',
    },
    depth: 0,
    ...editor,
  })
  round = await t.payload.create({
    collection: 'contest-rounds',
    data: {
      contest: contest.id,
      number: 1,
      title: 'Vòng 1',
      opensAt: new Date(Date.now() - 3_600_000).toISOString(),
      closesAt: new Date(Date.now() + 86_400_000).toISOString(),
      questionCount: 2,
      timeLimitMinutes: 10,
      attemptsAllowed: 1,
    },
    depth: 0,
    ...editor,
  })
})
afterAll(async () => t?.close())

describe('during and after a rotation, in process', () => {
  it('refuses to run without the previous secret, and counts without writing in a dry run', async () => {
    await withPrevious(undefined, async () => {
      await expect(rekeyStoredSecrets(t.payload)).rejects.toBeInstanceOf(RotationRefused)
    })
    await withPrevious(process.env.PAYLOAD_SECRET, async () => {
      await expect(rekeyStoredSecrets(t.payload)).rejects.toThrow(/PAYLOAD_SECRET_PREVIOUS/)
    })
    const user = await enrolledUnder('rot-dry', OLD)
    const before = await userRow(user.id)
    const report = await withPrevious(OLD, () => rekeyStoredSecrets(t.payload, { dryRun: true }))
    expect(report.mfaKeys.rekeyed).toBeGreaterThanOrEqual(1)
    expect((await userRow(user.id)).mfaSecret).toBe(before.mfaSecret)
  })

  it('keeps two-factor keys and returning contestants working, then re-keys them once, audited', async () => {
    const active = await enrolledUnder('rot-active', OLD)
    const pending = await enrolledUnder('rot-pending', OLD, 'mfaPendingSecret')
    const lost = await enrolledUnder('rot-lost', OTHER)
    const current = await enrolledUnder('rot-current', process.env.PAYLOAD_SECRET!)
    const kept = await entryUnder(OLD, 'thi-sinh.xoay@example.vn')
    const demo = await t.payload.create({
      collection: 'contest-entries',
      // Test set-up written as the system (registration has its own tests).
      overrideAccess: true,
      data: {
        contest: contest.id,
        round: round.id,
        fullName: 'Lê Văn Cường',
        publicName: 'Lê Văn C.',
        contactKind: 'email',
        contact: 'demo.xoay@example.vn',
        contactHash: 'demo-hash-not-from-any-secret',
      },
      depth: 0,
    })

    // The new secret alone opens nothing made under the old one…
    const sealed = (await userRow(active.id)).mfaSecret
    expect(openMfaKey(t.payload, sealed)).toBeNull()
    expect(await findEntry(t.payload, { roundId: round.id, contact: 'thi-sinh.xoay@example.vn' })).toBeNull()
    // …while the previous secret is set, sign-in and the contestant's look-up still work.
    await withPrevious(OLD, async () => {
      expect(openMfaKey(t.payload, sealed)).toBe(TOTP_KEY)
      expect((await findEntry(t.payload, { roundId: round.id, contact: 'thi-sinh.xoay@example.vn' }))?.id).toBe(kept.id)
    })

    const report = await withPrevious(OLD, () => rekeyStoredSecrets(t.payload))
    expect(report.mfaKeys.rekeyed).toBeGreaterThanOrEqual(2)
    expect(report.mfaKeys.unreadable).toBeGreaterThanOrEqual(1)
    expect(report.mfaKeys.current).toBeGreaterThanOrEqual(1)
    expect(report.contestContacts).toEqual({ current: 0, rekeyed: 1, unreadable: 1 })

    // Without the previous secret now: everything re-keyed opens with the new one.
    expect(openMfaKey(t.payload, (await userRow(active.id)).mfaSecret)).toBe(TOTP_KEY)
    expect(openMfaKey(t.payload, (await userRow(pending.id)).mfaPendingSecret)).toBe(TOTP_KEY)
    expect((await userRow(active.id)).mfaRecoveryCodes).toHaveLength(2)
    expect(openSecret(t.payload.secret, SEAL_PURPOSE, (await userRow(current.id)).mfaSecret)).toBe(TOTP_KEY)
    expect(openSecret(payloadKeyOf(OTHER), SEAL_PURPOSE, (await userRow(lost.id)).mfaSecret)).toBe(TOTP_KEY)
    const found = await findEntry(t.payload, { roundId: round.id, contact: 'thi-sinh.xoay@example.vn' })
    expect(found?.id).toBe(kept.id)
    expect(found?.contactHash).toBe(hashContact('thi-sinh.xoay@example.vn'))
    // A system read: contactHash is closed to every reader.
    const demoAfter = await t.payload.findByID({ collection: 'contest-entries', id: demo.id, overrideAccess: true })
    expect(demoAfter.contactHash).toBe('demo-hash-not-from-any-secret')

    const audit = await t.payload.find({
      collection: AUDIT_LOG,
      where: { action: { equals: 'secret-rotated' } },
      // Read as the system: which roles may read it is checked in the next test.
      overrideAccess: true,
    })
    expect(audit.docs).toHaveLength(1)
    expect(audit.docs[0]?.target).toMatch(
      /khóa xác thực hai bước, 0 khóa kết nối hệ thống khác, 1 người dự thi chuyển sang khóa mới/,
    )
    expect(audit.docs[0]?.userName).toBe('Hệ thống')

    // Again: nothing left to move, no second entry.
    const again = await withPrevious(OLD, () => rekeyStoredSecrets(t.payload))
    expect(again.mfaKeys.rekeyed + again.contestContacts.rekeyed).toBe(0)
    const audited = await t.payload.count({
      collection: AUDIT_LOG,
      where: { action: { equals: 'secret-rotated' } },
      // Read as the system: which roles may read it is checked in the next test.
      overrideAccess: true,
    })
    expect(audited.totalDocs).toBe(1)
  })

  it('re-seals the credentials kept for other systems, and seals those stored in clear by an older version', async () => {
    const source = await t.payload.create({
      collection: 'sync-sources',
      data: {
        name: 'Cổng PBGDPL quốc gia',
        baseUrl: 'https://pbgdpl.example.gov.vn',
        newApiKey: 'khoa-api-cua-cong-nguon-0123456789',
        types: ['articles'],
        enabled: false,
      } as never,
      ...as(org, 'admin'),
      depth: 0,
    })
    const subscription = await t.payload.create({
      collection: 'webhook-subscriptions',
      data: { name: 'Máy nhận của tỉnh bạn', url: 'https://nhan.example.vn/webhook' } as never,
      ...as(org, 'admin'),
      depth: 0,
    })
    const issued = (subscription as unknown as { issuedKey: string }).issuedKey
    const credentialsOf = async () => {
      const src = (await t.payload.db.findOne({
        collection: 'sync-sources',
        where: { id: { equals: source.id } },
      })) as unknown as {
        apiKey: string
        webhookSecret: string
      }
      const sub = (await t.payload.db.findOne({
        collection: 'webhook-subscriptions',
        where: { id: { equals: subscription.id } },
      })) as unknown as { secret: string }
      return { apiKey: src.apiKey, webhookSecret: src.webhookSecret, secret: sub.secret }
    }
    // As an installation under the old secret left them: the API key sealed under it, the webhook
    // secret kept in clear by a version before sealing.
    await t.payload.db.updateOne({
      collection: 'sync-sources',
      id: source.id,
      data: {
        apiKey: sealSecret(OLD, SYNC_API_KEY_PURPOSE, 'khoa-api-cua-cong-nguon-0123456789'),
        webhookSecret: 'whsec_cu_luu_dang_ro_tu_phien_ban_truoc_0123',
      },
      returning: false,
    })
    await t.payload.db.updateOne({
      collection: 'webhook-subscriptions',
      id: subscription.id,
      data: { secret: sealSecret(OLD, WEBHOOK_SECRET_PURPOSE, issued) },
      returning: false,
    })
    const before = await credentialsOf()
    expect(openCredential(SYNC_API_KEY_PURPOSE, before.apiKey)).toBeNull()
    expect(openCredential(SYNC_WEBHOOK_SECRET_PURPOSE, before.webhookSecret)).toBe(
      'whsec_cu_luu_dang_ro_tu_phien_ban_truoc_0123',
    )
    await withPrevious(OLD, () => {
      expect(openCredential(SYNC_API_KEY_PURPOSE, before.apiKey)).toBe('khoa-api-cua-cong-nguon-0123456789')
      expect(openCredential(WEBHOOK_SECRET_PURPOSE, before.secret)).toBe(issued)
    })

    const report = await withPrevious(OLD, () => rekeyStoredSecrets(t.payload))
    expect(report.credentials.rekeyed).toBe(3)
    const after = await credentialsOf()
    for (const value of Object.values(after)) expect(isSealed(value)).toBe(true)
    expect(after.webhookSecret).not.toContain('whsec_cu')
    expect(openCredential(SYNC_API_KEY_PURPOSE, after.apiKey)).toBe('khoa-api-cua-cong-nguon-0123456789')
    expect(openCredential(SYNC_WEBHOOK_SECRET_PURPOSE, after.webhookSecret)).toBe(
      'whsec_cu_luu_dang_ro_tu_phien_ban_truoc_0123',
    )
    expect(openCredential(WEBHOOK_SECRET_PURPOSE, after.secret)).toBe(issued)
    const again = await withPrevious(OLD, () => rekeyStoredSecrets(t.payload, { dryRun: true }))
    expect(again.credentials).toMatchObject({ rekeyed: 0, unreadable: 0 })
    expect(again.credentials.current).toBeGreaterThanOrEqual(3)
  })

  it('the upgrade migration seals the credentials an older version kept in clear; its down reveals them again', async () => {
    const migration =
      t.db.dialect === 'postgres'
        ? await import('@/migrations/postgres/20261130_203000_seal_credentials')
        : await import('@/migrations/sqlite/20261130_203000_seal_credentials')
    const source = await t.payload.create({
      collection: 'sync-sources',
      data: {
        name: 'Cổng PBGDPL tỉnh cũ',
        baseUrl: 'https://cu.example.gov.vn',
        types: ['articles'],
        enabled: false,
      } as never,
      ...as(org, 'admin'),
      depth: 0,
    })
    // As the version before sealing stored them.
    await t.payload.db.updateOne({
      collection: 'sync-sources',
      id: source.id,
      data: { apiKey: 'khoa-api-luu-dang-ro-0123456789', webhookSecret: 'whsec_luu_dang_ro_0123456789abcdef' },
      returning: false,
    })
    const row = async () =>
      (await t.payload.db.findOne({
        collection: 'sync-sources',
        where: { id: { equals: source.id } },
      })) as unknown as { apiKey: string; webhookSecret: string }
    const args = { payload: t.payload, req: {} } as never
    await migration.up(args)
    const sealed = await row()
    expect(isSealed(sealed.apiKey) && isSealed(sealed.webhookSecret)).toBe(true)
    expect(openCredential(SYNC_API_KEY_PURPOSE, sealed.apiKey)).toBe('khoa-api-luu-dang-ro-0123456789')
    // Running it again changes nothing; down gives the older code its clear values back.
    await migration.up(args)
    expect((await row()).apiKey).toBe(sealed.apiKey)
    await migration.down(args)
    expect(await row()).toMatchObject({
      apiKey: 'khoa-api-luu-dang-ro-0123456789',
      webhookSecret: 'whsec_luu_dang_ro_0123456789abcdef',
    })
    await migration.up(args)
  })

  it("the audit log's readers see the rotation's entry, nobody else", async () => {
    for (const actor of ['editor', 'contributor', 'expert', 'anonymous'] as const) {
      const read = t.payload.find({
        collection: AUDIT_LOG,
        where: { action: { equals: 'secret-rotated' } },
        ...as(org, actor),
      })
      // Refused outright, or an empty list: either way nothing of it is shown.
      const seen = await read.then(
        (r) => r.docs.length,
        (err: { status?: number }) => (err.status === 403 ? 0 : Promise.reject(err)),
      )
      expect(seen, actor).toBe(0)
    }
    // The audit log's readers: administrators, the editor-in-chief and inspectors.
    for (const actor of ['admin', 'editor-in-chief', 'viewer'] as const) {
      const read = await t.payload.find({
        collection: AUDIT_LOG,
        where: { action: { equals: 'secret-rotated' } },
        ...as(org, actor),
      })
      expect(read.docs.length, actor).toBeGreaterThan(0)
    }
  })
})

// Each case starts the command (tsx, Payload's config) two to four times: ten seconds and more
// each on a busy two-core machine, so these cases get three minutes.
describe('npm run secret:rotate', { timeout: 180_000 }, () => {
  function childEnv(env: Record<string, string | undefined>): NodeJS.ProcessEnv {
    const merged: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: t.db.url,
    }
    delete merged.PAYLOAD_SECRET
    delete merged.PAYLOAD_SECRET_PREVIOUS
    for (const [key, value] of Object.entries(env)) if (value !== undefined) merged[key] = value
    return merged
  }

  /** Runs `npm run secret:rotate`'s script on this test's database, with `dir`/data/.secret as SECRET_FILE. */
  const rotate = (dir: string, env: Record<string, string | undefined>, ...args: string[]): Promise<ScriptRun> =>
    runScript('rotate-secret.ts', args, childEnv({ SECRET_FILE: path.join(dir, 'data', '.secret'), ...env }))

  it('refuses a missing, equal or short previous secret and unknown options with one Vietnamese line', async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rotate-'))
    const current = 'the-new-installation-secret-for-cli'
    const cases = [
      [{ PAYLOAD_SECRET: current }, [], /^✖ Chưa đặt PAYLOAD_SECRET_PREVIOUS/],
      [
        { PAYLOAD_SECRET: current, PAYLOAD_SECRET_PREVIOUS: current },
        [],
        /^✖ PAYLOAD_SECRET_PREVIOUS trùng PAYLOAD_SECRET/,
      ],
      [{ PAYLOAD_SECRET: current, PAYLOAD_SECRET_PREVIOUS: 'ngan' }, [], /^✖ PAYLOAD_SECRET_PREVIOUS quá ngắn/],
      [{ PAYLOAD_SECRET: current, PAYLOAD_SECRET_PREVIOUS: OLD }, ['--xoa-het'], /^✖ Tham số không hợp lệ: --xoa-het/],
      [
        { PAYLOAD_SECRET: current, PAYLOAD_SECRET_PREVIOUS: OLD },
        ['--generate'],
        /^✖ PAYLOAD_SECRET được đặt trong môi trường/,
      ],
      [{}, [], /^✖ Chưa đặt PAYLOAD_SECRET và không có \S*data\/\.secret\.$/],
    ] as const
    for (const [env, args, message] of cases) {
      const run = await rotate(tmp, env, ...args)
      expect(run.code, run.output).toBe(2)
      expect(run.output.trim().split('\n')).toHaveLength(1)
      expect(run.output.trim()).toMatch(message)
    }
    fs.rmSync(tmp, { recursive: true, force: true })
  })

  it('on a single machine: --generate makes a new secret, keeps the old one and re-keys; --finish forgets it', async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rotate-'))
    fs.mkdirSync(path.join(tmp, 'data'))
    const OLD_FILE = 'secret-kept-in-data-dot-secret-0123'
    fs.writeFileSync(path.join(tmp, 'data', '.secret'), OLD_FILE)
    const user = await enrolledUnder('rot-cli', OLD_FILE)

    const generated = await rotate(tmp, {}, '--generate')
    expect(generated.code, generated.output).toBe(0)
    expect(generated.output).toMatch(
      /Đã tạo khóa bí mật mới trong \S*data\/\.secret; khóa cũ giữ trong \S*\.secret\.previous/,
    )
    expect(generated.output).toMatch(/Khóa xác thực hai bước: 1 đã chuyển sang khóa mới/)
    const fresh = fs.readFileSync(path.join(tmp, 'data', '.secret'), 'utf8')
    expect(fresh).toMatch(/^[0-9a-f]{64}$/)
    expect(fs.readFileSync(path.join(tmp, 'data', '.secret.previous'), 'utf8')).toBe(OLD_FILE)
    expect(fs.statSync(path.join(tmp, 'data', '.secret')).mode & 0o077).toBe(0)
    const sealed = (await userRow(user.id)).mfaSecret
    expect(openSecret(payloadKeyOf(fresh), SEAL_PURPOSE, sealed)).toBe(TOTP_KEY)

    const twice = await rotate(tmp, {}, '--generate')
    expect(twice.code).toBe(2)
    expect(twice.output).toMatch(/Đang có một lần đổi khóa chưa xong/)

    const check = await rotate(tmp, {}, '--check')
    expect(check.code, check.output).toBe(0)
    expect(check.output).toContain('Không còn gì theo khóa cũ.')

    const finished = await rotate(tmp, {}, '--finish')
    expect(finished.code, finished.output).toBe(0)
    expect(finished.output).toMatch(/Đã xóa \S*data\/\.secret\.previous/)
    expect(fs.existsSync(path.join(tmp, 'data', '.secret.previous'))).toBe(false)
    expect(fs.readFileSync(path.join(tmp, 'data', '.secret'), 'utf8')).toBe(fresh)
    fs.rmSync(tmp, { recursive: true, force: true })
  })

  it('--finish refuses while something still depends on the old secret', async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rotate-'))
    const user = await enrolledUnder('rot-left', OLD)
    const env = { PAYLOAD_SECRET: process.env.PAYLOAD_SECRET, PAYLOAD_SECRET_PREVIOUS: OLD }
    const refused = await rotate(tmp, env, '--finish')
    expect(refused.code, refused.output).toBe(2)
    expect(refused.output).toMatch(/✖ Còn 1 giá trị theo khóa cũ/)
    const done = await rotate(tmp, env)
    expect(done.code, done.output).toBe(0)
    expect(done.output).toContain('Xong. Khởi động lại mọi máy chủ với khóa mới')
    expect(openMfaKey(t.payload, (await userRow(user.id)).mfaSecret)).toBe(TOTP_KEY)
    const finished = await rotate(tmp, env, '--finish')
    expect(finished.code, finished.output).toBe(0)
    expect(finished.output).toContain('bỏ PAYLOAD_SECRET_PREVIOUS khỏi cấu hình mọi máy chủ')
    fs.rmSync(tmp, { recursive: true, force: true })
  })
})
