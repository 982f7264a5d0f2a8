import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import type { Article, User } from '@/payload-types'
import { WEBHOOK_SECRET_PURPOSE } from '@/modules/data-exchange/changes/constants'
import { isSealed, openCredential } from '@/shared/security/secrets'
import {
  ACTORS,
  as,
  createOrg,
  expectForbidden,
  messagesOf,
  PASSWORD,
  rejectionOf,
  richText,
  VIETNAMESE,
  type Org,
} from '../helpers/fixtures'
import { startTestPayload, type TestPayload } from '../helpers/payload'
import { sessionHeaders } from '../helpers/sessions'

/**
 * Push webhooks (issue 7 §5) against a real HTTP receiver on 127.0.0.1 that checks every request
 * with verifyWebhook: what gets queued, the delivered request (headers, signed body = a feed item
 * plus source), retries with backoff until failed, timeouts, the lease under concurrent runs, the
 * subscription secret (shown once, never read back) and every role's access. Also the publication
 * log's entries for a parent whose public record changes through a related record (a contest's
 * round, a dialogue's contribution).
 */

type Webhooks = typeof import('@/modules/data-exchange/changes/webhooks')
type Signature = typeof import('@/modules/data-exchange/changes/signature')
type Feed = typeof import('@/modules/data-exchange/changes/feed')
type Log = typeof import('@/modules/data-exchange/changes/log')
let webhooks: Webhooks
let signature: Signature
let feed: Feed
let log: Log
let t: TestPayload
let payload: Payload
let org: Org
let server: Server
let base: string

type Received = { path: string; headers: Headers; body: string; verified: { ok: boolean; reason?: string } }
const received: Received[] = []
/** The secret each receiver path checks against (set when its subscription is created). */
const secrets = new Map<string, string>()

type Delivery = {
  id: number
  subscription: number
  entry: number
  entityType: string
  docId: number
  action: string
  status: string
  attempts: number
  lastError?: string | null
  lastStatusCode?: number | null
  nextAttemptAt?: string | null
  sentAt?: string | null
}
type Entry = { id: number; entityType: string; docId: number; action: string; at: string }
type Sub = { id: number; issuedKey?: string; secret?: string; secretHint?: string; name: string }

const ctx = { disableRevalidate: true }
let rest: (method: string, url: string, user?: User, body?: unknown) => Promise<Response>

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

