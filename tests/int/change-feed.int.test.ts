import { Ajv2020 } from 'ajv/dist/2020'
import addFormats from 'ajv-formats'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import type { Article } from '@/payload-types'
import { createOrg, richText, VIETNAMESE, type Org } from '../helpers/fixtures'
import { startTestPayload, type TestPayload } from '../helpers/payload'

/**
 * The publication log and the change feed (issue 7 §3): what each change logs, the backfill, and
 * GET /api/open/v1/changes — paging by cursor, types, since, the settle window, schema validity of
 * every page, no draft or personal data, and Vietnamese problem+json for every bad input.
 */

type Feed = typeof import('@/modules/data-exchange/changes/feed')
type Log = typeof import('@/modules/data-exchange/changes/log')
let feed: Feed
let log: Log
let t: TestPayload
let payload: Payload
let org: Org
let ajv: Ajv2020

const PRIVATE = {
  draft: 'Bản nháp bí mật về đê điều',
  askerName: 'Trần Văn Kínđáo',
  askerEmail: 'kin.dao.changes@example.vn',
  askerPhone: '0912 345 678',
  originalBody: 'Lời gốc có địa chỉ số 9 hẻm 7',
}

type Entry = { id: number; entityType: string; docId: number; action: string; at: string }
type Item = { seq: number; type: string; id: number; action: string; at: string; url: string; record: unknown }
type Page = { source: { name: string; url: string; instance: string }; items: Item[]; next: string; hasMore: boolean }

let ipSeq = 0
const freshIp = () => `10.9.${Math.floor(++ipSeq / 250)}.${ipSeq % 250}`

function get(query: string, headers: Record<string, string> = {}): Promise<Response> {
  const request = new Request(`http://localhost/api/open/v1/changes${query}`, {
    headers: { 'x-forwarded-for': freshIp(), ...headers },
  })
  return feed.openChanges(request, payload)
}

function validate(value: unknown): void {
  const check = ajv.getSchema('https://pbgdpl.example/schemas/v1/change-feed.schema.json')!
  const ok = check(value)
  expect(check.errors ?? [], JSON.stringify(value).slice(0, 300)).toEqual([])
  expect(ok).toBe(true)
}

async function page(query: string, headers?: Record<string, string>): Promise<Page> {
  const res = await get(query, headers)
  expect(res.status, `${query}: ${res.status} ${res.status === 200 ? '' : await res.clone().text()}`).toBe(200)
  expect(res.headers.get('content-type')).toContain('application/json')
  expect(res.headers.get('access-control-allow-origin')).toBe('*')
  const body = (await res.json()) as Page
  validate(body)
  return body
}

