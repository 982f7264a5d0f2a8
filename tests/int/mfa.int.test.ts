import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { AUDIT_LOG } from '@/modules/audit'
import { sealTotpSecret } from '@/modules/organisation/mfa/mfa'
import { hotp, base32Decode, totpCode, totpStep } from '@/shared/security/totp'
import { startTestPayload, type TestPayload } from '../helpers/payload'
import { runScript, type ScriptRun } from '../helpers/scripts'
import { createOrg, createUser, PASSWORD, type Org } from '../helpers/fixtures'

/**
 * Two-factor sign-in for administrators and the editorial board (issue 8 §3, ASVS V2): through the
 * REST API the admin's screens use (Payload's own handler, in process), with real logins, sessions
 * and codes. Until a session passes the second step it has no role: every access rule refuses it.
 */

let t: TestPayload
let org: Org

beforeAll(async () => {
  t = await startTestPayload('mfa')
  org = await createOrg(t.payload, 'mfa')
})
afterAll(async () => t?.close())

type Answer = { status: number; body: Record<string, unknown>; headers: Headers }

async function rest(method: string, path: string, options: { body?: unknown; headers?: Record<string, string> } = {}) {
  const { handleEndpoints } = await import('payload')
  const { default: config } = await import('@/payload.config')
  const response = await handleEndpoints({
    config,
    path: `/api${path.split('?')[0]}`,
    request: new Request(`http://localhost/api${path}`, {
      method,
      headers: {
        'content-type': 'application/json',
        'x-forwarded-for': '198.51.100.23',
        ...options.headers,
      },
      body:
        options.body === undefined
          ? undefined
          : typeof options.body === 'string'
            ? options.body
            : JSON.stringify(options.body),
    }),
  })
  const text = await response.text()
  let body: Record<string, unknown> = {}
  try {
    body = JSON.parse(text) as Record<string, unknown>
  } catch {
    body = { text }
  }
  return { status: response.status, body, headers: response.headers } satisfies Answer
}

const messageOf = (a: Answer): string =>
  ((a.body.errors as { message: string }[] | undefined)?.[0]?.message ?? '') as string

async function login(email: string, password = PASSWORD): Promise<Record<string, string>> {
  const answer = await rest('POST', '/users/login', { body: { email, password } })
  expect(answer.status, JSON.stringify(answer.body)).toBe(200)
  return { Authorization: `JWT ${answer.body.token as string}` }
}

/** How many accounts the session can list: the board sees everyone, a person without a role only themselves. */
async function visibleUsers(headers: Record<string, string>): Promise<number> {
  const answer = await rest('GET', '/users?limit=1&depth=0', { headers })
  expect(answer.status).toBe(200)
  return answer.body.totalDocs as number
}

async function auditEntries(action: string, documentId: number | string) {
  const found = await t.payload.find({
    collection: AUDIT_LOG,
    where: { and: [{ action: { equals: action } }, { documentId: { equals: String(documentId) } }] },
    overrideAccess: true,
    depth: 0,
  })
  return found.docs
}

/** A code for `secret` at a given step offset from now (the portal accepts one step either side). */
const codeAt = (secret: string, offset: number): string => hotp(base32Decode(secret)!, totpStep(Date.now()) + offset)

