import type { PayloadRequest, Where } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { AUDIT_LOG } from '@/modules/audit'
import { startTestPayload, type TestPayload } from '../helpers/payload'
import { ACTORS, as, createOrg, expectForbidden, PASSWORD, type Org } from '../helpers/fixtures'

/**
 * The audit log of privileged actions (issue 8 §3): who created, changed or deleted an account, an
 * API key, a webhook, a sync source or the site settings, and who signed in — when and from where —
 * and that nobody, administrators included, can alter it.
 */

let t: TestPayload
let org: Org

beforeAll(async () => {
  t = await startTestPayload('audit_log')
  org = await createOrg(t.payload, 'audit')
})
afterAll(async () => t?.close())

/** A request as it arrives through the reverse proxy. */
const fromProxy = (ip: string): Partial<PayloadRequest> =>
  ({ headers: new Headers({ 'x-forwarded-for': `${ip}, 10.0.0.1`, 'user-agent': 'Mozilla/5.0 (Kiem thu)' }) }) as never

async function entries(where: Where = {}) {
  const found = await t.payload.find({
    collection: AUDIT_LOG,
    where,
    sort: '-at',
    limit: 50,
    depth: 0,
    overrideAccess: true,
  })
  return found.docs
}

describe('what is logged', () => {
  it('a role change: who, which account, which field, when and from which address', async () => {
    const before = Date.now()
    const target = org.users.contributor
    await t.payload.update({
      collection: 'users',
      id: target.id,
      data: { role: 'editor' },
      req: fromProxy('203.0.113.9'),
      ...as(org, 'admin'),
    })
    const [entry] = await entries({
      and: [{ documentId: { equals: String(target.id) } }, { action: { equals: 'update' } }],
    })
    expect(entry).toBeDefined()
    expect(entry!.user).toBe(org.users.admin.id)
    expect(entry!.userName).toContain(org.users.admin.email)
    expect(entry!.targetCollection).toBe('users')
    expect(entry!.target).toContain(target.email)
    // The unit goes with the contributor role, so it changed too.
    expect(entry!.fields!.split(', ')).toEqual(['role', 'unit'])
    expect(entry!.ip).toBe('203.0.113.9')
    expect(entry!.userAgent).toBe('Mozilla/5.0 (Kiem thu)')
    expect(Date.parse(entry!.at)).toBeGreaterThanOrEqual(before - 1000)
  })

  it('a new API key, without the key itself', async () => {
    const client = await t.payload.create({
      collection: 'api-clients',
      data: { name: 'Cổng PBGDPL quốc gia (kiểm thử nhật ký)' } as never,
      ...as(org, 'admin'),
    })
    const issued = (client as unknown as { issuedKey?: string }).issuedKey
    const [entry] = await entries({
      and: [{ targetCollection: { equals: 'api-clients' } }, { action: { equals: 'create' } }],
    })
    expect(entry?.documentId).toBe(String(client.id))
    expect(entry?.target).toContain('Cổng PBGDPL quốc gia')
    // Field names at most, never a key or its hash.
    const stored = await t.payload.findByID({ collection: 'api-clients', id: client.id, overrideAccess: true })
    const hash = (stored as unknown as { keyHash?: string }).keyHash
    expect(hash).toBeTruthy()
    expect(JSON.stringify(entry)).not.toContain(hash!)
    if (issued) expect(JSON.stringify(entry)).not.toContain(issued)
  })

  it('a deleted webhook subscription', async () => {
    const sub = await t.payload.create({
      collection: 'webhook-subscriptions',
      data: { name: 'Ứng dụng nhận tin (kiểm thử)', url: 'https://nhan-tin.example.vn/webhook' },
      ...as(org, 'admin'),
    })
    await t.payload.delete({ collection: 'webhook-subscriptions', id: sub.id, ...as(org, 'admin') })
    const [entry] = await entries({
      and: [{ targetCollection: { equals: 'webhook-subscriptions' } }, { action: { equals: 'delete' } }],
    })
    expect(entry?.documentId).toBe(String(sub.id))
    expect(entry?.user).toBe(org.users.admin.id)
  })

  it('a change of the site settings, naming the fields', async () => {
    await t.payload.updateGlobal({
      slug: 'site-settings',
      data: { provinceName: 'tỉnh Tây Ninh' },
      ...as(org, 'admin'),
    })
    const [entry] = await entries({ targetCollection: { equals: 'site-settings' } })
    expect(entry?.action).toBe('update')
    expect(entry?.fields).toContain('provinceName')
  })

  it('a sign-in, with the address', async () => {
    await t.payload.login({
      collection: 'users',
      data: { email: org.users.viewer.email, password: PASSWORD },
      req: fromProxy('198.51.100.20'),
    })
    const [entry] = await entries({ and: [{ action: { equals: 'login' } }, { user: { equals: org.users.viewer.id } }] })
    expect(entry?.ip).toBe('198.51.100.20')
  })

  it('not a write that only touches bookkeeping (a failed sign-in counter)', async () => {
    const count = async () => (await t.payload.count({ collection: AUDIT_LOG, overrideAccess: true })).totalDocs
    const before = await count()
    await t.payload.update({
      collection: 'users',
      id: org.users.expert.id,
      data: { loginAttempts: 1 } as never,
      overrideAccess: true,
    })
    expect(await count()).toBe(before)
  })
})

describe('who may read it, and that nobody may alter it', () => {
  it.each(ACTORS)('%s', async (actor) => {
    const [entry] = await entries()
    expect(entry).toBeDefined()
    const readers = ['admin', 'editor-in-chief', 'viewer']
    const read = t.payload.find({ collection: AUDIT_LOG, depth: 0, limit: 1, ...as(org, actor) })
    if (readers.includes(actor)) expect((await read).docs.length).toBe(1)
    else await expectForbidden(read)
    await expectForbidden(
      t.payload.create({
        collection: AUDIT_LOG,
        data: {
          at: new Date().toISOString(),
          userName: 'giả mạo',
          action: 'update',
          target: 'x',
          targetCollection: 'x',
        },
        ...as(org, actor),
      }),
    )
    await expectForbidden(
      t.payload.update({ collection: AUDIT_LOG, id: entry!.id, data: { userName: 'đã sửa' }, ...as(org, actor) }),
    )
    await expectForbidden(t.payload.delete({ collection: AUDIT_LOG, id: entry!.id, ...as(org, actor) }))
  })
})