async function expectProblem(res: Response, status: number): Promise<void> {
  expect(res.status).toBe(status)
  expect(res.headers.get('content-type')).toContain('application/problem+json')
  const body = (await res.json()) as Record<string, unknown>
  expect(body).toMatchObject({ status, type: expect.any(String), title: expect.any(String) })
  expect(String(body.detail)).toMatch(VIETNAMESE)
  expect(JSON.stringify(body)).not.toMatch(/at \w+ \(|node_modules|Error:/)
}

async function entries(where: Record<string, unknown> = {}): Promise<Entry[]> {
  const { docs } = await payload.find({
    collection: 'publication-log',
    where: where as never,
    sort: 'id',
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  return docs as unknown as Entry[]
}

const entriesOf = async (type: string, id: number) =>
  (await entries({ and: [{ entityType: { equals: type } }, { docId: { equals: id } }] })).map((e) => e.action)

/** Every page from the beginning (or a query), following `next` while hasMore. */
async function readAll(query = '', limit = 2): Promise<{ items: Item[]; pages: number; last: Page }> {
  const items: Item[] = []
  let pages = 0
  let current = await page(`?limit=${limit}${query}`)
  for (;;) {
    pages++
    items.push(...current.items)
    if (!current.hasMore) return { items, pages, last: current }
    current = await page(
      `?limit=${limit}&cursor=${encodeURIComponent(current.next)}${query.replace(/&since=[^&]*/, '')}`,
    )
  }
}

const ctx = { disableRevalidate: true }
const BULK = Number(process.env.CHANGE_FEED_BULK) || 3000
let chief: { user: Org['users']['admin']; overrideAccess: false; depth: 0; context: typeof ctx }
let published: Article
let questionId: number
let lawId: number

beforeAll(async () => {
  process.env.OPEN_API_RATE_LIMIT = '100000'
  process.env.CHANGES_SETTLE_MS = '0'
  t = await startTestPayload('change-feed')
  payload = t.payload
  feed = await import('@/modules/data-exchange/changes/feed')
  log = await import('@/modules/data-exchange/changes/log')
  const { SCHEMAS } = await import('@/modules/data-exchange/schemas')
  ajv = new Ajv2020({ allErrors: true, strict: true })
  addFormats(ajv)
  for (const schema of Object.values(SCHEMAS)) ajv.addSchema(schema)
  org = await createOrg(payload, 'changes')
  chief = { user: org.users['editor-in-chief'], overrideAccess: false, depth: 0, context: ctx }
  const law = await payload.create({
    collection: 'legal-documents',
    data: {
      number: '5/2024/QĐ-UBND',
      type: 'quyet-dinh',
      title: 'Quyết định về đê điều',
      issuer: 'UBND tỉnh',
      issuedAt: '2024-03-01T00:00:00.000Z',
      text: 'Điều 1. Phạm vi\nQuy định về đê điều.',
    },
    overrideAccess: true,
    depth: 0,
    context: { ...ctx, systemAction: { action: 'publish', byName: 'Kiểm thử' } },
  })
  lawId = law.id
}, 120_000)

afterAll(async () => {
  await t?.close()
})

const article = (title: string, extra: Record<string, unknown> = {}) =>
  payload.create({
    collection: 'articles',
    data: { title, summary: 'Tóm tắt', body: richText(title), section: org.section.id, ...extra } as never,
    ...chief,
  }) as Promise<Article>

describe('publication log', () => {
  it('logs publish, edit while published, unpublish and delete — and nothing for drafts', async () => {
    const draft = await article(PRIVATE.draft)
    await payload.update({ collection: 'articles', id: draft.id, data: { summary: 'Sửa bản nháp' }, ...chief })
    expect(await entriesOf('articles', draft.id)).toEqual([])

    published = await article('Tin công bố về đê điều')
    await payload.update({
      collection: 'articles',
      id: published.id,
      data: { workflowAction: 'publish' } as never,
      ...chief,
    })
    expect(await entriesOf('articles', published.id)).toEqual(['created'])
    await payload.update({
      collection: 'articles',
      id: published.id,
      data: { summary: 'Tóm tắt đã sửa khi đang công khai' },
      ...chief,
    })
    expect(await entriesOf('articles', published.id)).toEqual(['created', 'updated'])

    const gone = await article('Tin sẽ gỡ xuống', { workflowAction: 'publish' })
    await payload.update({
      collection: 'articles',
      id: gone.id,
      data: { workflowAction: 'unpublish' } as never,
      ...chief,
    })
    // editing it while unpublished is invisible to the public
    await payload.update({ collection: 'articles', id: gone.id, data: { summary: 'Sửa khi đã gỡ' }, ...chief })
    expect(await entriesOf('articles', gone.id)).toEqual(['created', 'unpublished'])

    const deleted = await article('Tin sẽ bị xóa', { workflowAction: 'publish' })
    await payload.delete({ collection: 'articles', id: deleted.id, overrideAccess: true, context: ctx })
    await payload.delete({ collection: 'articles', id: draft.id, overrideAccess: true, context: ctx })
    expect(await entriesOf('articles', deleted.id)).toEqual(['created', 'deleted'])
    expect(await entriesOf('articles', draft.id)).toEqual([])
    for (const e of await entries()) {
      expect(e.at).toMatch(/^\d{4}-\d{2}-\d{2}T/)
      expect(['created', 'updated', 'unpublished', 'deleted']).toContain(e.action)
    }
  })

  it('logs a question only when it is published, and never its asker', async () => {
    const editor = { user: org.users.editor, overrideAccess: false, depth: 0, context: ctx } as const
    const field = await payload.create({ collection: 'legal-fields', data: { title: 'Đê điều' }, overrideAccess: true })
    const q = await payload.create({
      collection: 'questions',
      data: {
        title: 'Xây nhà gần đê có được không',
        body: 'Tôi muốn xây nhà cách chân đê 10 mét, có được không?',
        originalBody: PRIVATE.originalBody,
        field: field.id,
        asker: { name: PRIVATE.askerName, email: PRIVATE.askerEmail, phone: PRIVATE.askerPhone },
      } as never,
      ...editor,
    })
    questionId = q.id
    await payload.update({ collection: 'questions', id: q.id, data: { qaAction: 'accept' } as never, ...editor })
    await payload.update({
      collection: 'questions',
      id: q.id,
      data: { qaAction: 'answer', answer: richText('Phải theo quy định về hành lang bảo vệ đê.') } as never,
      ...editor,
    })
    expect(await entriesOf('questions', q.id)).toEqual([])
    await payload.update({ collection: 'questions', id: q.id, data: { qaAction: 'publish' } as never, ...editor })
    expect(await entriesOf('questions', q.id)).toEqual(['created'])
  })

  it('rolls the entry back with the change: a failed save logs nothing', async () => {
    const before = (await entries()).length
    await expect(
      payload.update({
        collection: 'articles',
        id: published.id,
        data: { title: '' },
        ...chief,
      }),
    ).rejects.toThrow()
    expect((await entries()).length).toBe(before)
  })

  it('backfills each type whose log is empty, once', async () => {
    await payload.delete({
      collection: 'publication-log',
      where: { entityType: { equals: 'legal-documents' } },
      overrideAccess: true,
    })
    const others = (await entries()).length
    const first = await log.backfillPublicationLog(payload)
    expect(first).toEqual({ 'legal-documents': 1 })
    expect(await entriesOf('legal-documents', lawId)).toEqual(['created'])
    expect((await entries()).length).toBe(others + 1)
    const again = await log.backfillPublicationLog(payload)
    expect(again).toEqual({})
    expect((await entries()).length).toBe(others + 1)
  })
})

describe('GET /api/open/v1/changes', () => {
  it('pages through every entry in seq order by cursor, each page valid', async () => {
    const all = await entries()
    const { items, pages, last } = await readAll('', 2)
    expect(pages).toBeGreaterThan(3)
    expect(items.map((i) => i.seq)).toEqual(all.map((e) => e.id))
    expect(last.hasMore).toBe(false)
    // the last page's cursor stays put: nothing new yet
    const empty = await page(`?cursor=${encodeURIComponent(last.next)}`)
    expect(empty.items).toEqual([])
    expect(empty.hasMore).toBe(false)
    expect(empty.next).toBe(last.next)
    expect(last.source).toMatchObject({
      url: expect.stringMatching(/^https?:\/\//),
      instance: expect.stringMatching(/^vn-/),
    })
  })

  it('carries the current public record, or null when it is not public now', async () => {
    const { items } = await readAll('&types=articles', 100)
    const ofPublished = items.filter((i) => i.id === published.id)
    expect(ofPublished.map((i) => i.action)).toEqual(['created', 'updated'])
    for (const item of ofPublished) {
      expect(item.record).toMatchObject({ id: published.id, summary: 'Tóm tắt đã sửa khi đang công khai' })
      expect(item.url).toMatch(new RegExp(`/api/open/v1/articles/${published.id}$`))
    }
    // a record the open API returns identically
    const { openApiItem } = await import('@/modules/data-exchange/open-api/handler')
    const one = await openApiItem(new Request('http://localhost/x'), payload, 'articles', String(published.id))
    expect(ofPublished[0]!.record).toEqual(await one.json())
    for (const item of items.filter((i) => i.action === 'unpublished' || i.action === 'deleted'))
      expect(item.record).toBeNull()
    // created entry of an article unpublished since: null too
    const goneCreated = items.find(
      (i) =>
        i.action === 'created' && items.some((j) => j.id === i.id && j.action !== 'created' && j.action !== 'updated'),
    )
    expect(goneCreated?.record).toBeNull()
  })

  it('never shows a draft or personal data', async () => {
    const { items } = await readAll('', 500)
    const text = JSON.stringify(items)
    for (const value of Object.values(PRIVATE)) expect(text).not.toContain(value)
    const q = items.find((i) => i.type === 'questions' && i.id === questionId)
    expect(q?.record).toMatchObject({ id: questionId })
  })

  it('filters by types', async () => {
    const { items } = await readAll('&types=questions,legal-documents', 50)
    expect(items.length).toBeGreaterThan(1)
    expect(new Set(items.map((i) => i.type))).toEqual(new Set(['questions', 'legal-documents']))
    const onlyQ = await page('?types=questions')
    expect(onlyQ.items.map((i) => i.type)).toEqual(['questions'])
  })

  it('starts at the first entry at or after `since`', async () => {
    const all = await entries()
    const pivot = all.find((e) => e.entityType === 'questions')!
    const res = await page(`?since=${encodeURIComponent(new Date(pivot.at).toISOString())}&limit=500`)
    const expected = all.filter((e) => e.id >= all.find((x) => Date.parse(x.at) >= Date.parse(pivot.at))!.id)
    expect(res.items.map((i) => i.seq)).toEqual(expected.map((e) => e.id))
    const future = await page('?since=2999-01-01T00:00:00Z')
    expect(future.items).toEqual([])
    const later = await page(`?cursor=${encodeURIComponent(future.next)}`)
    expect(later.items).toEqual([])
    const past = await page('?since=2000-01-01T00:00:00%2B07:00&limit=3')
    expect(past.items[0]!.seq).toBe(all[0]!.id)
  })

  it('holds back entries younger than the settle window', async () => {
    const before = await readAll('', 500)
    process.env.CHANGES_SETTLE_MS = '60000'
    try {
      await article('Tin vừa đăng', { workflowAction: 'publish' })
      const held = await page(`?cursor=${encodeURIComponent(before.last.next)}`)
      expect(held.items).toEqual([])
      expect(held.next).toBe(before.last.next)
    } finally {
      process.env.CHANGES_SETTLE_MS = '0'
    }
    const now = await page(`?cursor=${encodeURIComponent(before.last.next)}`)
    expect(now.items.map((i) => i.action)).toEqual(['created'])
  })

  it('answers an ETag and 304', async () => {
    const res = await get('?limit=1')
    const etag = res.headers.get('etag')!
    expect(etag).toBeTruthy()
    expect((await get('?limit=1', { 'if-none-match': etag })).status).toBe(304)
  })

  it('rejects bad input with Vietnamese problem+json', async () => {
    const good = (await page('?limit=1')).next
    const [data, mac] = good.split('.')
    const tampered = `${Buffer.from(JSON.stringify({ t: 'changes', a: 1 })).toString('base64url')}.${mac}`
    const otherKind = (await import('@/modules/data-exchange/open-api/cursor')).encodeCursor('articles', 1)
    for (const query of [
      '?cursor=abc',
      `?cursor=${tampered}`,
      `?cursor=${data}.${'A'.repeat(22)}`,
      `?cursor=${otherKind}`,
      '?limit=0',
      '?limit=501',
      '?limit=abc',
      '?limit=-1',
      '?types=articles,khong-co',
      '?types=',
      '?foo=1',
      '?limit=1&limit=2',
      '?since=hom-qua',
      '?since=2025-01-01',
      '?since=2025-13-45T00:00:00Z',
      `?since=2025-01-01T00:00:00Z&cursor=${good}`,
    ])
      await expectProblem(await get(query), 400)
    await expectProblem(await get('', { 'x-api-key': 'pbgdpl_khong-dung-khoa-nay-0000' }), 401)
    await expectProblem(await get('', { authorization: 'Bearer sai' }), 401)
  })

  it('accepts a valid API key', async () => {
    const client = (await payload.create({
      collection: 'api-clients',
      data: { name: 'Đơn vị đồng bộ', rateLimit: 1000 },
      overrideAccess: true,
    })) as unknown as { issuedKey: string }
    const body = await page('?limit=1', { 'x-api-key': client.issuedKey })
    expect(body.items).toHaveLength(1)
  })

  it('is in the OpenAPI document with its schema', async () => {
    const { openApiDocument } = await import('@/modules/data-exchange/open-api/openapi')
    const doc = openApiDocument() as {
      paths: Record<string, unknown>
      components: { schemas: Record<string, unknown> }
    }
    expect(doc.paths['/changes']).toBeTruthy()
    expect(doc.components.schemas.ChangeFeed).toBeTruthy()
    expect(JSON.stringify(doc.components.schemas.ChangeFeedItem)).toContain('#/components/schemas/Article"')
    expect(JSON.stringify(doc)).not.toMatch(/"\$ref":"[a-z-]+\.schema\.json/)
  })
})

// Last: it adds thousands of entries, which the feed tests above would otherwise page through.
describe('backfill at scale', () => {
  it('backfills many documents in bulk, quickly', async () => {
    // BULK (3,000; CHANGE_FEED_BULK=100000 for the full-scale check) published documents written straight into the table (as an import would), then one backfill.
    const db = payload.db as unknown as {
      drizzle: { insert(t: unknown): { values(rows: unknown[]): Promise<unknown> } }
      tables: Record<string, unknown>
    }
    const now = new Date().toISOString()
    const rows = Array.from({ length: BULK }, (_, i) => ({
      title: `Văn bản hàng loạt ${i}`,
      number: `${1000 + i}/2020/QĐ-UBND`,
      type: 'quyet-dinh',
      slug: `van-ban-hang-loat-${i}`,
      issuer: 'UBND tỉnh',
      issuedAt: '2020-01-01T00:00:00.000Z',
      workflowState: 'published',
      updatedAt: now,
      createdAt: now,
    }))
    try {
      for (let i = 0; i < rows.length; i += 1000)
        await db.drizzle.insert(db.tables.legal_documents).values(rows.slice(i, i + 1000))
    } catch (err) {
      throw new Error(
        `bulk insert of legal documents failed: ${String((err as { cause?: unknown }).cause ?? err).slice(0, 600)}`,
      )
    }
    const published = await payload.count({
      collection: 'legal-documents',
      where: { workflowState: { equals: 'published' } },
      overrideAccess: true,
    })
    await payload.delete({
      collection: 'publication-log',
      where: { entityType: { equals: 'legal-documents' } },
      overrideAccess: true,
    })
    const started = Date.now()
    const written = await log.backfillPublicationLog(payload)
    const ms = Date.now() - started
    console.log(`backfill of ${published.totalDocs} documents: ${ms} ms`)
    expect(written['legal-documents']).toBe(published.totalDocs)
    expect(published.totalDocs).toBeGreaterThanOrEqual(BULK)
    expect(ms).toBeLessThan(Math.max(5_000, BULK / 5))
  })
})