describe('enrolment at the first sign-in of an editor', () => {
  let session: Record<string, string>
  let secret = ''
  let recoveryCodes: string[] = []

  it('a fresh editor session is known but has no rights until the second step', async () => {
    session = await login(org.users.editor.email)
    const me = await rest('GET', '/users/me', { headers: session })
    expect((me.body.user as { email: string }).email).toBe(org.users.editor.email)
    expect(await visibleUsers(session)).toBe(1)
    // Someone holding only the password cannot change the account either.
    const patch = await rest('PATCH', `/users/${org.users.editor.id}`, { headers: session, body: { name: 'Đổi tên' } })
    expect(patch.status).toBe(403)
    // Nor read what the board reads.
    const audit = await rest('GET', '/audit-log?limit=1', { headers: session })
    expect(audit.status).toBe(403)
  })

  it('setup gives a key, its otpauth URI and a QR code, kept sealed until confirmed', async () => {
    const answer = await rest('POST', '/users/mfa/setup', { headers: session })
    expect(answer.status).toBe(200)
    secret = answer.body.secret as string
    expect(secret).toMatch(/^[A-Z2-7]{32}$/)
    expect(answer.body.uri).toMatch(/^otpauth:\/\/totp\/.*\?secret=[A-Z2-7]{32}&issuer=/)
    expect(answer.body.uri).toContain(encodeURIComponent(org.users.editor.email))
    expect(String(answer.body.qrSvg)).toMatch(/^<svg[\s\S]*<\/svg>\s*$/)
    const raw = (await t.payload.db.findOne({
      collection: 'users',
      where: { id: { equals: org.users.editor.id } },
    })) as unknown as {
      mfaPendingSecret: string
      mfaEnabled: boolean
    }
    expect(raw.mfaEnabled).toBe(false)
    expect(raw.mfaPendingSecret).toMatch(/^v1:/)
    expect(raw.mfaPendingSecret).not.toContain(secret)
  })

  it('a wrong code is refused in Vietnamese and audited', async () => {
    const wrong = await rest('POST', '/users/mfa/verify', { headers: session, body: { code: '000000' } })
    expect(wrong.status).toBe(400)
    expect(messageOf(wrong)).toMatch(/Mã xác thực không đúng/)
    expect((await auditEntries('mfa-failed', org.users.editor.id)).length).toBeGreaterThan(0)
    expect(await visibleUsers(session)).toBe(1)
  })

  it('the right code turns it on, returns ten recovery codes once and trusts this session', async () => {
    const answer = await rest('POST', '/users/mfa/verify', { headers: session, body: { code: totpCode(secret) } })
    expect(answer.status, JSON.stringify(answer.body)).toBe(200)
    expect(answer.body.enrolled).toBe(true)
    recoveryCodes = answer.body.recoveryCodes as string[]
    expect(recoveryCodes).toHaveLength(10)
    expect(new Set(recoveryCodes).size).toBe(10)
    const cookie = answer.headers.get('set-cookie') ?? ''
    expect(cookie).toMatch(/^pbgdpl-mfa=[^;]+; Path=\/; HttpOnly; SameSite=Lax/)
    const proof = answer.body.proof as string
    // As an API client (header) and as a browser (cookie).
    expect(await visibleUsers({ ...session, 'X-MFA-Proof': proof })).toBeGreaterThan(1)
    expect(await visibleUsers({ ...session, Cookie: `pbgdpl-mfa=${encodeURIComponent(proof)}` })).toBeGreaterThan(1)
    expect(await visibleUsers({ ...session, 'X-MFA-Proof': proof.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')) })).toBe(
      1,
    )
    expect((await auditEntries('mfa-enabled', org.users.editor.id)).length).toBe(1)
    // The account now says so, but nothing secret ever leaves the server.
    const me = await rest('GET', `/users/${org.users.editor.id}`, { headers: { ...session, 'X-MFA-Proof': proof } })
    expect(me.body.mfaEnabled).toBe(true)
    for (const key of ['mfaSecret', 'mfaPendingSecret', 'mfaLastStep', 'mfaRecoveryCodes'])
      expect(me.body).not.toHaveProperty(key)
  })

  it('a new session needs its own code; a code is accepted once; a proof belongs to one session', async () => {
    const first = await login(org.users.editor.email)
    const second = await login(org.users.editor.email)
    expect(await visibleUsers(first)).toBe(1)
    const code = codeAt(secret, 1)
    const ok = await rest('POST', '/users/mfa/verify', { headers: first, body: { code } })
    expect(ok.status).toBe(200)
    expect(ok.body.enrolled).toBe(false)
    const replay = await rest('POST', '/users/mfa/verify', { headers: second, body: { code } })
    expect(replay.status).toBe(400)
    // The first session's proof does not open the second session.
    expect(await visibleUsers({ ...second, 'X-MFA-Proof': ok.body.proof as string })).toBe(1)
    expect(await visibleUsers({ ...first, 'X-MFA-Proof': ok.body.proof as string })).toBeGreaterThan(1)
    // A login response never carries the secret fields either.
    const raw = await rest('POST', '/users/login', { body: { email: org.users.editor.email, password: PASSWORD } })
    expect(raw.body.user).not.toHaveProperty('mfaSecret')
    expect(raw.body.user).not.toHaveProperty('mfaRecoveryCodes')
  })

  it('two sign-ins racing with the same code: exactly one passes', async () => {
    // A step not used yet, as when two people hold the password and the phone at once.
    await t.payload.db.updateOne({
      collection: 'users',
      id: org.users.editor.id,
      data: { mfaLastStep: null },
    })
    // Signed in one after the other (Payload keeps the sessions in the account's record).
    const sessions: Record<string, string>[] = []
    for (let i = 0; i < 3; i++) sessions.push(await login(org.users.editor.email))
    const code = codeAt(secret, 0)
    const answers = await Promise.all(
      sessions.map((headers) => rest('POST', '/users/mfa/verify', { headers, body: { code } })),
    )
    expect(answers.map((a) => a.status).sort()).toEqual([200, 400, 400])
    const passed = sessions.filter((_, i) => answers[i]!.status === 200)
    expect(passed).toHaveLength(1)
  })

  it('a recovery code works once instead of a code', async () => {
    const session2 = await login(org.users.editor.email)
    const used = recoveryCodes[3]!
    const ok = await rest('POST', '/users/mfa/verify', { headers: session2, body: { code: used.toUpperCase() } })
    expect(ok.status, JSON.stringify(ok.body)).toBe(200)
    expect(ok.body.recoveryCodesLeft).toBe(9)
    const session3 = await login(org.users.editor.email)
    const again = await rest('POST', '/users/mfa/verify', { headers: session3, body: { code: used } })
    expect(again.status).toBe(400)
    expect((await auditEntries('mfa-recovery', org.users.editor.id)).length).toBe(1)
  })

  it('the editor renews their recovery codes with a current code: the old ones stop working', async () => {
    await t.payload.db.updateOne({ collection: 'users', id: org.users.editor.id, data: { mfaLastStep: null } })
    const pending = await login(org.users.editor.email)
    // A session that has not passed the second step cannot.
    const early = await rest('POST', '/users/mfa/recovery-codes', {
      headers: pending,
      body: { code: codeAt(secret, -1) },
    })
    expect(early.status).toBe(403)
    const trusted = await rest('POST', '/users/mfa/verify', { headers: pending, body: { code: codeAt(secret, -1) } })
    expect(trusted.status).toBe(200)
    const session = { ...pending, 'X-MFA-Proof': trusted.body.proof as string }
    // A recovery code or a wrong code is not enough; both are refused in Vietnamese.
    for (const code of [recoveryCodes[5]!, '000000', 'abc']) {
      const refused = await rest('POST', '/users/mfa/recovery-codes', { headers: session, body: { code } })
      expect(refused.status, code).toBe(400)
      expect(messageOf(refused)).toMatch(/mã/i)
    }
    const renewed = await rest('POST', '/users/mfa/recovery-codes', {
      headers: session,
      body: { code: codeAt(secret, 0) },
    })
    expect(renewed.status, JSON.stringify(renewed.body)).toBe(200)
    const fresh = renewed.body.recoveryCodes as string[]
    expect(fresh).toHaveLength(10)
    expect(new Set(fresh).size).toBe(10)
    expect(fresh).not.toContain(recoveryCodes[5])
    // The same code cannot renew them twice.
    const replay = await rest('POST', '/users/mfa/recovery-codes', {
      headers: session,
      body: { code: codeAt(secret, 0) },
    })
    expect(replay.status).toBe(400)
    // An old recovery code no longer opens a session; a new one does, once.
    const old = await rest('POST', '/users/mfa/verify', {
      headers: await login(org.users.editor.email),
      body: { code: recoveryCodes[5]! },
    })
    expect(old.status).toBe(400)
    const next = await rest('POST', '/users/mfa/verify', {
      headers: await login(org.users.editor.email),
      body: { code: fresh[0]! },
    })
    expect(next.status).toBe(200)
    expect(next.body.recoveryCodesLeft).toBe(9)
    expect((await auditEntries('mfa-recovery-renewed', org.users.editor.id)).length).toBe(1)
    recoveryCodes = fresh.slice(1)
  })

  it('an administrator resets it (lost phone): old proofs stop working and the editor enrols again', async () => {
    const admin = org.users.admin
    await t.payload.update({
      collection: 'users',
      id: admin.id,
      data: { mfaEnabled: true, mfaSecret: sealTotpSecret(t.payload, 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP') },
      overrideAccess: true,
      context: { skipAudit: true },
    })
    const adminSession = await login(admin.email)
    const adminOk = await rest('POST', '/users/mfa/verify', {
      headers: adminSession,
      body: { code: totpCode('JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP') },
    })
    expect(adminOk.status).toBe(200)
    const adminHeaders = { ...adminSession, 'X-MFA-Proof': adminOk.body.proof as string }

    const editorSession = await login(org.users.editor.email)
    // The codes of this step and the next were used above: the editor uses a recovery code.
    const editorOk = await rest('POST', '/users/mfa/verify', {
      headers: editorSession,
      body: { code: recoveryCodes[5] },
    })
    expect(editorOk.status).toBe(200)
    const editorHeaders = { ...editorSession, 'X-MFA-Proof': editorOk.body.proof as string }
    // An editor (trusted session) may not reset anyone's, a pending admin neither.
    const byEditor = await rest('POST', `/users/${org.users['editor-in-chief'].id}/mfa-reset`, {
      headers: editorHeaders,
    })
    expect(byEditor.status).toBe(403)
    expect(messageOf(byEditor)).toMatch(/Chỉ quản trị hệ thống/)
    const pendingAdmin = await login(admin.email)
    expect((await rest('POST', `/users/${org.users.editor.id}/mfa-reset`, { headers: pendingAdmin })).status).toBe(403)

    const reset = await rest('POST', `/users/${org.users.editor.id}/mfa-reset`, { headers: adminHeaders })
    expect(reset.status, JSON.stringify(reset.body)).toBe(200)
    expect((await auditEntries('mfa-reset', org.users.editor.id)).length).toBe(1)
    expect(await visibleUsers(editorHeaders)).toBe(1)
    const setup = await rest('POST', '/users/mfa/setup', { headers: editorSession })
    expect(setup.status).toBe(200)
    expect(setup.body.secret).not.toBe(secret)
  })
})

describe('who is asked', () => {
  it('contributors, experts and viewers sign in with their password alone', async () => {
    const session = await login(org.users.contributor.email)
    const me = await rest('GET', `/users/${org.users.contributor.id}`, { headers: session })
    expect(me.status).toBe(200)
    // Their rights are their role's: a contributor changes their own name.
    const patch = await rest('PATCH', `/users/${org.users.contributor.id}`, {
      headers: session,
      body: { name: 'Tên mới' },
    })
    expect(patch.status).toBe(200)
    const setup = await rest('POST', '/users/mfa/setup', { headers: session })
    expect(setup.status).toBe(409)
    expect(messageOf(setup)).toMatch(/không cần xác thực hai bước/)
  })

  it('nobody can write the two-factor fields through the API, not even an administrator', async () => {
    const admin = org.users.admin
    const session = await login(admin.email)
    const ok = await rest('POST', '/users/mfa/verify', {
      headers: session,
      body: { code: codeAt('JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP', 1) },
    })
    expect(ok.status).toBe(200)
    const headers = { ...session, 'X-MFA-Proof': ok.body.proof as string }
    const target = org.users['editor-in-chief']
    await rest('PATCH', `/users/${target.id}`, {
      headers,
      body: { mfaEnabled: true, mfaSecret: 'v1:forged', mfaRecoveryCodes: ['x'], mfaLastStep: 1 },
    })
    const raw = (await t.payload.db.findOne({ collection: 'users', where: { id: { equals: target.id } } })) as Record<
      string,
      unknown
    >
    expect(raw.mfaEnabled).toBe(false)
    expect(raw.mfaSecret ?? null).toBeNull()
  })
})

describe('guessing codes', () => {
  it('allows ten wrong codes per account in ten minutes, then refuses even the right one; right codes are not counted', async () => {
    const chief = await createUser(t.payload, 'doan-ma', 'editor-in-chief')
    const secret = 'KRUGKIDROVUWG2ZAMJZG653OEBTG66BA'
    await t.payload.update({
      collection: 'users',
      id: chief.id,
      data: { mfaEnabled: true, mfaSecret: sealTotpSecret(t.payload, secret), mfaLastStep: null },
      overrideAccess: true,
      context: { skipAudit: true },
    })
    const session = await login(chief.email)
    const wrong = async () =>
      (await rest('POST', '/users/mfa/verify', { headers: session, body: { code: '999999' } })).status
    for (let i = 0; i < 9; i++) expect(await wrong()).toBe(400)
    expect(
      (await rest('POST', '/users/mfa/verify', { headers: session, body: { code: codeAt(secret, 0) } })).status,
    ).toBe(200)
    // The right code above did not use up an attempt: a tenth wrong code is still examined.
    expect(await wrong()).toBe(400)
    const blocked = await rest('POST', '/users/mfa/verify', { headers: session, body: { code: codeAt(secret, 1) } })
    expect(blocked.status).toBe(429)
    expect(messageOf(blocked)).toMatch(/Nhập sai quá nhiều lần/)
  })
})

describe('bad input and failed sign-ins', () => {
  it('answers each mistake with a Vietnamese 4xx', async () => {
    expect((await rest('POST', '/users/mfa/setup')).status).toBe(401)
    const anonymous = await rest('POST', '/users/mfa/verify', { body: { code: '123456' } })
    expect(anonymous.status).toBe(401)
    expect(messageOf(anonymous)).toMatch(/đăng nhập/)
    const session = await login(org.users['editor-in-chief'].email)
    const notJson = await rest('POST', '/users/mfa/verify', { headers: session, body: 'code=123456' })
    expect(notJson.status).toBe(400)
    expect(messageOf(notJson)).toMatch(/không hợp lệ/)
    const empty = await rest('POST', '/users/mfa/verify', { headers: session, body: { code: '' } })
    expect(empty.status).toBe(400)
    const long = await rest('POST', '/users/mfa/verify', { headers: session, body: { code: '1'.repeat(500) } })
    expect(long.status).toBe(400)
    // Not enrolled and no key being enrolled yet.
    const noKey = await rest('POST', '/users/mfa/verify', { headers: session, body: { code: '123456' } })
    expect(noKey.status).toBe(409)
    expect(messageOf(noKey)).toMatch(/tải lại trang/)
    const badId = await rest('POST', '/users/abc/mfa-reset', { headers: session })
    expect(badId.status).toBeGreaterThanOrEqual(400)
    expect(badId.status).toBeLessThan(500)
  })

  it('a refused sign-in is written to the audit log with the address that was tried', async () => {
    const target = org.users.viewer
    const answer = await rest('POST', '/users/login', { body: { email: target.email, password: 'sai-mat-khau' } })
    expect(answer.status).toBe(401)
    const [entry] = await auditEntries('login-failed', target.id)
    expect(entry).toBeDefined()
    expect(entry!.target).toContain(target.email)
    expect(entry!.userName).toBe('Người chưa đăng nhập')
    expect(entry!.ip).toBe('198.51.100.23')
    // An address that has no account is logged too, without an id.
    await rest('POST', '/users/login', { body: { email: 'khong-co-ai@example.vn', password: 'x' } })
    const unknown = await t.payload.find({
      collection: AUDIT_LOG,
      where: { and: [{ action: { equals: 'login-failed' } }, { target: { contains: 'khong-co-ai@example.vn' } }] },
      overrideAccess: true,
    })
    expect(unknown.totalDocs).toBe(1)
  })
})

describe('the command line', () => {
  /** Runs `npm run mfa:reset`'s script on this test's database. */
  const mfaReset = (...args: string[]): Promise<ScriptRun> =>
    runScript('mfa-reset.ts', args, { ...process.env, DATABASE_URL: t.db.url })

  it('resets an administrator who lost their phone and codes, and says so in Vietnamese', async () => {
    const admin = org.users.admin
    const before = (await t.payload.db.findOne({
      collection: 'users',
      where: { id: { equals: admin.id } },
    })) as unknown as {
      mfaEnabled: boolean
    }
    expect(before.mfaEnabled).toBe(true)
    const run = await mfaReset(admin.email)
    expect(run.code, run.output).toBe(0)
    expect(run.output).toContain(`Đã đặt lại xác thực hai bước của ${admin.email}`)
    const after = (await t.payload.db.findOne({
      collection: 'users',
      where: { id: { equals: admin.id } },
    })) as unknown as {
      mfaEnabled: boolean
      mfaSecret: string | null
    }
    expect(after.mfaEnabled).toBe(false)
    expect(after.mfaSecret ?? null).toBeNull()
    const [entry] = await auditEntries('mfa-reset', admin.id)
    expect(entry?.userName).toBe('Hệ thống')
    const missing = await mfaReset('khong-co@example.vn')
    expect(missing.code).toBe(2)
    expect(missing.output).toContain('Không có tài khoản khong-co@example.vn')
    const bad = await mfaReset('khong-phai-email')
    expect(bad.code).toBe(2)
    expect(bad.output).toContain('Cách dùng')
  }, 240_000)
})

describe('password policy', () => {
  /** The field errors of a refused write, as the admin shows them under the field. */
  const refusal = async (write: Promise<unknown>): Promise<string> => {
    const err = (await write.then(
      () => null,
      (e: unknown) => e,
    )) as { data?: { errors?: { message: string; path: string }[] } } | null
    expect(err, 'the write should have been refused').not.toBeNull()
    expect(err!.data?.errors?.[0]?.path).toBe('password')
    return err!.data?.errors?.[0]?.message ?? ''
  }

  it('refuses a weak password on create, change and reset, in Vietnamese, keeping the old one', async () => {
    const admin = { ...org.users.admin, collection: 'users' as const }
    expect(
      await refusal(
        t.payload.create({
          collection: 'users',
          data: { email: 'yeu@example.vn', password: 'Demo@2026', name: 'Mật khẩu yếu', role: 'editor' },
          overrideAccess: false,
          user: admin,
        }),
      ),
    ).toMatch(/ít nhất 12 ký tự/)
    const viewer = org.users.viewer
    expect(
      await refusal(
        t.payload.update({
          collection: 'users',
          id: viewer.id,
          data: { password: 'matkhau123456' },
          overrideAccess: false,
          user: { ...viewer, collection: 'users' as const },
        }),
      ),
    ).toMatch(/quá phổ biến/)
    // Through REST the answer is a 400 naming the field.
    const session = await login(viewer.email)
    const patch = await rest('PATCH', `/users/${viewer.id}`, {
      headers: session,
      body: { password: 'viewer-mfa-2026' },
    })
    expect(patch.status).toBe(400)
    expect(JSON.stringify(patch.body)).toMatch(/tên đăng nhập/)
    // The old password still works; a good one is accepted.
    await login(viewer.email)
    const good = await rest('PATCH', `/users/${viewer.id}`, {
      headers: session,
      body: { password: 'Trời xanh mây trắng 2026' },
    })
    expect(good.status, JSON.stringify(good.body)).toBe(200)
    await login(viewer.email, 'Trời xanh mây trắng 2026')
    // A reset by e-mail follows the same policy.
    const { forgotPassword, resetPassword } = t.payload
    const token = await forgotPassword({ collection: 'users', data: { email: viewer.email }, disableEmail: true })
    expect(
      await refusal(
        resetPassword({ collection: 'users', data: { token, password: '123456789012' }, overrideAccess: true }),
      ),
    ).toMatch(/quá phổ biến/)
  })
})