async function deliveries(where: Record<string, unknown> = {}): Promise<Delivery[]> {
  const { docs } = await payload.find({
    collection: 'webhook-deliveries',
    where: where as never,
    sort: 'id',
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  return docs as unknown as Delivery[]
}

const deliveriesOf = (sub: { id: number }) => deliveries({ subscription: { equals: sub.id } })

async function entries(where: Record<string, unknown> = {}): Promise<Entry[]> {
  const { docs } = await payload.find({
    collection: 'publication-log',
    where: where as never,
    sort: 'id',
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  return docs as unknown as Entry[]
}

const actionsOf = async (type: string, id: number) =>
  (await entries({ and: [{ entityType: { equals: type } }, { docId: { equals: id } }] })).map((e) => e.action)

async function subscribe(name: string, path: string, extra: Record<string, unknown> = {}): Promise<Sub> {
  const sub = (await payload.create({
    collection: 'webhook-subscriptions',
    data: { name, url: `${base}${path}`, ...extra } as never,
    user: org.users.admin,
    overrideAccess: false,
    depth: 0,
  })) as unknown as Sub
  if (sub.issuedKey) secrets.set(path, sub.issuedKey)
  return sub
}

const stored = async (id: number) =>
  (await payload.findByID({ collection: 'webhook-subscriptions', id, overrideAccess: true, depth: 0 })) as unknown as {
    secret: string
    secretHint: string
    active: boolean
  }

/** The stored signing secret in clear (it is kept sealed under the installation's secret). */
const storedSecret = async (id: number) => openCredential(WEBHOOK_SECRET_PURPOSE, (await stored(id)).secret)

const publishArticle = async (title: string): Promise<Article> =>
  (await payload.create({
    collection: 'articles',
    data: {
      title,
      summary: 'Tóm tắt',
      body: richText(title),
      section: org.section.id,
      workflowAction: 'publish',
    } as never,
    user: org.users['editor-in-chief'],
    overrideAccess: false,
    depth: 0,
    context: ctx,
  })) as Article

const publishLaw = (number: string) =>
  payload.create({
    collection: 'legal-documents',
    data: {
      number,
      type: 'quyet-dinh',
      title: `Quyết định ${number} về phòng, chống thiên tai`,
      issuer: 'UBND tỉnh',
      issuedAt: '2024-03-01T00:00:00.000Z',
      text: 'Điều 1. Phạm vi\nQuy định về phòng, chống thiên tai.',
    },
    overrideAccess: true,
    depth: 0,
    context: { ...ctx, systemAction: { action: 'publish', byName: 'Kiểm thử' } },
  })

const setActive = (sub: { id: number }, active: boolean) =>
  payload.update({ collection: 'webhook-subscriptions', id: sub.id, data: { active }, overrideAccess: true })

const at = (base: Date, minutes: number) => new Date(base.getTime() + minutes * 60_000)

let subAll: Sub
let subLaws: Sub
let subOff: Sub

beforeAll(async () => {
  process.env.OPEN_API_RATE_LIMIT = '100000'
  process.env.CHANGES_SETTLE_MS = '0'
  process.env.WEBHOOK_TIMEOUT_MS = '2000'
  t = await startTestPayload('webhooks')
  payload = t.payload
  webhooks = await import('@/modules/data-exchange/changes/webhooks')
  signature = await import('@/modules/data-exchange/changes/signature')
  feed = await import('@/modules/data-exchange/changes/feed')
  log = await import('@/modules/data-exchange/changes/log')
  org = await createOrg(payload, 'webhooks')

  // The receiver: /ok… answers 204, /fail… 500, /slow… answers after 8 s (past the 2 s timeout).
  server = createServer((req, res) => {
    void readBody(req).then((body) => {
      const path = req.url ?? '/'
      const headers = new Headers()
      for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers.set(k, v)
      const secret = secrets.get(path) ?? ''
      received.push({ path, headers, body, verified: signature.verifyWebhook(secret, headers, body) })
      if (path.startsWith('/fail')) {
        res.writeHead(500, { 'content-type': 'text/plain' }).end('Lỗi máy nhận')
      } else if (path.startsWith('/slow')) {
        setTimeout(() => res.writeHead(200).end(), 8000).unref()
      } else {
        res.writeHead(204).end()
      }
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

  const { handleEndpoints } = await import('payload')
  const { default: config } = await import('@/payload.config')
  const tokens = new Map<number, Record<string, string>>()
  rest = async (method, url, user, body) => {
    const headers = new Headers()
    if (user) {
      if (!tokens.has(user.id)) {
        tokens.set(user.id, await sessionHeaders(payload, user.email, PASSWORD))
      }
      for (const [name, value] of Object.entries(tokens.get(user.id) ?? {})) headers.set(name, value)
    }
    if (body !== undefined) headers.set('Content-Type', 'application/json')
    return handleEndpoints({
      config,
      path: url.split('?')[0]!,
      request: new Request(`http://localhost${url}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
      }),
    })
  }
}, 120_000)

afterAll(async () => {
  server?.closeAllConnections()
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)))
  await t?.close()
})

describe('queueing', () => {
  it('queues nothing for backfilled entries', async () => {
    subAll = await subscribe('Cổng dữ liệu tỉnh', '/ok/all')
    // A published legal document stored straight into its table (as an import would), then the backfill.
    const db = payload.db as unknown as {
      drizzle: { insert(t: unknown): { values(rows: unknown[]): Promise<unknown> } }
      tables: Record<string, unknown>
    }
    const now = new Date().toISOString()
    await db.drizzle.insert(db.tables.legal_documents).values([
      {
        title: 'Quyết định có sẵn trước nhật ký',
        number: '1/2020/QĐ-UBND',
        type: 'quyet-dinh',
        slug: 'quyet-dinh-co-san',
        issuer: 'UBND tỉnh',
        issuedAt: '2020-01-01T00:00:00.000Z',
        workflowState: 'published',
        updatedAt: now,
        createdAt: now,
      },
    ])
    const written = await log.backfillPublicationLog(payload)
    expect(written['legal-documents']).toBe(1)
    expect((await entries({ entityType: { equals: 'legal-documents' } })).map((e) => e.action)).toEqual(['created'])
    expect(await deliveries()).toEqual([])
  })

  it('queues a delivery per matching active subscription, in the change’s transaction', async () => {
    subLaws = await subscribe('Hệ thống văn bản', '/ok/laws', { types: ['legal-documents'] })
    subOff = await subscribe('Đơn vị đã ngừng', '/ok/off', { active: false })
    const article = await publishArticle('Tin về phòng, chống thiên tai')
    const [entry] = await entries({ and: [{ entityType: { equals: 'articles' } }, { docId: { equals: article.id } }] })
    expect(entry!.action).toBe('created')
    const forAll = await deliveriesOf(subAll)
    expect(forAll).toHaveLength(1)
    expect(forAll[0]).toMatchObject({
      entry: entry!.id,
      entityType: 'articles',
      docId: article.id,
      action: 'created',
      status: 'pending',
      attempts: 0,
    })
    expect(await deliveriesOf(subLaws)).toEqual([])
    expect(await deliveriesOf(subOff)).toEqual([])

    const law = await publishLaw('7/2024/QĐ-UBND')
    expect((await deliveriesOf(subLaws)).map((d) => [d.entityType, d.docId, d.action])).toEqual([
      ['legal-documents', law.id, 'created'],
    ])
    expect(await deliveriesOf(subAll)).toHaveLength(2)
    expect(await deliveriesOf(subOff)).toEqual([])

    // A draft's edits are invisible to the public: nothing logged, nothing queued.
    const before = (await deliveries()).length
    await payload.create({
      collection: 'articles',
      data: { title: 'Bản nháp', summary: 'Nháp', body: richText('Nháp'), section: org.section.id } as never,
      user: org.users.editor,
      overrideAccess: false,
      context: ctx,
    })
    expect(await deliveries()).toHaveLength(before)
    // A failed save rolls back its entry and its deliveries.
    await rejectionOf(
      payload.update({
        collection: 'articles',
        id: article.id,
        data: { title: '' },
        user: org.users['editor-in-chief'],
        overrideAccess: false,
        context: ctx,
      }),
    )
    expect(await deliveries()).toHaveLength(before)
  })
})

describe('delivery', () => {
  it('POSTs the signed feed item with source and the contract headers, once, and marks it sent', async () => {
    received.length = 0
    const sent = await webhooks.deliverWebhooks(payload, new Date())
    expect(sent).toBe(3)
    expect(received.map((r) => r.path).sort()).toEqual(['/ok/all', '/ok/all', '/ok/laws'])
    for (const r of received) expect(r.verified, r.path).toEqual({ ok: true })

    const pending = await deliveries({ status: { not_equals: 'sent' } })
    expect(pending).toEqual([])
    const all = await deliveries()
    // The items the feed serves for the same entries.
    const res = await feed.openChanges(new Request('http://localhost/api/open/v1/changes?limit=500'), payload)
    const page = (await res.json()) as { source: unknown; items: { seq: number }[] }

    for (const d of all) {
      expect(d).toMatchObject({ status: 'sent', attempts: 1, lastStatusCode: 204, lastError: null })
      expect(d.sentAt).toBeTruthy()
      const r = received.find((x) => x.headers.get('x-pbgdpl-delivery') === String(d.id))!
      expect(r, `delivery ${d.id}`).toBeTruthy()
      expect(r.headers.get('content-type')).toBe('application/json')
      expect(r.headers.get('x-pbgdpl-event')).toBe(d.action)
      const ts = Number(r.headers.get('x-pbgdpl-timestamp'))
      expect(Math.abs(ts - Date.now() / 1000)).toBeLessThan(60)
      const secret = secrets.get(r.path)!
      expect(r.headers.get('x-pbgdpl-signature')).toBe(signature.signWebhook(secret, ts, r.body))
      const body = JSON.parse(r.body) as Record<string, unknown>
      const item = page.items.find((i) => i.seq === d.entry)
      expect(body).toEqual({ source: page.source, ...item })
      expect(body).toMatchObject({ seq: d.entry, type: d.entityType, id: d.docId, action: d.action })
      expect(body.record).toBeTruthy()
    }
    // Nothing due any more: a second run sends nothing.
    received.length = 0
    expect(await webhooks.deliverWebhooks(payload, at(new Date(), 500))).toBe(0)
    expect(received).toEqual([])
  })

  it('retries a receiver answering 500 at 1, 5, 15, 60, 240 minutes, then gives up with the last error', async () => {
    await setActive(subAll, false)
    await setActive(subLaws, false)
    const failing = await subscribe('Máy nhận đang lỗi', '/fail/a', { types: ['articles'] })
    await publishArticle('Tin gửi tới máy nhận lỗi')
    const [queued] = await deliveriesOf(failing)
    expect(queued).toBeTruthy()
    const id = queued!.id

    received.length = 0
    let now = new Date()
    const delays = [1, 5, 15, 60, 240]
    for (const [i, delay] of delays.entries()) {
      expect(await webhooks.deliverWebhooks(payload, now)).toBe(0)
      const d = (await deliveriesOf(failing))[0]!
      expect(d).toMatchObject({ status: 'pending', attempts: i + 1, lastStatusCode: 500 })
      expect(d.lastError).toMatch(/500/)
      expect(Date.parse(d.nextAttemptAt!)).toBe(at(now, delay).getTime())
      // Not due yet: a run a little before the next attempt leaves it alone.
      await webhooks.deliverWebhooks(payload, at(now, delay - 0.5))
      expect((await deliveriesOf(failing))[0]!.attempts).toBe(i + 1)
      now = at(now, delay)
    }
    expect(await webhooks.deliverWebhooks(payload, now)).toBe(0)
    const last = (await deliveriesOf(failing))[0]!
    expect(last).toMatchObject({ id, status: 'failed', attempts: 6, lastStatusCode: 500, nextAttemptAt: null })
    expect(last.lastError).toMatch(VIETNAMESE)
    expect(last.lastError).toMatch(/500/)
    expect(received.filter((r) => r.headers.get('x-pbgdpl-delivery') === String(id))).toHaveLength(6)
    // A failed delivery is never sent again.
    expect(await webhooks.deliverWebhooks(payload, at(now, 10_000))).toBe(0)
    expect((await deliveriesOf(failing))[0]!.attempts).toBe(6)
    await setActive(failing, false)
  })

  it('treats a receiver that does not answer in time as a failed attempt, retried later', async () => {
    const slow = await subscribe('Máy nhận chậm', '/slow/a', { types: ['articles'] })
    await publishArticle('Tin gửi tới máy nhận chậm')
    const now = new Date()
    const started = Date.now()
    expect(await webhooks.deliverWebhooks(payload, now)).toBe(0)
    expect(Date.now() - started).toBeLessThan(7000)
    const [d] = await deliveriesOf(slow)
    expect(d).toMatchObject({ status: 'pending', attempts: 1, lastStatusCode: null })
    expect(d!.lastError).toMatch(/Hết thời gian chờ/)
    expect(Date.parse(d!.nextAttemptAt!)).toBe(at(now, 1).getTime())
    await setActive(slow, false)
    // Its next attempt finds the subscription switched off: an error, not a send.
    await webhooks.deliverWebhooks(payload, at(now, 1))
    expect((await deliveriesOf(slow))[0]!.lastError).toMatch(/tắt/)
  })

  it('two runs at the same time send each delivery once (lease)', async () => {
    const many = await subscribe('Máy nhận song song', '/ok/many', { types: ['articles'] })
    for (let i = 0; i < 6; i++) await publishArticle(`Tin song song ${i}`)
    const queued = await deliveriesOf(many)
    expect(queued).toHaveLength(6)
    received.length = 0
    const now = new Date()
    const [a, b] = await Promise.all([webhooks.deliverWebhooks(payload, now), webhooks.deliverWebhooks(payload, now)])
    expect(a + b).toBe(6)
    const ids = received.filter((r) => r.path === '/ok/many').map((r) => Number(r.headers.get('x-pbgdpl-delivery')))
    expect(ids.sort((x, y) => x - y)).toEqual(queued.map((d) => d.id))
    for (const d of await deliveriesOf(many)) expect(d).toMatchObject({ status: 'sent', attempts: 1 })
    for (const r of received) expect(r.verified).toEqual({ ok: true })
    await setActive(many, false)
  })

  it('a claimed delivery is not sent again until its lease ends', async () => {
    const { claimDelivery } = await import('@/modules/data-exchange/changes/claim')
    const leased = await subscribe('Máy nhận thuê', '/ok/lease', { types: ['articles'] })
    await publishArticle('Tin có hợp đồng thuê')
    const [d] = await deliveriesOf(leased)
    const now = new Date()
    // Another instance claimed it and died mid-send.
    expect(await claimDelivery(payload, d!.id, now, at(now, 2))).toBe(true)
    expect(await claimDelivery(payload, d!.id, now, at(now, 2))).toBe(false)
    received.length = 0
    await webhooks.deliverWebhooks(payload, at(now, 1))
    expect(received.filter((r) => r.path === '/ok/lease')).toEqual([])
    await webhooks.deliverWebhooks(payload, at(now, 2))
    expect(received.filter((r) => r.path === '/ok/lease')).toHaveLength(1)
    expect((await deliveriesOf(leased))[0]).toMatchObject({ status: 'sent', attempts: 1 })
    await setActive(leased, false)
  })
})

describe('deleting a subscription', () => {
  it('deletes its deliveries with it, and leaves the others', async () => {
    const gone = await subscribe('Sẽ bị xóa', '/ok/gone', { types: ['articles'] })
    await publishArticle('Tin trước khi xóa đăng ký')
    expect(await deliveriesOf(gone)).toHaveLength(1)
    const others = (await deliveries()).length - 1
    await payload.delete({
      collection: 'webhook-subscriptions',
      id: gone.id,
      user: org.users.admin,
      overrideAccess: false,
    })
    expect(await deliveriesOf(gone)).toEqual([])
    expect(await deliveries()).toHaveLength(others)
    const res = await rest('DELETE', `/api/webhook-subscriptions/${subOff.id}`, org.users.admin)
    expect(res.status).toBe(200)
  })
})

describe('the subscription secret', () => {
  it('is generated when empty and shown once, in the save’s response only', async () => {
    const sub = await subscribe('Khóa tự sinh', '/ok/secret')
    expect(sub.issuedKey).toMatch(/^whsec_[\w-]{43}$/)
    expect(sub.secret).toBeUndefined()
    const row = await stored(sub.id)
    // Sealed at rest: a database dump or a backup does not show it.
    expect(isSealed(row.secret)).toBe(true)
    expect(row.secret).not.toContain(sub.issuedKey!)
    expect(await storedSecret(sub.id)).toBe(sub.issuedKey)
    expect(row.secretHint).toBe(`…${sub.issuedKey!.slice(-4)}`)

    // Read back as the admin (Local API with access, REST single and list): no secret, no issued key.
    const again = (await payload.findByID({
      collection: 'webhook-subscriptions',
      id: sub.id,
      user: org.users.admin,
      overrideAccess: false,
    })) as unknown as Record<string, unknown>
    expect(again.secret).toBeUndefined()
    expect(again.issuedKey ?? null).toBeNull()
    const list = await payload.find({
      collection: 'webhook-subscriptions',
      user: org.users.admin,
      overrideAccess: false,
    })
    expect(list.docs.length).toBeGreaterThan(1)
    expect(JSON.stringify(list.docs)).not.toContain(row.secret)
    expect(JSON.stringify(list.docs)).not.toContain(sub.issuedKey!)
    const one = await rest('GET', `/api/webhook-subscriptions/${sub.id}`, org.users.admin)
    expect(one.status).toBe(200)
    const oneText = await one.text()
    expect(oneText).toContain('Khóa tự sinh')
    expect(oneText).not.toContain(row.secret)
    expect(oneText).not.toContain(sub.issuedKey!)
    const many = await rest('GET', '/api/webhook-subscriptions?limit=100', org.users.admin)
    expect(many.status).toBe(200)
    const manyText = await many.text()
    expect(manyText).not.toContain(row.secret)
    expect(manyText).not.toContain(sub.issuedKey!)
    for (const actor of ['editor-in-chief', 'editor', 'contributor'] as const) {
      const res = await rest('GET', `/api/webhook-subscriptions/${sub.id}`, org.users[actor])
      expect(res.status, actor).toBe(403)
      const text = await res.text()
      expect(text).not.toContain(row.secret)
      expect(text).not.toContain(sub.issuedKey!)
    }
    const anon = await rest('GET', '/api/webhook-subscriptions')
    expect(anon.status).toBe(403)
  })

  it('survives an update that does not rotate it; rotating or setting one issues it once', async () => {
    const sub = await subscribe('Khóa giữ nguyên', '/ok/keep')
    const first = (await stored(sub.id)).secret
    const renamed = (await payload.update({
      collection: 'webhook-subscriptions',
      id: sub.id,
      data: { name: 'Khóa giữ nguyên (đổi tên)', types: ['articles'] } as never,
      user: org.users.admin,
      overrideAccess: false,
    })) as unknown as Record<string, unknown>
    expect(renamed.issuedKey ?? null).toBeNull()
    expect(renamed.secret).toBeUndefined()
    expect((await stored(sub.id)).secret).toBe(first)
    // The REST update (as the admin screen saves) keeps it too.
    const patched = await rest('PATCH', `/api/webhook-subscriptions/${sub.id}`, org.users.admin, { active: false })
    expect(patched.status).toBe(200)
    expect(await patched.text()).not.toContain(first)
    expect((await stored(sub.id)).secret).toBe(first)

    const rotated = (await payload.update({
      collection: 'webhook-subscriptions',
      id: sub.id,
      data: { rotateSecret: true } as never,
      user: org.users.admin,
      overrideAccess: false,
    })) as unknown as { issuedKey: string }
    expect(rotated.issuedKey).toMatch(/^whsec_/)
    expect(rotated.issuedKey).not.toBe(first)
    expect(await storedSecret(sub.id)).toBe(rotated.issuedKey)

    const chosen = 'bi-mat-cua-ban-toi-thieu-32-ky-tu!!'
    const set = (await payload.update({
      collection: 'webhook-subscriptions',
      id: sub.id,
      data: { newSecret: chosen } as never,
      user: org.users.admin,
      overrideAccess: false,
    })) as unknown as { issuedKey: string }
    expect(set.issuedKey).toBe(chosen)
    expect(await storedSecret(sub.id)).toBe(chosen)

    // Too short a secret or a bad URL: refused in Vietnamese, nothing stored.
    const short = await rejectionOf(
      payload.update({
        collection: 'webhook-subscriptions',
        id: sub.id,
        data: { newSecret: 'ngan-qua' } as never,
        user: org.users.admin,
        overrideAccess: false,
      }),
    )
    expect(short.status).toBe(400)
    expect(messagesOf(short)).toContain('32')
    expect(messagesOf(short)).toMatch(VIETNAMESE)
    expect(await storedSecret(sub.id)).toBe(chosen)
    for (const url of ['ftp://may-nhan.vn/x', 'khong-phai-url', 'https://ten:mat-khau@may-nhan.vn/']) {
      const err = await rejectionOf(
        payload.create({
          collection: 'webhook-subscriptions',
          data: { name: 'Sai địa chỉ', url } as never,
          user: org.users.admin,
          overrideAccess: false,
        }),
      )
      expect(err.status, url).toBe(400)
      expect(messagesOf(err)).toMatch(VIETNAMESE)
    }
  })
})

describe('access', () => {
  it('lets only the admin read subscriptions, deliveries and the log, and nobody write the log or deliveries', async () => {
    const [delivery] = await deliveries()
    const [entry] = await entries()
    const [sub] = (await payload.find({ collection: 'webhook-subscriptions', limit: 1, overrideAccess: true })).docs
    for (const actor of ACTORS) {
      const opts = as(org, actor)
      if (actor === 'admin') {
        for (const collection of ['webhook-subscriptions', 'webhook-deliveries', 'publication-log'] as const) {
          const { totalDocs } = await payload.find({ collection, ...opts })
          expect(totalDocs, collection).toBeGreaterThan(0)
        }
        const created = await payload.create({
          collection: 'webhook-subscriptions',
          data: { name: 'Của quản trị', url: `${base}/ok/admin`, active: false } as never,
          ...opts,
        })
        await payload.delete({ collection: 'webhook-subscriptions', id: created.id, ...opts })
      } else {
        for (const collection of ['webhook-subscriptions', 'webhook-deliveries', 'publication-log'] as const)
          await expectForbidden(payload.find({ collection, ...opts }))
        await expectForbidden(
          payload.create({
            collection: 'webhook-subscriptions',
            data: { name: 'Không được', url: `${base}/ok/x` } as never,
            ...opts,
          }),
        )
        await expectForbidden(
          payload.update({ collection: 'webhook-subscriptions', id: sub!.id, data: { name: 'Đổi' }, ...opts }),
        )
        await expectForbidden(payload.delete({ collection: 'webhook-subscriptions', id: sub!.id, ...opts }))
      }
      // Nobody, the admin included, writes the log or the deliveries through the API.
      await expectForbidden(
        payload.create({
          collection: 'publication-log',
          data: {
            entityType: 'articles',
            collection: 'articles',
            docId: 1,
            action: 'created',
            at: new Date(),
          } as never,
          ...opts,
        }),
      )
      await expectForbidden(
        payload.update({ collection: 'publication-log', id: entry!.id, data: { action: 'deleted' }, ...opts }),
      )
      await expectForbidden(payload.delete({ collection: 'publication-log', id: entry!.id, ...opts }))
      await expectForbidden(
        payload.update({ collection: 'webhook-deliveries', id: delivery!.id, data: { status: 'sent' }, ...opts }),
      )
      await expectForbidden(payload.delete({ collection: 'webhook-deliveries', id: delivery!.id, ...opts }))
    }
    // REST: the same, and the admin's list never carries a secret.
    for (const path of ['/api/publication-log', '/api/webhook-deliveries', '/api/webhook-subscriptions']) {
      expect((await rest('GET', path)).status, path).toBe(403)
      expect((await rest('GET', path, org.users.editor)).status, path).toBe(403)
      expect((await rest('GET', path, org.users.admin)).status, path).toBe(200)
    }
  })
})

describe('a parent’s public record changed through a related record', () => {
  it('logs an updated contest when a round is added or its results are published', async () => {
    const contest = await payload.create({
      collection: 'contests',
      data: {
        title: 'Cuộc thi tìm hiểu Luật Phòng, chống thiên tai',
        slug: 'thi-thien-tai-wh',
        status: 'closed',
        summary: 'Cuộc thi trực tuyến.',
        contactKinds: ['email'],
        certificateRule: 'none',
        organiser: org.unitA.id,
      } as never,
      overrideAccess: true,
      depth: 0,
      context: ctx,
    })
    expect(await actionsOf('contest-results', contest.id)).toEqual(['created'])
    const round = await payload.create({
      collection: 'contest-rounds',
      data: {
        contest: contest.id,
        number: 1,
        title: 'Vòng 1',
        opensAt: new Date(Date.now() - 5 * 86_400_000).toISOString(),
        closesAt: new Date(Date.now() - 86_400_000).toISOString(),
        questionCount: 4,
        timeLimitMinutes: 10,
        attemptsAllowed: 1,
      } as never,
      user: org.users.editor,
      overrideAccess: false,
      depth: 0,
    })
    expect(await actionsOf('contest-results', contest.id)).toEqual(['created', 'updated'])
    // An organiser's setting the public record does not show: nothing logged.
    await payload.update({
      collection: 'contest-rounds',
      id: round.id,
      data: { timeLimitMinutes: 15 } as never,
      user: org.users.editor,
      overrideAccess: false,
    })
    expect(await actionsOf('contest-results', contest.id)).toEqual(['created', 'updated'])
    await payload.update({
      collection: 'contest-rounds',
      id: round.id,
      data: { resultsPublished: true } as never,
      user: org.users.editor,
      overrideAccess: false,
    })
    const after = await actionsOf('contest-results', contest.id)
    expect(after.slice(0, 3)).toEqual(['created', 'updated', 'updated'])
    expect(new Set(after.slice(1))).toEqual(new Set(['updated']))
    // The feed carries the contest's current record with the round's published results.
    const res = await feed.openChanges(
      new Request('http://localhost/api/open/v1/changes?types=contest-results&limit=500'),
      payload,
    )
    const page = (await res.json()) as { items: { id: number; action: string; record: { rounds: unknown[] } }[] }
    const last = page.items.filter((i) => i.id === contest.id).at(-1)!
    expect(last.action).toBe('updated')
    expect(last.record.rounds).toHaveLength(1)
    expect((last.record.rounds[0] as { results: unknown }).results).toBeTruthy()

    // A draft contest's rounds change nothing public.
    const draft = await payload.create({
      collection: 'contests',
      data: {
        title: 'Cuộc thi nháp',
        slug: 'thi-nhap-wh',
        status: 'draft',
        contactKinds: ['email'],
        certificateRule: 'none',
      } as never,
      overrideAccess: true,
      depth: 0,
      context: ctx,
    })
    await payload.create({
      collection: 'contest-rounds',
      data: {
        contest: draft.id,
        number: 1,
        title: 'Vòng nháp',
        opensAt: new Date().toISOString(),
        closesAt: new Date(Date.now() + 86_400_000).toISOString(),
        questionCount: 4,
        timeLimitMinutes: 10,
        attemptsAllowed: 1,
      } as never,
      overrideAccess: true,
    })
    expect(await actionsOf('contest-results', draft.id)).toEqual([])
  })

  it('logs an updated dialogue when a contribution is published, decided or taken down — not while pending', async () => {
    const dialogue = await payload.create({
      collection: 'dialogues',
      data: {
        title: 'Lấy ý kiến dự thảo Nghị quyết về phòng, chống thiên tai',
        kind: 'lay-y-kien',
        opensAt: new Date(Date.now() - 86_400_000).toISOString(),
        closesAt: new Date(Date.now() + 10 * 86_400_000).toISOString(),
        unit: org.unitA.id,
        importText: 'Điều 1. Phạm vi điều chỉnh\nNghị quyết quy định mức hỗ trợ.',
      } as never,
      overrideAccess: true,
      depth: 0,
      context: { ...ctx, systemAction: { action: 'publish', byName: 'Kiểm thử' } },
    })
    expect(await actionsOf('dialogues', dialogue.id)).toEqual(['created'])
    const comment = await payload.create({
      collection: 'dialogue-comments',
      data: {
        dialogue: dialogue.id,
        authorName: 'Nguyễn Thị Góp Ý',
        email: 'gop.y.wh@example.vn',
        displayName: 'Nguyễn Thị Góp Ý',
        sectionKey: 'dieu-1',
        body: 'Đề nghị nâng mức hỗ trợ.',
      } as never,
      overrideAccess: true,
      depth: 0,
    })
    // Pending: the public does not see it.
    expect(await actionsOf('dialogues', dialogue.id)).toEqual(['created'])
    await payload.update({
      collection: 'dialogue-comments',
      id: comment.id,
      data: { status: 'da-dang' } as never,
      user: org.users.editor,
      overrideAccess: false,
    })
    expect(await actionsOf('dialogues', dialogue.id)).toEqual(['created', 'updated'])
    const res = await feed.openChanges(
      new Request('http://localhost/api/open/v1/changes?types=dialogues&limit=500'),
      payload,
    )
    const page = (await res.json()) as { items: { id: number; record: { contributions: unknown } }[] }
    expect(page.items.filter((i) => i.id === dialogue.id).at(-1)!.record.contributions).toEqual({ published: 1 })

    // Flags are not part of the public record.
    await payload.update({
      collection: 'dialogue-comments',
      id: comment.id,
      data: { flagCount: 2 } as never,
      overrideAccess: true,
    })
    expect(await actionsOf('dialogues', dialogue.id)).toEqual(['created', 'updated'])
    await payload.delete({ collection: 'dialogue-comments', id: comment.id, overrideAccess: true })
    expect(await actionsOf('dialogues', dialogue.id)).toEqual(['created', 'updated', 'updated'])
  })
})
