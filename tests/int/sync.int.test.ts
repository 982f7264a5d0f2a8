import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { sql } from 'drizzle-orm'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import fs from 'node:fs'
import path from 'node:path'
import type {
  Article,
  LegalDocument,
  LibraryFile,
  LibraryItem,
  Media,
  SyncConflict,
  SyncRecord,
  SyncSource,
} from '@/payload-types'
import { SYNC_API_KEY_PURPOSE } from '@/modules/data-exchange/sync/constants'
import { isSealed, openCredential } from '@/shared/security/secrets'
import {
  ACTORS,
  as,
  BOARD,
  createOrg,
  expectForbidden,
  pdfFile,
  pngFile,
  messagesOf,
  rejectionOf,
  richText,
  VIETNAMESE,
  type Org,
} from '../helpers/fixtures'
import { startTestPayload, type TestPayload } from '../helpers/payload'
import { testDialect } from '../helpers/test-database'

/**
 * The follower side of sync between portals (issue 7 §5) against a real HTTP peer: a node:http
 * server on 127.0.0.1 that serves change-feed pages in the contract's shape, each record being the
 * real open API serializer's output for a real stored document (the "province"). Covers upsert with
 * provenance, idempotent re-apply, resume from the stored cursor, unpublish, conflicts and both
 * resolutions, rejected records, a refused key, the lease, the webhook nudge and role access.
 */

type Item = {
  seq: number
  type: string
  id: number
  action: string
  at: string
  url: string
  record: Record<string, unknown> | null
}

const KEY = 'pbgdpl_test-sync-key-0123456789abcdef'
let t: TestPayload
let payload: Payload
let org: Org
let server: http.Server
let baseUrl: string
const feed: Item[] = []
/** Files the "province" serves (a library item's video, audio, PDF and images), by path. */
const served = new Map<string, { type: string; body: Buffer; status?: number }>()
/** the cursors the follower asked for, in order */
const asked: (string | null)[] = []
let pageSize = 50
let sourceId: number
let serializeArticle: (doc: Article) => Record<string, unknown>
let serializeLegalDocument: (doc: LegalDocument, payload: Payload) => Promise<Record<string, unknown>>
let pullSource: typeof import('@/modules/data-exchange/sync/follower').pullSource
let claimSource: typeof import('@/modules/data-exchange/sync/lease').claimSource
let releaseSource: typeof import('@/modules/data-exchange/sync/lease').releaseSource

const system = { overrideAccess: true, depth: 0, context: { disableRevalidate: true } } as const
const publish = { ...system, context: { disableRevalidate: true, systemAction: { action: 'publish', byName: 'Tỉnh' } } }

function push(type: string, id: number, action: string, record: Record<string, unknown> | null) {
  feed.push({
    seq: feed.length + 1,
    type,
    id,
    action,
    at: new Date().toISOString(),
    url: `${baseUrl}/api/open/v1/${type}/${id}`,
    record,
  })
}

/** A province article, published, and its open API record (real serializer, section populated). */
async function provinceArticle(title: string, text: string): Promise<Record<string, unknown>> {
  const doc = await payload.create({
    collection: 'articles',
    data: { title, summary: `Tóm tắt: ${title}`, body: richText(text), section: org.section.id } as never,
    ...publish,
  })
  return articleRecord(doc.id)
}

async function articleRecord(id: number) {
  const doc = await payload.findByID({ collection: 'articles', id, depth: 1, overrideAccess: true })
  return serializeArticle(doc)
}

const copyOf = async (type: string, id: number) => {
  const { docs } = await payload.find({
    collection: 'sync-records',
    where: {
      and: [{ syncSource: { equals: sourceId } }, { entityType: { equals: type } }, { sourceId: { equals: id } }],
    },
    ...system,
  })
  return docs as SyncRecord[]
}

const source = () => payload.findByID({ collection: 'sync-sources', id: sourceId, ...system }) as Promise<SyncSource>
const pull = (opts = {}) => pullSource(payload, sourceId, { revalidate: false, ...opts })
const count = async (collection: 'articles' | 'legal-documents', title: string) =>
  (await payload.count({ collection, where: { title: { equals: title } }, overrideAccess: true })).totalDocs

beforeAll(async () => {
  // The follower refreshes PostgreSQL's statistics after its first copy here, not its 1,000th.
  process.env.BULK_ANALYZE_AFTER = '1'
  t = await startTestPayload('sync')
  payload = t.payload
  ;({ serializeArticle, serializeLegalDocument } =
    (await import('@/modules/data-exchange/open-api/serialize')) as never)
  ;({ pullSource } = await import('@/modules/data-exchange/sync/follower'))
  ;({ claimSource, releaseSource } = await import('@/modules/data-exchange/sync/lease'))
  org = await createOrg(payload, 'sync')

  server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const file = served.get(url.pathname)
    if (file) {
      res.writeHead(file.status ?? 200, { 'Content-Type': file.type, 'Content-Length': file.body.length })
      res.end(file.body)
      return
    }
    if (url.pathname !== '/api/open/v1/changes') {
      res.writeHead(404).end()
      return
    }
    if (req.headers['x-api-key'] !== KEY) {
      res.writeHead(401, { 'Content-Type': 'application/problem+json; charset=utf-8' })
      res.end(
        JSON.stringify({
          type: '/du-lieu-mo#loi-khoa-api',
          title: 'Khóa API không hợp lệ',
          status: 401,
          detail: 'Khóa API không đúng hoặc đã bị thu hồi.',
        }),
      )
      return
    }
    const cursor = url.searchParams.get('cursor')
    asked.push(cursor)
    const types = (url.searchParams.get('types') ?? '').split(',').filter(Boolean)
    const start = cursor ? Number(cursor.slice(1)) : 0
    const slice = feed.slice(start, start + pageSize)
    const end = start + slice.length
    res.writeHead(200, { 'Content-Type': 'application/json' })
    res.end(
      JSON.stringify({
        source: { name: 'Sở Tư pháp tỉnh Thử', url: baseUrl, instance: 'vn-th' },
        items: slice.filter((i) => types.length === 0 || types.includes(i.type)),
        next: `c${end}`,
        hasMore: end < feed.length,
      }),
    )
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

  const created = await payload.create({
    collection: 'sync-sources',
    data: { name: 'Cổng PBGDPL tỉnh Thử', baseUrl, newApiKey: KEY, intervalSeconds: 60, enabled: true } as never,
    ...as(org, 'admin'),
    depth: 0,
  })
  sourceId = created.id
}, 120_000)

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve))
  await t?.close()
})

describe('sync follower', () => {
  let articleId: number
  let legalId: number
  let localArticle: number

  it('keeps the API key write-only: stored for the follower, never read back', async () => {
    const viaApi = await payload.findByID({ collection: 'sync-sources', id: sourceId, ...as(org, 'admin'), depth: 0 })
    expect(viaApi).not.toHaveProperty('apiKey')
    expect(JSON.stringify(viaApi)).not.toContain(KEY)
    expect(viaApi.apiKeyHint).toBe(`…${KEY.slice(-4)}`)
    // Stored sealed under the installation's secret: a dump or a backup of the database does not show it.
    const row = (await payload.db.findOne({ collection: 'sync-sources', where: { id: { equals: sourceId } } })) as {
      apiKey?: string
    } | null
    expect(isSealed(row?.apiKey ?? '')).toBe(true)
    expect(row?.apiKey).not.toContain(KEY)
    expect(openCredential(SYNC_API_KEY_PURPOSE, row?.apiKey)).toBe(KEY)
  })

  it('creates published local copies with provenance (articles and legal documents)', async () => {
    const article = await provinceArticle(
      'Tỉnh hướng dẫn đăng ký đất đai lần đầu',
      'Dòng một.\nDòng hai <script>alert(1)</script>.',
    )
    articleId = article.id as number
    const law = await payload.create({
      collection: 'legal-documents',
      data: {
        number: '15/2025/QĐ-UBND',
        type: 'quyet-dinh',
        title: 'Quyết định quy định hạn mức giao đất ở tỉnh Thử',
        issuer: 'UBND tỉnh Thử',
        issuedAt: '2025-03-03T00:00:00.000Z',
        text: 'Điều 1. Phạm vi điều chỉnh\nQuyết định này quy định hạn mức.\nĐiều 2. Hiệu lực\nCó hiệu lực từ ngày ký.',
      },
      ...publish,
    })
    legalId = law.id
    const lawRecord = await serializeLegalDocument(
      await payload.findByID({ collection: 'legal-documents', id: law.id, depth: 1, overrideAccess: true }),
      payload,
    )
    // The province's own copy lives on the province's portal, not here: only its record travels.
    await payload.delete({ collection: 'legal-documents', id: law.id, ...system })
    push('articles', articleId, 'created', article)
    push('legal-documents', legalId, 'created', lawRecord)
    // A section this portal does not have: the copy goes to the fallback section.
    const orphan = await provinceArticle('Tin chuyên mục lạ của tỉnh', 'Nội dung.')
    push('articles', orphan.id as number, 'created', {
      ...orphan,
      section: { id: 999, slug: 'chuyen-muc-khong-co', name: 'Không có' },
    })

    const result = await pull()
    expect(result, String((await source()).lastError)).toMatchObject({
      ran: true,
      created: 3,
      rejected: 0,
      error: null,
      hasMore: false,
    })

    const [row] = await copyOf('articles', articleId)
    expect(row).toMatchObject({ localCollection: 'articles', remoteState: 'published', sourceUrl: article.url })
    expect(row!.recordHash).toMatch(/^[0-9a-f]{64}$/)
    localArticle = row!.localId!
    expect(localArticle).not.toBe(articleId)
    const copy = await payload.findByID({ collection: 'articles', id: localArticle, ...system })
    expect(copy).toMatchObject({ title: article.title, workflowState: 'published', section: org.section.id })
    expect(copy.publishedAt).toBe(article.publishedAt)
    expect(row!.localUpdatedAtAfterSync).toBe(copy.updatedAt)
    // Script in plain text is kept as text (a Lexical text node), never as markup.
    const texts = JSON.stringify(copy.body)
    expect(texts).toContain('Dòng hai <script>alert(1)</script>.')
    expect(texts).not.toContain('"type":"html"')

    const [lawRow] = await copyOf('legal-documents', legalId)
    const lawCopy = await payload.findByID({ collection: 'legal-documents', id: lawRow!.localId!, ...system })
    expect(lawCopy).toMatchObject({ number: '15/2025/QĐ-UBND', type: 'quyet-dinh', workflowState: 'published' })
    // The collection's own hooks parsed the structure from the text.
    expect(JSON.stringify(lawCopy.structure)).toContain('dieu-2')

    const [orphanRow] = await copyOf('articles', orphan.id as number)
    const orphanCopy = await payload.findByID({
      collection: 'articles',
      id: orphanRow!.localId!,
      depth: 1,
      overrideAccess: true,
    })
    expect((orphanCopy.section as { slug: string }).slug).toBe('tin-tu-cong-khac')

    const state = await source()
    expect(state).toMatchObject({ cursor: 'c3', itemsImported: 3, lastError: null })
    expect(state.lastSuccessAt).toBeTruthy()
  })

  it.skipIf(testDialect() !== 'postgres')(
    "refreshes PostgreSQL's statistics as copies pile up (planner stays on the right indexes)",
    async () => {
      // BULK_ANALYZE_AFTER=1 (set before the first pull): the copies made above already passed the threshold.
      const db = payload.db as unknown as { drizzle: { execute: (q: unknown) => Promise<{ rows: unknown[] }> } }
      // Table statistics reach pg_stat_user_tables within a second or so.
      let analyzed: unknown[] = []
      for (let i = 0; i < 20 && analyzed.length < 2; i++) {
        const { rows } = await db.drizzle.execute(
          sql`SELECT relname FROM pg_stat_user_tables WHERE relname IN ('articles', '_legal_documents_v') AND last_analyze IS NOT NULL`,
        )
        analyzed = rows
        if (analyzed.length < 2) await new Promise((resolve) => setTimeout(resolve, 250))
      }
      expect(analyzed).toHaveLength(2)
    },
  )

  it('the public page of a synced copy names its source, links the original and says when it was fetched', async () => {
    const { SyncProvenance } = await import('@/modules/data-exchange/sync/ui/provenance')
    const html = renderToStaticMarkup((await SyncProvenance({ collection: 'articles', id: localArticle }))!)
    const [row] = await copyOf('articles', articleId)
    expect(html).toContain('Nguồn: <strong>Cổng PBGDPL tỉnh Thử</strong>')
    expect(html).toContain(`<a href="${row!.sourceUrl}" rel="noopener external">xem bản gốc</a>`)
    expect(html).toMatch(/lấy về lúc <time dateTime="[^"]+">\d{2}:\d{2}, \d{2}\/\d{2}\/\d{4}</)
    // A document written here has no provenance line.
    const own = await payload.find({ collection: 'articles', where: { id: { equals: articleId } }, ...system })
    expect(await SyncProvenance({ collection: 'articles', id: own.docs[0]!.id })).toBeNull()
  })

  it('re-applying the same pages duplicates nothing', async () => {
    await payload.update({ collection: 'sync-sources', id: sourceId, data: { cursor: null }, ...system })
    const result = await pull()
    expect(result, String(result.error)).toMatchObject({ created: 0, updated: 0, unchanged: 3, rejected: 0 })
    expect(await count('articles', 'Tỉnh hướng dẫn đăng ký đất đai lần đầu')).toBe(2) // the province's and the copy
    expect(await copyOf('articles', articleId)).toHaveLength(1)
  })

  it('indexes the new copies for search once their page is applied; a page applied again re-indexes what a stopped run missed', async () => {
    const { createSearchEngine } = await import('@/modules/search/engine')
    const engine = createSearchEngine(payload)
    const hits = async (query: string) => (await engine.search({ query, limit: 50 })).hits.map((h) => h.key)
    const [row] = await copyOf('articles', articleId)
    const key = `articles:${row!.localId}`
    expect(await hits('đăng ký đất đai lần đầu')).toContain(key)
    const [lawRow] = await copyOf('legal-documents', legalId)
    const ofLaw = new RegExp(`^legal-documents:${lawRow!.localId}(:|$)`)
    expect((await hits('hạn mức giao đất')).some((k) => ofLaw.test(k))).toBe(true)

    // A run stopped after writing its copies, before the page's indexing and its cursor.
    await engine.remove([key])
    expect(await hits('đăng ký đất đai lần đầu')).not.toContain(key)
    await payload.update({ collection: 'sync-sources', id: sourceId, data: { cursor: null }, ...system })
    const again = await pull()
    expect(again, String(again.error)).toMatchObject({ created: 0, unchanged: 3 })
    expect(await hits('đăng ký đất đai lần đầu')).toContain(key)
  })

  it('resumes from the stored cursor, one page at a time', async () => {
    pageSize = 2
    const titles = ['Tin tiếp nối số 1', 'Tin tiếp nối số 2', 'Tin tiếp nối số 3']
    for (const title of titles) {
      const record = await provinceArticle(title, `Nội dung ${title}`)
      push('articles', record.id as number, 'created', record)
    }
    asked.length = 0
    const first = await pull({ maxPages: 1 })
    expect(first, String(first.error)).toMatchObject({ pages: 1, created: 2, hasMore: true })
    expect((await source()).cursor).toBe('c5')
    const second = await pull()
    expect(asked).toEqual(['c3', 'c5'])
    expect(second).toMatchObject({ created: 1, hasMore: false })
    for (const title of titles) expect(await count('articles', title)).toBe(2)
    pageSize = 50
  })

  it('finishes the work of a run killed between creating a copy and linking it: no conflict, no duplicate', async () => {
    const title = 'Tin đồng bộ bị ngắt giữa chừng'
    const record = await provinceArticle(title, 'Nội dung của tin bị ngắt khi đang đồng bộ.')
    push('articles', record.id as number, 'created', record)
    const first = await pull()
    expect(first, String(first.error)).toMatchObject({ created: 1, conflicts: 0 })
    const [row] = (await copyOf('articles', record.id as number)) as SyncRecord[]
    const copy = await payload.findByID({ collection: 'articles', id: row!.localId as number, ...system })
    // The state a kill -9 leaves on SQLite (no transaction): the copy exists, its provenance row
    // still holds only the reserved slug.
    await payload.update({
      collection: 'sync-records',
      id: row!.id,
      data: {
        localId: null,
        pendingSlug: copy.slug,
        remoteState: null,
        recordHash: null,
        localUpdatedAtAfterSync: null,
      } as never,
      ...system,
    })
    await payload.update({ collection: 'sync-sources', id: sourceId, data: { cursor: null }, ...system })
    const again = await pull()
    expect(again, String(again.error)).toMatchObject({ conflicts: 0, rejected: 0 })
    const [fixed] = (await copyOf('articles', record.id as number)) as SyncRecord[]
    expect(fixed).toMatchObject({ localId: copy.id, pendingSlug: null, remoteState: 'published' })
    expect(fixed!.recordHash).toBeTruthy()
    expect(await count('articles', title)).toBe(2) // the province's and the one copy
    const open = await payload.count({
      collection: 'sync-conflicts',
      where: { and: [{ sourceId: { equals: record.id } }, { status: { equals: 'open' } }] },
      overrideAccess: true,
    })
    expect(open.totalDocs).toBe(0)
    // And a third pass finds it unchanged.
    await payload.update({ collection: 'sync-sources', id: sourceId, data: { cursor: null }, ...system })
    expect(await pull()).toMatchObject({ conflicts: 0, created: 0 })
  })

  it('an update at the source updates the copy; an unpublish there unpublishes it here', async () => {
    await payload.update({
      collection: 'articles',
      id: articleId,
      data: { summary: 'Tóm tắt mới từ tỉnh' },
      ...publish,
    })
    push('articles', articleId, 'updated', await articleRecord(articleId))
    expect(await pull()).toMatchObject({ updated: 1 })
    expect((await payload.findByID({ collection: 'articles', id: localArticle, ...system })).summary).toBe(
      'Tóm tắt mới từ tỉnh',
    )

    push('legal-documents', legalId, 'unpublished', null)
    expect(await pull()).toMatchObject({ unpublished: 1 })
    const [lawRow] = await copyOf('legal-documents', legalId)
    expect(lawRow!.remoteState).toBe('unpublished')
    const lawCopy = await payload.findByID({ collection: 'legal-documents', id: lawRow!.localId!, ...system })
    expect(lawCopy.workflowState).toBe('archived')
    // Not deleted, and not visible to the public any more.
    const publicView = await payload.find({
      collection: 'legal-documents',
      where: { id: { equals: lawCopy.id } },
      overrideAccess: false,
    })
    expect(publicView.totalDocs).toBe(0)
  })

  it('a local edit and a source change make a conflict; the editor keeps local, then takes remote', async () => {
    const editor = as(org, 'editor')
    await payload.update({
      collection: 'articles',
      id: localArticle,
      data: { title: 'Tiêu đề sửa tại chỗ' },
      ...editor,
    })
    await payload.update({
      collection: 'articles',
      id: articleId,
      data: { title: 'Tiêu đề tỉnh sửa lần 1' },
      ...publish,
    })
    push('articles', articleId, 'updated', await articleRecord(articleId))
    expect(await pull()).toMatchObject({ conflicts: 1, updated: 0 })
    // Applying the same page again does not add a second entry.
    await payload.update({
      collection: 'sync-sources',
      id: sourceId,
      data: { cursor: `c${feed.length - 1}` },
      ...system,
    })
    expect(await pull()).toMatchObject({ conflicts: 1 })
    const open = await payload.find({
      collection: 'sync-conflicts',
      where: { and: [{ kind: { equals: 'conflict' } }, { status: { equals: 'open' } }] },
      ...editor,
    })
    expect(open.totalDocs).toBe(1)
    const conflict = open.docs[0] as SyncConflict
    expect(conflict).toMatchObject({ localCollection: 'articles', localId: localArticle, sourceId: articleId })
    expect((conflict.record as { title: string }).title).toBe('Tiêu đề tỉnh sửa lần 1')
    expect((await payload.findByID({ collection: 'articles', id: localArticle, ...system })).title).toBe(
      'Tiêu đề sửa tại chỗ',
    )

    // Only the status may change, and only from open.
    await payload.update({ collection: 'sync-conflicts', id: conflict.id, data: { status: 'kept-local' }, ...editor })
    const kept = await payload.findByID({ collection: 'sync-conflicts', id: conflict.id, ...system })
    expect(kept).toMatchObject({ status: 'kept-local', resolvedBy: org.users.editor.id })
    expect(kept.resolvedAt).toBeTruthy()
    expect((await payload.findByID({ collection: 'articles', id: localArticle, ...system })).title).toBe(
      'Tiêu đề sửa tại chỗ',
    )
    const again = await rejectionOf(
      payload.update({ collection: 'sync-conflicts', id: conflict.id, data: { status: 'took-remote' }, ...editor }),
    )
    expect(again.status).toBe(409)
    expect(again.message).toMatch(VIETNAMESE)

    // Applying the kept version again is not a new conflict; a newer source version is.
    await payload.update({
      collection: 'sync-sources',
      id: sourceId,
      data: { cursor: `c${feed.length - 1}` },
      ...system,
    })
    expect(await pull()).toMatchObject({ conflicts: 0, unchanged: 1 })
    await payload.update({
      collection: 'articles',
      id: articleId,
      data: { title: 'Tiêu đề tỉnh sửa lần 2' },
      ...publish,
    })
    push('articles', articleId, 'updated', await articleRecord(articleId))
    expect(await pull()).toMatchObject({ conflicts: 1 })
    const second = (
      await payload.find({
        collection: 'sync-conflicts',
        where: { and: [{ kind: { equals: 'conflict' } }, { status: { equals: 'open' } }] },
        ...editor,
      })
    ).docs[0] as SyncConflict

    // A contributor may not resolve it.
    await expectForbidden(
      payload.update({
        collection: 'sync-conflicts',
        id: second.id,
        data: { status: 'took-remote' },
        ...as(org, 'contributor'),
      }),
    )
    await payload.update({ collection: 'sync-conflicts', id: second.id, data: { status: 'took-remote' }, ...editor })
    const copy = await payload.findByID({ collection: 'articles', id: localArticle, ...system })
    expect(copy.title).toBe('Tiêu đề tỉnh sửa lần 2')
    expect(copy.workflowState).toBe('published')
    // Written with the editor's own rights: the workflow history names them.
    const last = (copy.workflowHistory ?? []).at(-1) as { by?: number | { id: number } }
    expect(typeof last.by === 'object' ? last.by.id : last.by).toBe(org.users.editor.id)
    const [row] = await copyOf('articles', articleId)
    expect(row!.localUpdatedAtAfterSync).toBe(copy.updatedAt)
    // In sync again: the next source change is applied without a conflict.
    await payload.update({ collection: 'articles', id: articleId, data: { summary: 'Lần 3' }, ...publish })
    push('articles', articleId, 'updated', await articleRecord(articleId))
    expect(await pull()).toMatchObject({ updated: 1, conflicts: 0 })

    // Edited here and changed there (an open conflict), then withdrawn at the source: the withdrawal
    // wins. The copy is unpublished with the local edit kept, and the conflict is closed, so taking
    // the remote version can no longer republish what the source withdrew.
    await payload.update({ collection: 'articles', id: localArticle, data: { title: 'Sửa tại chỗ lần 2' }, ...editor })
    await payload.update({ collection: 'articles', id: articleId, data: { summary: 'Lần 4' }, ...publish })
    push('articles', articleId, 'updated', await articleRecord(articleId))
    expect(await pull()).toMatchObject({ conflicts: 1 })
    const pending = (
      await payload.find({
        collection: 'sync-conflicts',
        where: { and: [{ kind: { equals: 'conflict' } }, { status: { equals: 'open' } }] },
        ...editor,
      })
    ).docs[0] as SyncConflict
    push('articles', articleId, 'unpublished', null)
    expect(await pull()).toMatchObject({ unpublished: 1 })
    const withdrawn = await payload.findByID({ collection: 'articles', id: localArticle, ...system })
    expect(withdrawn.workflowState).not.toBe('published')
    expect(withdrawn.title).toBe('Sửa tại chỗ lần 2')
    const closed = await payload.findByID({ collection: 'sync-conflicts', id: pending.id, ...system })
    expect(closed.status).toBe('dismissed')
    expect(closed.reason).toMatch(/cổng nguồn đã gỡ/)
    const late = await rejectionOf(
      payload.update({ collection: 'sync-conflicts', id: pending.id, data: { status: 'took-remote' }, ...editor }),
    )
    expect(late.status).toBe(409)
    expect((await payload.findByID({ collection: 'articles', id: localArticle, ...system })).workflowState).not.toBe(
      'published',
    )
  })

  it('rejects invalid and hostile records without half-importing them or stopping the page', async () => {
    const good1 = await provinceArticle('Tin hợp lệ trước bản ghi xấu', 'Nội dung.')
    const bad = await provinceArticle('Bản ghi sẽ bị làm hỏng', 'Nội dung.')
    const good2 = await provinceArticle('Tin hợp lệ sau bản ghi xấu', 'Nội dung.')
    const hostile = [
      { ...bad, id: 9001, title: 12345 }, // wrong type
      { ...bad, id: 9002, url: 'javascript:alert(1)' }, // a link that would run script
      { ...bad, id: 9003, summary: 'x'.repeat(5000) }, // oversized for the local field
      { ...bad, id: 9004, title: '<img src=x onerror=alert(1)> Tin độc' }, // markup in a plain text field
      { ...bad, id: 9005, injected: '<script>' }, // a field the standard does not have
    ]
    push('articles', good1.id as number, 'created', good1)
    for (const record of hostile) push('articles', record.id as number, 'created', record)
    push('articles', 9006, 'created', null) // not public any more: waits for its unpublish entry
    feed.push({ seq: feed.length + 1, type: 'articles', id: -1, action: 'drop-table', at: '', url: '', record: null })
    push('articles', good2.id as number, 'created', good2)

    const before = await payload.count({ collection: 'articles', overrideAccess: true })
    const result = await pull()
    expect(result).toMatchObject({ created: 2, rejected: 6, error: null })
    expect((await payload.count({ collection: 'articles', overrideAccess: true })).totalDocs).toBe(before.totalDocs + 2)
    for (const record of hostile) {
      expect(await copyOf('articles', record.id as number), `record ${String(record.id)}`).toHaveLength(0)
    }
    expect(await count('articles', '<img src=x onerror=alert(1)> Tin độc')).toBe(0)
    const rejected = await payload.find({
      collection: 'sync-conflicts',
      where: { kind: { equals: 'rejected' } },
      ...system,
      limit: 20,
    })
    expect(rejected.docs.map((d) => d.sourceId).sort()).toEqual([9001, 9002, 9003, 9004, 9005])
    for (const entry of rejected.docs) expect(entry.reason).toMatch(VIETNAMESE)
    const state = await source()
    expect(state.lastError).toMatch(/6 bản ghi bị từ chối/)
    expect(state.cursor).toBe(`c${feed.length}`)

    // The board marks a rejection as looked at; nothing else can be chosen for it, and only once.
    const entry = rejected.docs[0]!
    const refusals: [string, Record<string, unknown>, RegExp][] = [
      ['kept-local', as(org, 'editor'), /chỉ có thể được đánh dấu/],
      ['dismissed', as(org, 'contributor'), /quyền|not allowed|Forbidden/i],
    ]
    for (const [status, who, message] of refusals) {
      await expect(
        payload.update({ collection: 'sync-conflicts', id: entry.id, data: { status } as never, ...who }),
        status,
      ).rejects.toThrow(message)
    }
    await payload.update({
      collection: 'sync-conflicts',
      id: entry.id,
      data: { status: 'dismissed' },
      ...as(org, 'editor'),
    })
    const dismissed = await payload.findByID({ collection: 'sync-conflicts', id: entry.id, ...system })
    expect(dismissed).toMatchObject({ status: 'dismissed', resolvedBy: org.users.editor.id, sourceId: entry.sourceId })
    expect(dismissed.resolvedAt).toBeTruthy()
    expect(dismissed.reason).toBe(entry.reason)
    await expect(
      payload.update({
        collection: 'sync-conflicts',
        id: entry.id,
        data: { status: 'dismissed' },
        ...as(org, 'editor'),
      }),
    ).resolves.toMatchObject({ status: 'dismissed' })
    await expect(
      payload.update({
        collection: 'sync-conflicts',
        id: entry.id,
        data: { status: 'took-remote' },
        ...as(org, 'editor'),
      }),
    ).rejects.toThrow(/đã được xem xét/)
  })

  it('takes a joint document whose real number, issuers and signers are longer than one body’s', async () => {
    // As printed in the Công báo (congbao_metadata.jsonl): an 81-character number and 227 characters of signers.
    const joint = {
      number: '09/2025/TTLT-VKSNDTC-TANDTC-KTNN-TTCP-BCA-BTP-BTC-BCT-BXD-BYT-BNNMT-BVHTTDL-BDTTG',
      issuer:
        'Viện kiểm sát nhân dân tối cao - Tòa án nhân dân tối cao - Kiểm toán nhà nước - Thanh tra Chính phủ - Bộ Công an - Bộ Tư pháp - Bộ Tài chính - Bộ Công Thương - Bộ Xây dựng - Bộ Y tế - Bộ Nông nghiệp và Môi trường - Bộ Văn hóa, Thể thao và Du lịch - Ban Dân tộc',
      signer:
        'Nguyễn Văn Tiến - Trần Minh Khương - Nguyễn Đức Thái - Lê Tiến Đạt - Thượng tướng Lê Quốc Hùng - Nguyễn Thanh Tú - Đỗ Thành Trung - Nguyễn Sinh Nhật Tân - Nguyễn Văn Sinh - Vũ Mạnh Hà - Võ Văn Hưng - Trịnh Thị Thủy - Y Vinh Tơr',
    }
    expect(joint.number.length).toBeGreaterThan(80)
    expect(joint.issuer.length).toBeGreaterThan(200)
    expect(joint.signer.length).toBeGreaterThan(200)
    const doc = await payload.create({
      collection: 'legal-documents',
      data: {
        ...joint,
        type: 'thong-tu-lien-tich',
        title: 'Thông tư liên tịch quy định việc phối hợp thi hành một số quy định của Bộ luật Tố tụng hình sự',
        issuedAt: '2025-06-30T00:00:00.000Z',
      },
      ...publish,
    })
    // The province's side, as its open API serializer reads it (a system read, like the fixtures above).
    const record = await serializeLegalDocument(
      await payload.findByID({ collection: 'legal-documents', id: doc.id, depth: 1, overrideAccess: true }),
      payload,
    )
    await payload.delete({ collection: 'legal-documents', id: doc.id, ...system })
    push('legal-documents', doc.id, 'created', record)
    expect(await pull()).toMatchObject({ created: 1, rejected: 0, error: null })
    const [row] = await copyOf('legal-documents', doc.id)
    const copy = await payload.findByID({ collection: 'legal-documents', id: row!.localId!, ...system })
    expect(copy).toMatchObject({ ...joint, workflowState: 'published' })
  })

  it('copies events and announcements: unit by slug, an invitation’s meeting, provenance; an unpublish there unpublishes here', async () => {
    const { serializeEvent, serializeAnnouncement } = await import('@/modules/data-exchange/open-api/serialize-more')
    const event = await payload.create({
      collection: 'events',
      data: {
        title: 'Hội nghị tập huấn Luật Đất đai cho báo cáo viên',
        summary: 'Tập huấn cho báo cáo viên cấp tỉnh.',
        startsAt: '2026-12-10T01:30:00.000Z',
        endsAt: '2026-12-10T09:00:00.000Z',
        place: 'Hội trường Sở Tư pháp',
        body: richText('Thành phần: báo cáo viên pháp luật cấp tỉnh.\nNội dung: những điểm mới.'),
        unit: org.unitA.id,
      } as never,
      ...publish,
    })
    const invitation = await payload.create({
      collection: 'announcements',
      data: {
        title: 'Giấy mời dự hội nghị triển khai Luật Tư pháp người chưa thành niên',
        kind: 'giay-moi',
        number: '125/GM-STP',
        issuedAt: '2026-11-20T00:00:00.000Z',
        meetingAt: '2026-12-02T01:00:00.000Z',
        meetingPlace: 'Phòng họp số 2, Sở Tư pháp',
        body: richText('Kính mời đại diện lãnh đạo các sở, ngành dự hội nghị.'),
      } as never,
      ...publish,
    })
    // The province's records, read as its open API serializer reads them (system reads in the fixture).
    const eventRecord = serializeEvent(
      await payload.findByID({ collection: 'events', id: event.id, depth: 1, overrideAccess: true }),
    )
    const invitationRecord = serializeAnnouncement(
      await payload.findByID({ collection: 'announcements', id: invitation.id, depth: 1, overrideAccess: true }),
    )
    // The province's own documents live on the province's portal: only their records travel.
    await payload.delete({ collection: 'events', id: event.id, ...system })
    await payload.delete({ collection: 'announcements', id: invitation.id, ...system })
    push('events', event.id, 'created', eventRecord)
    push('announcements', invitation.id, 'created', invitationRecord)
    // Ending before it starts: valid against the schema, refused by the mapping.
    push('events', 9101, 'created', { ...eventRecord, id: 9101, endsAt: '2026-12-09T09:00:00.000Z' })
    expect(await pull()).toMatchObject({ created: 2, rejected: 1, error: null })

    const [eventRow] = await copyOf('events', event.id)
    const eventCopy = await payload.findByID({ collection: 'events', id: eventRow!.localId!, ...system })
    expect(eventCopy).toMatchObject({
      title: 'Hội nghị tập huấn Luật Đất đai cho báo cáo viên',
      place: 'Hội trường Sở Tư pháp',
      startsAt: '2026-12-10T01:30:00.000Z',
      endsAt: '2026-12-10T09:00:00.000Z',
      unit: org.unitA.id,
      workflowState: 'published',
    })
    expect(JSON.stringify(eventCopy.body)).toContain('Nội dung: những điểm mới.')
    const [invitationRow] = await copyOf('announcements', invitation.id)
    const invitationCopy = await payload.findByID({
      collection: 'announcements',
      id: invitationRow!.localId!,
      ...system,
    })
    expect(invitationCopy).toMatchObject({
      kind: 'giay-moi',
      number: '125/GM-STP',
      meetingAt: '2026-12-02T01:00:00.000Z',
      meetingPlace: 'Phòng họp số 2, Sở Tư pháp',
      workflowState: 'published',
    })
    const rejected = await payload.find({
      collection: 'sync-conflicts',
      where: { and: [{ kind: { equals: 'rejected' } }, { sourceId: { equals: 9101 } }] },
      ...system,
    })
    expect(rejected.docs[0]?.reason).toMatch(/kết thúc phải sau/)

    const { SyncProvenance } = await import('@/modules/data-exchange/sync/ui/provenance')
    for (const [collection, id] of [
      ['events', eventCopy.id],
      ['announcements', invitationCopy.id],
    ] as const) {
      const html = renderToStaticMarkup((await SyncProvenance({ collection, id }))!)
      expect(html, collection).toContain('Nguồn: <strong>Cổng PBGDPL tỉnh Thử</strong>')
    }

    push('events', event.id, 'unpublished', null)
    expect(await pull()).toMatchObject({ unpublished: 1 })
    const withdrawn = await payload.findByID({ collection: 'events', id: eventCopy.id, ...system })
    expect(withdrawn.workflowState).not.toBe('published')
  })

  it('copies legal situations with their legal basis: cited documents matched to this portal’s copies or by number', async () => {
    const { serializeSituation } = await import('@/modules/data-exchange/open-api/serialize')
    // A document of this portal's own (not from the source), cited by the province by its number.
    const own = await payload.create({
      collection: 'legal-documents',
      data: {
        number: '07/2026/QĐ-UBND',
        type: 'quyet-dinh',
        title: 'Quyết định ban hành quy chế tiếp công dân',
        issuer: 'UBND tỉnh Thử',
        issuedAt: '2026-01-05T00:00:00.000Z',
        text: 'Điều 1. Ban hành quy chế\nBan hành kèm theo Quyết định này quy chế tiếp công dân.',
      },
      ...publish,
    })
    // A document of the province, sent before the situation that cites it.
    const provinceLaw = await payload.create({
      collection: 'legal-documents',
      data: {
        number: '22/2026/QĐ-UBND',
        type: 'quyet-dinh',
        title: 'Quyết định quy định hạn mức giao đất ở theo khu vực',
        issuer: 'UBND tỉnh Thử',
        issuedAt: '2026-03-03T00:00:00.000Z',
        text: 'Điều 1. Phạm vi\nQuyết định này quy định hạn mức.\nĐiều 2. Hạn mức\nHạn mức theo khu vực.',
      },
      ...publish,
    })
    // The province's side, as its open API serializer reads it (a system read, like the fixtures above).
    const provinceLawRecord = await serializeLegalDocument(
      await payload.findByID({ collection: 'legal-documents', id: provinceLaw.id, depth: 1, overrideAccess: true }),
      payload,
    )
    await payload.delete({ collection: 'legal-documents', id: provinceLaw.id, ...system })
    // Source ids of their own: ids of deleted fixtures come back in SQLite.
    push('legal-documents', 7200, 'created', { ...provinceLawRecord, id: 7200 })
    const situation = await payload.create({
      collection: 'legal-situations',
      data: {
        title: 'Hộ gia đình được giao bao nhiêu đất ở?',
        summary: 'Hạn mức giao đất ở theo quyết định của tỉnh.',
        scenario: 'Ông A xin giao đất ở tại xã B và hỏi được giao tối đa bao nhiêu mét vuông.',
        question: 'Hạn mức giao đất ở cho ông A là bao nhiêu?',
        analysis: richText('Quyết định của tỉnh quy định hạn mức.\nHạn mức áp dụng theo từng khu vực.'),
        answer: richText('Ông A được giao trong hạn mức của khu vực nơi có đất.'),
        citations: [{ document: own.id, article: 'Điều 1' }],
      } as never,
      ...publish,
    })
    // A system read of the province's side, as above.
    const record = serializeSituation(
      await payload.findByID({ collection: 'legal-situations', id: situation.id, depth: 1, overrideAccess: true }),
    ) as Record<string, unknown>
    await payload.delete({ collection: 'legal-situations', id: situation.id, ...system })
    const cite = (documentId: number, number: string, article: string | null) => ({
      documentId,
      number,
      article,
      url: `${baseUrl}/van-ban/${documentId}`,
    })
    // As the province sends it: its own document ids. Its document provinceLaw comes here as a copy
    // (matched through the provenance, whatever the number says); 7001 is unknown, but this portal
    // has a document of that number; 7002 is on neither.
    push('legal-situations', 8101, 'created', {
      ...record,
      id: 8101,
      identifier: 'legal-situation:8101',
      citations: [
        cite(7200, 'số 22 (ghi khác ở nguồn)', 'Điều 2'),
        cite(7001, '07/2026/QĐ-UBND', 'Điều 1'),
        cite(7002, '99/2099/NĐ-CP', null),
      ],
    })
    push('legal-situations', 8102, 'created', {
      ...record,
      id: 8102,
      identifier: 'legal-situation:8102',
      title: 'Tình huống chỉ dẫn văn bản không có ở cổng này',
      citations: [cite(7003, '98/2098/NĐ-CP', 'Điều 3')],
    })
    // A document the source sent and then withdrew: its copy here is no public legal basis.
    const withdrawnLaw = await payload.create({
      collection: 'legal-documents',
      data: {
        number: '31/2026/QĐ-UBND',
        type: 'quyet-dinh',
        title: 'Quyết định đã bị gỡ ở cổng nguồn',
        issuer: 'UBND tỉnh Thử',
        issuedAt: '2026-02-02T00:00:00.000Z',
      },
      ...publish,
    })
    // A system read of the province's side, as above.
    const withdrawnRecord = await serializeLegalDocument(
      await payload.findByID({ collection: 'legal-documents', id: withdrawnLaw.id, depth: 1, overrideAccess: true }),
      payload,
    )
    await payload.delete({ collection: 'legal-documents', id: withdrawnLaw.id, ...system })
    push('legal-documents', 7300, 'created', { ...withdrawnRecord, id: 7300 })
    push('legal-documents', 7300, 'unpublished', null)
    push('legal-situations', 8103, 'created', {
      ...record,
      id: 8103,
      identifier: 'legal-situation:8103',
      title: 'Tình huống chỉ dẫn văn bản đã bị gỡ',
      citations: [cite(7300, '31/2026/QĐ-UBND', 'Điều 1')],
    })
    const applied = await pull()
    expect(applied).toMatchObject({ created: 3, unpublished: 1, rejected: 2, error: null })
    expect((await copyOf('legal-documents', 7300))[0]?.localId).toBeTruthy()
    expect(await copyOf('legal-situations', 8103)).toEqual([])
    const [lawRow] = await copyOf('legal-documents', 7200)

    const [row] = await copyOf('legal-situations', 8101)
    const copy = await payload.findByID({ collection: 'legal-situations', id: row!.localId!, ...system })
    expect(copy).toMatchObject({
      title: 'Hộ gia đình được giao bao nhiêu đất ở?',
      scenario: 'Ông A xin giao đất ở tại xã B và hỏi được giao tối đa bao nhiêu mét vuông.',
      question: 'Hạn mức giao đất ở cho ông A là bao nhiêu?',
      workflowState: 'published',
    })
    expect(JSON.stringify(copy.analysis)).toContain('Hạn mức áp dụng theo từng khu vực.')
    expect(JSON.stringify(copy.answer)).toContain('trong hạn mức của khu vực')
    expect(copy.citations?.map((c) => ({ document: c.document, article: c.article, anchor: c.anchor }))).toEqual([
      { document: lawRow!.localId, article: 'Điều 2', anchor: 'dieu-2' },
      { document: own.id, article: 'Điều 1', anchor: 'dieu-1' },
    ])
    const rejected = await payload.find({
      collection: 'sync-conflicts',
      where: { and: [{ kind: { equals: 'rejected' } }, { sourceId: { equals: 8102 } }] },
      ...system,
    })
    expect(rejected.docs[0]?.reason).toContain('Chưa có văn bản nào được trích dẫn làm căn cứ pháp lý')
    expect(rejected.docs[0]?.reason).toContain('98/2098/NĐ-CP')
    expect(await copyOf('legal-situations', 8102)).toEqual([])
    expect(
      await payload.count({
        collection: 'legal-situations',
        where: { title: { contains: 'chỉ dẫn văn bản' } },
        overrideAccess: true,
      }),
    ).toMatchObject({ totalDocs: 0 })

    const { SyncProvenance } = await import('@/modules/data-exchange/sync/ui/provenance')
    const html = renderToStaticMarkup((await SyncProvenance({ collection: 'legal-situations', id: copy.id }))!)
    expect(html).toContain('Nguồn: <strong>Cổng PBGDPL tỉnh Thử</strong>')

    push('legal-situations', 8101, 'unpublished', null)
    expect(await pull()).toMatchObject({ unpublished: 1 })
    const withdrawn = await payload.findByID({ collection: 'legal-situations', id: copy.id, ...system })
    expect(withdrawn.workflowState).not.toBe('published')
  })

  it('copies plans, programmes and projects: kind, period, issuing unit and taxonomy by slug; bad ones refused; an unpublish there unpublishes here', async () => {
    const { serializePlan } = await import('@/modules/data-exchange/open-api/serialize-more')
    const field = await payload.create({
      collection: 'legal-fields',
      data: { title: 'Đất đai (kế hoạch)', slug: 'dat-dai-ke-hoach' },
      overrideAccess: true,
    })
    const plan = await payload.create({
      collection: 'plans',
      data: {
        title: 'Kế hoạch phổ biến, giáo dục pháp luật năm 2027 của tỉnh Thử',
        kind: 'ke-hoach',
        number: '88/KH-UBND',
        issuedAt: '2026-12-20T00:00:00.000Z',
        periodFrom: 2027,
        periodTo: 2027,
        summary: 'Triển khai công tác PBGDPL trong năm 2027.',
        body: richText('I. Mục đích, yêu cầu\nII. Nội dung, nhiệm vụ trọng tâm\nIII. Tổ chức thực hiện'),
        fields: [field.id],
        unit: org.unitA.id,
      } as never,
      ...publish,
    })
    // The province's record, read as its open API serializer reads it (a system read in the fixture).
    const record = serializePlan(
      await payload.findByID({ collection: 'plans', id: plan.id, depth: 1, overrideAccess: true }),
    ) as Record<string, unknown>
    await payload.delete({ collection: 'plans', id: plan.id, ...system })
    push('plans', 8201, 'created', { ...record, id: 8201, identifier: 'plan:8201' })
    // Valid against the schema, refused by the mapping: a period ending before it starts, a kind
    // this portal does not know.
    push('plans', 8202, 'created', { ...record, id: 8202, identifier: 'plan:8202', periodFrom: 2028, periodTo: 2026 })
    push('plans', 8203, 'created', {
      ...record,
      id: 8203,
      identifier: 'plan:8203',
      kind: { code: 'chi-thi', name: 'Chỉ thị' },
    })
    expect(await pull()).toMatchObject({ created: 1, rejected: 2, error: null })

    const [row] = await copyOf('plans', 8201)
    const copy = await payload.findByID({ collection: 'plans', id: row!.localId!, ...system })
    expect(copy).toMatchObject({
      title: 'Kế hoạch phổ biến, giáo dục pháp luật năm 2027 của tỉnh Thử',
      kind: 'ke-hoach',
      number: '88/KH-UBND',
      periodFrom: 2027,
      periodTo: 2027,
      summary: 'Triển khai công tác PBGDPL trong năm 2027.',
      fields: [field.id],
      unit: org.unitA.id,
      workflowState: 'published',
    })
    expect(JSON.stringify(copy.body)).toContain('II. Nội dung, nhiệm vụ trọng tâm')
    expect(await copyOf('plans', 8202)).toEqual([])
    expect(await copyOf('plans', 8203)).toEqual([])
    const reasons = await payload.find({
      collection: 'sync-conflicts',
      where: { and: [{ kind: { equals: 'rejected' } }, { sourceId: { in: [8202, 8203] } }] },
      sort: 'sourceId',
      ...system,
    })
    expect(reasons.docs.map((d) => d.reason)).toEqual([
      expect.stringContaining('Năm kết thúc giai đoạn phải không sớm hơn năm bắt đầu'),
      expect.stringContaining('Loại kế hoạch “chi-thi” không có trong danh mục của cổng này'),
    ])

    const { SyncProvenance } = await import('@/modules/data-exchange/sync/ui/provenance')
    const html = renderToStaticMarkup((await SyncProvenance({ collection: 'plans', id: copy.id }))!)
    expect(html).toContain('Nguồn: <strong>Cổng PBGDPL tỉnh Thử</strong>')

    // The province amends it: the copy follows.
    push('plans', 8201, 'updated', { ...record, id: 8201, identifier: 'plan:8201', periodTo: 2028 })
    expect(await pull()).toMatchObject({ updated: 1 })
    expect(await payload.findByID({ collection: 'plans', id: copy.id, ...system })).toMatchObject({ periodTo: 2028 })

    push('plans', 8201, 'unpublished', null)
    expect(await pull()).toMatchObject({ unpublished: 1 })
    const withdrawn = await payload.findByID({ collection: 'plans', id: copy.id, ...system })
    expect(withdrawn.workflowState).not.toBe('published')
  })

  it('copies companion materials of legal documents, linked to the documents present here', async () => {
    const { serializeMaterial } = await import('@/modules/data-exchange/open-api/serialize-more')
    // The province's resolution came here earlier as a copy (source id 7200, the situations test);
    // 07/2026/QĐ-UBND is this portal's own document of that number.
    const [lawRow] = await copyOf('legal-documents', 7200)
    const own = (
      await payload.find({ collection: 'legal-documents', where: { number: { equals: '07/2026/QĐ-UBND' } }, ...system })
    ).docs[0]!
    const material = await payload.create({
      collection: 'document-materials',
      data: {
        kind: 'thong-cao-bao-chi',
        title: 'Thông cáo báo chí về quyết định hạn mức giao đất ở',
        summary: 'Những điểm chính của quyết định.',
        body: richText('Quyết định quy định hạn mức giao đất ở theo từng khu vực.\nCó hiệu lực từ ngày ký.'),
        documents: [own.id],
        unit: org.unitA.id,
      } as never,
      ...publish,
    })
    // The province's record, as its open API serializer reads it (a system read in the fixture).
    const record = serializeMaterial(
      await payload.findByID({ collection: 'document-materials', id: material.id, depth: 1, overrideAccess: true }),
    ) as Record<string, unknown>
    await payload.delete({ collection: 'document-materials', id: material.id, ...system })
    const link = (id: number, number: string) => ({
      id,
      number,
      title: `Văn bản ${number}`,
      url: `${baseUrl}/van-ban/${id}`,
    })
    push('document-materials', 8501, 'created', {
      ...record,
      id: 8501,
      identifier: 'document-material:8501',
      // The province's own ids: its copy here, a document of this portal by number, one on neither.
      documents: [link(7200, '22/2026/QĐ-UBND'), link(7001, '07/2026/QĐ-UBND'), link(7002, '99/2099/NĐ-CP')],
    })
    push('document-materials', 8502, 'created', {
      ...record,
      id: 8502,
      identifier: 'document-material:8502',
      kind: { code: 'bai-bao', name: 'Bài báo' },
    })
    expect(await pull()).toMatchObject({ created: 1, rejected: 1, error: null })
    const [row] = await copyOf('document-materials', 8501)
    const copy = await payload.findByID({ collection: 'document-materials', id: row!.localId!, ...system })
    expect(copy).toMatchObject({
      kind: 'thong-cao-bao-chi',
      title: 'Thông cáo báo chí về quyết định hạn mức giao đất ở',
      documents: [lawRow!.localId, own.id],
      unit: org.unitA.id,
      workflowState: 'published',
    })
    expect(JSON.stringify(copy.body)).toContain('Có hiệu lực từ ngày ký.')
    expect(await copyOf('document-materials', 8502)).toEqual([])
    const { SyncProvenance } = await import('@/modules/data-exchange/sync/ui/provenance')
    const html = renderToStaticMarkup((await SyncProvenance({ collection: 'document-materials', id: copy.id }))!)
    expect(html).toContain('Nguồn: <strong>Cổng PBGDPL tỉnh Thử</strong>')
    push('document-materials', 8501, 'unpublished', null)
    expect(await pull()).toMatchObject({ unpublished: 1 })
    expect(
      (await payload.findByID({ collection: 'document-materials', id: copy.id, ...system })).workflowState,
    ).not.toBe('published')
  })

  it('copies answered questions without their asker, published as the source does and left out of this portal’s Q&A statistics', async () => {
    const { serializeQuestion } = await import('@/modules/data-exchange/open-api/serialize')
    const { qaStatistics } = await import('@/modules/qa/statistics')
    const editor = as(org, 'editor')
    const field = await payload.create({
      collection: 'legal-fields',
      data: { title: 'Hôn nhân và gia đình (hỏi đáp)', slug: 'hon-nhan-hoi-dap' },
      overrideAccess: true,
    })
    // The province's question, answered and published there; its asker never travels.
    const asked = await payload.create({
      collection: 'questions',
      data: {
        title: 'Ly hôn thuận tình cần giấy tờ gì?',
        body: 'Vợ chồng tôi muốn ly hôn thuận tình thì cần chuẩn bị những giấy tờ gì?',
        field: field.id,
        asker: { name: 'Trần Thị Riêng Tư', email: 'rieng.tu@example.vn', phone: '0909000111' },
      } as never,
      ...editor,
    })
    await payload.update({ collection: 'questions', id: asked.id, data: { qaAction: 'accept' } as never, ...editor })
    await payload.update({
      collection: 'questions',
      id: asked.id,
      data: {
        qaAction: 'answer',
        answer: richText('Hồ sơ gồm đơn yêu cầu công nhận thuận tình ly hôn.\nKèm giấy chứng nhận kết hôn bản chính.'),
      } as never,
      ...editor,
    })
    await payload.update({ collection: 'questions', id: asked.id, data: { qaAction: 'publish' } as never, ...editor })
    // The province's record, as its open API serializer reads it (a system read in the fixture).
    const record = serializeQuestion(
      await payload.findByID({ collection: 'questions', id: asked.id, depth: 1, overrideAccess: true }),
    ) as Record<string, unknown>
    await payload.delete({ collection: 'questions', id: asked.id, ...system })
    expect(JSON.stringify(record)).not.toContain('rieng.tu@example.vn')

    const year = { from: new Date('2026-01-01T00:00:00Z'), to: new Date('2027-01-01T00:00:00Z'), unitIds: null }
    const figures = async () =>
      Object.fromEntries(
        (await qaStatistics.collect(payload, { ...year, scope: 'internal' } as never)).figures.map((f) => [
          f.key,
          f.value,
        ]),
      )
    const before = await figures()

    const q = (id: number, extra: Record<string, unknown> = {}) => ({
      ...record,
      id,
      identifier: `question:${id}`,
      ...extra,
    })
    push('questions', 8301, 'created', q(8301))
    // Valid against the schema, refused by the mapping: no answer to publish.
    push('questions', 8302, 'created', q(8302, { title: 'Câu hỏi chưa có câu trả lời', answer: '' }))
    expect(await pull()).toMatchObject({ created: 1, rejected: 1, error: null })
    expect(await copyOf('questions', 8302)).toEqual([])

    const [row] = await copyOf('questions', 8301)
    const copy = await payload.findByID({ collection: 'questions', id: row!.localId!, ...system })
    expect(copy).toMatchObject({
      title: 'Ly hôn thuận tình cần giấy tờ gì?',
      body: 'Vợ chồng tôi muốn ly hôn thuận tình thì cần chuẩn bị những giấy tờ gì?',
      field: field.id,
      status: 'published',
      workflowState: 'published',
      syncedCopy: true,
      publishedAt: record.publishedAt,
      dueDate: null,
    })
    expect(copy.asker?.email ?? null).toBeNull()
    expect(copy.asker?.name ?? null).toBeNull()
    expect(JSON.stringify(copy.answer)).toContain('Kèm giấy chứng nhận kết hôn bản chính.')
    expect(copy.history?.at(-1)).toMatchObject({
      action: 'publish',
      fromStatus: 'new',
      toStatus: 'published',
      byName: 'Đồng bộ tự động',
    })
    // Public: a visitor reads it (and its provenance); the statistics of this portal's own questions do not count it.
    const visitor = await payload.find({
      collection: 'questions',
      where: { id: { equals: copy.id } },
      overrideAccess: false,
      user: null,
    })
    expect(visitor.docs.map((d) => d.title)).toEqual(['Ly hôn thuận tình cần giấy tờ gì?'])
    expect(await figures()).toEqual(before)
    const { SyncProvenance } = await import('@/modules/data-exchange/sync/ui/provenance')
    const html = renderToStaticMarkup((await SyncProvenance({ collection: 'questions', id: copy.id }))!)
    expect(html).toContain('Nguồn: <strong>Cổng PBGDPL tỉnh Thử</strong>')

    // The province revises its answer: the copy follows and stays published.
    push('questions', 8301, 'updated', q(8301, { answer: 'Hồ sơ gồm đơn yêu cầu và giấy chứng nhận kết hôn.' }))
    expect(await pull()).toMatchObject({ updated: 1 })
    const revised = await payload.findByID({ collection: 'questions', id: copy.id, ...system })
    expect(JSON.stringify(revised.answer)).toContain('Hồ sơ gồm đơn yêu cầu và giấy chứng nhận kết hôn.')
    expect(revised.status).toBe('published')

    // An editor edits the copy here, the province changes it too: a conflict; the editor takes the
    // province's version with their own rights, and the history names them.
    await payload.update({
      collection: 'questions',
      id: copy.id,
      data: { title: 'Tiêu đề sửa tại chỗ (hỏi đáp)' } as never,
      ...editor,
    })
    push('questions', 8301, 'updated', q(8301, { title: 'Thủ tục ly hôn thuận tình: hồ sơ gồm những gì?' }))
    expect(await pull()).toMatchObject({ conflicts: 1 })
    const conflict = (
      await payload.find({
        collection: 'sync-conflicts',
        where: {
          and: [
            { kind: { equals: 'conflict' } },
            { status: { equals: 'open' } },
            { localCollection: { equals: 'questions' } },
          ],
        },
        ...editor,
      })
    ).docs[0] as SyncConflict
    expect(conflict.localId).toBe(copy.id)
    await payload.update({ collection: 'sync-conflicts', id: conflict.id, data: { status: 'took-remote' }, ...editor })
    const taken = await payload.findByID({ collection: 'questions', id: copy.id, ...system })
    expect(taken).toMatchObject({
      title: 'Thủ tục ly hôn thuận tình: hồ sơ gồm những gì?',
      status: 'published',
      syncedCopy: true,
    })

    // Withdrawn at the source: withdrawn here, gone from the public; published again when the source does.
    push('questions', 8301, 'unpublished', null)
    expect(await pull()).toMatchObject({ unpublished: 1 })
    const withdrawn = await payload.findByID({ collection: 'questions', id: copy.id, ...system })
    expect(withdrawn).toMatchObject({ status: 'answered', workflowState: 'unpublished' })
    expect(withdrawn.history?.at(-1)).toMatchObject({ action: 'unpublish', toStatus: 'answered' })
    expect(
      (
        await payload.find({
          collection: 'questions',
          where: { id: { equals: copy.id } },
          overrideAccess: false,
          user: null,
        })
      ).totalDocs,
    ).toBe(0)
    push('questions', 8301, 'updated', q(8301, { title: 'Thủ tục ly hôn thuận tình: hồ sơ gồm những gì?' }))
    expect(await pull()).toMatchObject({ updated: 1 })
    expect((await payload.findByID({ collection: 'questions', id: copy.id, ...system })).status).toBe('published')
    expect(await figures()).toEqual(before)
  })

  it('copies media library items with their files fetched from the source only, checked by content; refuses what it cannot take, leaving no file behind', async () => {
    const png = (await pngFile()).data
    const pdf = pdfFile().data
    const mp3 = fs.readFileSync(path.resolve('src/modules/media/seed/fixtures/phat-thanh-hoc-duong.mp3'))
    served.set('/files/infographic.png', { type: 'image/png', body: png })
    served.set('/files/bia-sach.png', { type: 'image/png', body: png })
    served.set('/files/so-tay.pdf', { type: 'application/pdf', body: pdf })
    served.set('/files/phat-thanh.mp3', { type: 'audio/mpeg', body: mp3 })
    // An HTML page that calls itself a PDF: the upload check reads the content.
    served.set('/files/gia-mao.pdf', {
      type: 'application/pdf',
      body: Buffer.from('<html><script>alert(1)</script></html>'),
    })
    served.set('/files/khong-con.pdf', { type: 'text/plain', body: Buffer.from('Không tìm thấy'), status: 404 })
    const field = await payload.create({
      collection: 'legal-fields',
      data: { title: 'Giao thông (thư viện)', slug: 'giao-thong-thu-vien' },
      overrideAccess: true,
    })
    const audience = await payload.create({
      collection: 'audiences',
      data: { title: 'Học sinh (thư viện)', slug: 'hoc-sinh-thu-vien' },
      overrideAccess: true,
    })
    const record = (id: number, kind: string, extra: Record<string, unknown>) => ({
      id,
      identifier: `library-item:${id}`,
      type: 'library-item',
      url: `${baseUrl}/thu-vien/muc-${id}`,
      kind,
      title: `Tư liệu ${id}: đội mũ bảo hiểm đúng cách`,
      summary: 'Hướng dẫn học sinh đội mũ bảo hiểm đạt chuẩn khi đi xe máy, xe đạp điện.',
      description: null,
      transcript: null,
      author: null,
      publisher: null,
      year: null,
      pages: null,
      durationSeconds: null,
      image: null,
      media: null,
      externalVideo: null,
      fields: [{ id: 1, slug: 'giao-thong-thu-vien', name: 'Giao thông' }],
      audiences: [{ id: 1, slug: 'hoc-sinh-thu-vien', name: 'Học sinh' }],
      areas: [],
      legalBasis: [],
      publishedAt: '2026-11-20T02:00:00.000Z',
      updatedAt: '2026-11-20T02:00:00.000Z',
      ...extra,
    })
    const file = (name: string, mimeType: string, size: number) => ({ url: `${baseUrl}/files/${name}`, mimeType, size })
    const longText =
      'Infographic gồm ba bước: chọn mũ đạt chuẩn có tem hợp quy; đội ngay ngắn, vành mũ song song lông mày; cài quai vừa khít dưới cằm.'
    push(
      'library-items',
      8401,
      'created',
      record(8401, 'infographic', {
        description: longText,
        image: { url: `${baseUrl}/files/infographic.png`, alt: 'Ba bước đội mũ bảo hiểm' },
      }),
    )
    push(
      'library-items',
      8402,
      'created',
      record(8402, 'ebook', {
        author: 'Sở Tư pháp tỉnh Thử',
        publisher: 'Sở Tư pháp tỉnh Thử',
        year: 2026,
        pages: 1,
        media: file('so-tay.pdf', 'application/pdf', pdf.length),
        image: { url: `${baseUrl}/files/bia-sach.png`, alt: 'Bìa sổ tay' },
      }),
    )
    push(
      'library-items',
      8403,
      'created',
      record(8403, 'audio', {
        durationSeconds: 95,
        transcript: 'Xin chào các bạn học sinh. Hôm nay chương trình phát thanh nói về đội mũ bảo hiểm đúng cách.',
        media: file('phat-thanh.mp3', 'audio/mpeg', mp3.length),
      }),
    )
    push(
      'library-items',
      8404,
      'created',
      record(8404, 'video', { externalVideo: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ', durationSeconds: 120 }),
    )
    // Refused: an uploaded video (its captions do not travel), a file on another host, a file that
    // is not what it says, a file the source no longer has, and one above this portal's limit.
    push('library-items', 8405, 'created', record(8405, 'video', { media: file('video.webm', 'video/webm', 1000) }))
    push(
      'library-items',
      8406,
      'created',
      record(8406, 'ebook', {
        author: 'A',
        publisher: 'Nhà xuất bản Tư pháp',
        year: 2025,
        media: { url: 'http://127.0.0.2:9/files/so-tay.pdf', mimeType: 'application/pdf', size: 100 },
        image: { url: `${baseUrl}/files/bia-sach.png`, alt: 'Bìa' },
      }),
    )
    push(
      'library-items',
      8407,
      'created',
      record(8407, 'ebook', {
        author: 'Sở Tư pháp',
        publisher: 'Sở Tư pháp',
        year: 2025,
        media: file('gia-mao.pdf', 'application/pdf', 40),
        image: { url: `${baseUrl}/files/bia-sach.png`, alt: 'Bìa' },
      }),
    )
    push(
      'library-items',
      8408,
      'created',
      record(8408, 'ebook', {
        author: 'Sở Tư pháp',
        publisher: 'Sở Tư pháp',
        year: 2025,
        media: file('khong-con.pdf', 'application/pdf', 40),
        image: { url: `${baseUrl}/files/bia-sach.png`, alt: 'Bìa' },
      }),
    )
    const files = async () => ({
      media: (await payload.count({ collection: 'media', overrideAccess: true })).totalDocs,
      library: (await payload.count({ collection: 'library-files', overrideAccess: true })).totalDocs,
    })
    const before = await files()
    // An uploaded video with its poster and Vietnamese captions.
    const webm = fs.readFileSync(path.resolve('src/modules/media/seed/fixtures/hop-dong-lao-dong.webm'))
    served.set('/files/hop-dong.webm', { type: 'video/webm', body: webm })
    served.set('/files/phu-de', {
      type: 'text/vtt',
      body: Buffer.from('WEBVTT\n\n00:00.000 --> 00:03.000\nHợp đồng lao động phải lập thành văn bản.\n'),
    })
    served.set('/files/poster.png', { type: 'image/png', body: png })
    push(
      'library-items',
      8410,
      'created',
      record(8410, 'video', {
        durationSeconds: 3,
        media: file('hop-dong.webm', 'video/webm', webm.length),
        image: { url: `${baseUrl}/files/poster.png`, alt: 'Khung hình video hợp đồng lao động' },
        captions: [{ url: `${baseUrl}/files/phu-de`, language: 'vi' }],
      }),
    )
    // This portal takes audio up to one and a half times the programme above; the source's long one is twice it.
    served.set('/files/dai.mp3', { type: 'audio/mpeg', body: Buffer.concat([mp3, mp3]) })
    push(
      'library-items',
      8409,
      'created',
      record(8409, 'audio', {
        transcript: 'Chương trình phát thanh dài hơn giới hạn của cổng theo dõi, phải bị từ chối khi tải về.',
        media: file('dai.mp3', 'audio/mpeg', mp3.length * 2),
      }),
    )
    process.env.LIBRARY_AUDIO_MAX_MB = String((mp3.length * 1.5) / 1024 / 1024)
    try {
      expect(await pull()).toMatchObject({ created: 5, rejected: 5, error: null })
    } finally {
      delete process.env.LIBRARY_AUDIO_MAX_MB
    }
    // Exactly the files of the five copies: an infographic image, an e-book's PDF and cover, an audio
    // file, a video with its poster and captions.
    expect(await files()).toEqual({ media: before.media + 3, library: before.library + 4 })
    const reasons = Object.fromEntries(
      (
        await payload.find({
          collection: 'sync-conflicts',
          where: { and: [{ kind: { equals: 'rejected' } }, { entityType: { equals: 'library-items' } }] },
          ...system,
        })
      ).docs.map((d) => [d.sourceId, d.reason]),
    )
    expect(reasons[8405]).toMatch(/không kèm phụ đề WebVTT/)
    expect(reasons[8406]).toMatch(/không nằm trên cổng nguồn/)
    expect(reasons[8407]).toMatch(VIETNAMESE)
    expect(reasons[8408]).toMatch(/Cổng nguồn không cho tải tệp PDF \(HTTP 404\)/)
    expect(reasons[8409]).toMatch(/Tệp âm thanh lớn \d+ KB, vượt giới hạn \d+ KB của cổng này/)

    const copy = async (id: number) => {
      const [row] = await copyOf('library-items', id)
      return payload.findByID({
        collection: 'library-items',
        id: row!.localId!,
        ...system,
        depth: 1,
      }) as Promise<LibraryItem>
    }
    const info = await copy(8401)
    expect(info).toMatchObject({ kind: 'infographic', longDescription: longText, workflowState: 'published' })
    expect(info.fields).toEqual([expect.objectContaining({ id: field.id })])
    expect(info.audiences).toEqual([expect.objectContaining({ id: audience.id })])
    expect((info.image as Media).alt).toBe('Ba bước đội mũ bảo hiểm')
    const book = await copy(8402)
    expect(book).toMatchObject({ kind: 'ebook', author: 'Sở Tư pháp tỉnh Thử', year: 2026, workflowState: 'published' })
    const bookPdf = book.pdfFile as LibraryFile
    expect(bookPdf).toMatchObject({ family: 'pdf', mimeType: 'application/pdf', isPublic: true })
    expect((book.cover as Media).mimeType).toMatch(/^image\//)
    const radio = await copy(8403)
    expect(radio).toMatchObject({ kind: 'audio', durationSeconds: 95 })
    expect((radio.audioFile as LibraryFile).family).toBe('audio')
    const video = await copy(8404)
    expect(video).toMatchObject({ kind: 'video', videoSource: 'youtube', youtubeId: 'dQw4w9WgXcQ' })
    const uploaded = await copy(8410)
    expect(uploaded).toMatchObject({ kind: 'video', videoSource: 'upload', durationSeconds: 3 })
    expect((uploaded.videoFile as LibraryFile).family).toBe('video')
    expect((uploaded.poster as Media).alt).toBe('Khung hình video hợp đồng lao động')
    expect(uploaded.captions?.map((c) => [c.language, (c.file as LibraryFile).family])).toEqual([['vi', 'captions']])
    const { SyncProvenance } = await import('@/modules/data-exchange/sync/ui/provenance')
    const html = renderToStaticMarkup((await SyncProvenance({ collection: 'library-items', id: book.id }))!)
    expect(html).toContain('Nguồn: <strong>Cổng PBGDPL tỉnh Thử</strong>')

    // The source replaces the e-book's PDF: the copy takes the new one and the old file goes.
    const pdf2 = pdfFile('so-tay-2.pdf').data
    served.set('/files/so-tay-2.pdf', { type: 'application/pdf', body: pdf2 })
    push(
      'library-items',
      8402,
      'updated',
      record(8402, 'ebook', {
        author: 'Sở Tư pháp tỉnh Thử',
        publisher: 'Sở Tư pháp tỉnh Thử',
        year: 2026,
        pages: 2,
        media: file('so-tay-2.pdf', 'application/pdf', pdf2.length),
        image: { url: `${baseUrl}/files/bia-sach.png`, alt: 'Bìa sổ tay' },
        updatedAt: '2026-11-21T02:00:00.000Z',
      }),
    )
    expect(await pull()).toMatchObject({ updated: 1, error: null })
    const revised = await copy(8402)
    expect(revised.pages).toBe(2)
    expect((revised.pdfFile as LibraryFile).id).not.toBe(bookPdf.id)
    expect(
      (
        await payload.count({
          collection: 'library-files',
          where: { id: { equals: bookPdf.id } },
          overrideAccess: true,
        })
      ).totalDocs,
    ).toBe(0)
    expect(await files()).toEqual({ media: before.media + 3, library: before.library + 4 })
    // The same for a video's captions (a file in an array row), and its poster.
    const oldCaption = (uploaded.captions![0]!.file as LibraryFile).id
    push(
      'library-items',
      8410,
      'updated',
      record(8410, 'video', {
        durationSeconds: 3,
        media: file('hop-dong.webm', 'video/webm', webm.length),
        image: { url: `${baseUrl}/files/poster.png`, alt: 'Khung hình mới' },
        captions: [{ url: `${baseUrl}/files/phu-de`, language: 'vi' }],
        updatedAt: '2026-11-22T02:00:00.000Z',
      }),
    )
    expect(await pull()).toMatchObject({ updated: 1, error: null })
    const recaptioned = await copy(8410)
    expect((recaptioned.captions![0]!.file as LibraryFile).id).not.toBe(oldCaption)
    expect((recaptioned.poster as Media).alt).toBe('Khung hình mới')
    expect(
      (
        await payload.count({
          collection: 'library-files',
          where: { id: { equals: oldCaption } },
          overrideAccess: true,
        })
      ).totalDocs,
    ).toBe(0)
    expect(await files()).toEqual({ media: before.media + 3, library: before.library + 4 })

    // Withdrawn at the source: the copy is unpublished and its files are no longer public.
    push('library-items', 8402, 'unpublished', null)
    expect(await pull()).toMatchObject({ unpublished: 1 })
    const withdrawn = await copy(8402)
    expect(withdrawn.workflowState).not.toBe('published')
    expect((withdrawn.pdfFile as LibraryFile).isPublic).toBe(false)
  })

  it('reads the feed again from its start when a type is added or the address changes, not otherwise', async () => {
    const { serializePlan } = await import('@/modules/data-exchange/open-api/serialize-more')
    // A second province with a feed of its own: an article and a plan, published before the
    // follower takes plans.
    const items: Item[] = []
    // Something an administrator does while a run is reading a page (see "while a run reads").
    let during: (() => Promise<void>) | null = null
    const second = http.createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1')
      const types = (url.searchParams.get('types') ?? '').split(',').filter(Boolean)
      const start = Number((url.searchParams.get('cursor') ?? 'c0').slice(1))
      void (during ?? (async () => undefined))().then(() => {
        res.writeHead(200, { 'Content-Type': 'application/json' })
        res.end(
          JSON.stringify({
            items: items.slice(start).filter((i) => types.includes(i.type)),
            next: `c${items.length}`,
            hasMore: false,
          }),
        )
      })
    })
    await new Promise<void>((resolve) => second.listen(0, '127.0.0.1', resolve))
    const secondUrl = `http://127.0.0.1:${(second.address() as AddressInfo).port}`
    try {
      const article = await provinceArticle('Tỉnh Hai phổ biến Luật Đất đai tại xã', 'Nội dung bài của tỉnh Hai.')
      const plan = await payload.create({
        collection: 'plans',
        data: {
          title: 'Kế hoạch tuyên truyền Luật Đất đai năm 2027 của tỉnh Hai',
          kind: 'ke-hoach',
          number: '12/KH-UBND',
          issuedAt: '2026-11-02T00:00:00.000Z',
          summary: 'Tuyên truyền Luật Đất đai cho người dân ở xã.',
        } as never,
        ...publish,
      })
      const planRecord = serializePlan(
        await payload.findByID({ collection: 'plans', id: plan.id, depth: 1, overrideAccess: true }),
      ) as Record<string, unknown>
      await payload.delete({ collection: 'plans', id: plan.id, ...system })
      const at = new Date().toISOString()
      items.push(
        { seq: 1, type: 'articles', id: article.id as number, action: 'created', at, url: '', record: article },
        {
          seq: 2,
          type: 'plans',
          id: 9302,
          action: 'created',
          at,
          url: '',
          record: { ...planRecord, id: 9302, identifier: 'plan:9302' },
        },
      )
      const created = await payload.create({
        collection: 'sync-sources',
        data: { name: 'Cổng PBGDPL tỉnh Hai', baseUrl: secondUrl, newApiKey: KEY, types: ['articles'] } as never,
        ...as(org, 'admin'),
        depth: 0,
      })
      const state = () => payload.findByID({ collection: 'sync-sources', id: created.id, ...system })
      const records = async (type: string, id: number) =>
        (
          await payload.find({
            collection: 'sync-records',
            where: {
              and: [
                { syncSource: { equals: created.id } },
                { entityType: { equals: type } },
                { sourceId: { equals: id } },
              ],
            },
            ...system,
          })
        ).docs
      const pullSecond = () => pullSource(payload, created.id, { revalidate: false })
      expect(await pullSecond()).toMatchObject({ created: 1, error: null })
      expect((await state()).cursor).toBe('c2')
      expect(await records('plans', 9302)).toEqual([])

      // Another interval keeps the place; so does taking a type away.
      await payload.update({
        collection: 'sync-sources',
        id: created.id,
        data: { intervalSeconds: 120 },
        ...as(org, 'admin'),
      })
      expect((await state()).cursor).toBe('c2')

      // Plans added while a run reads the feed for articles only: the reset to the start must
      // survive that run (it stops without storing its position; the next run starts afresh).
      during = async () => {
        during = null
        await payload.update({
          collection: 'sync-sources',
          id: created.id,
          data: { types: ['articles', 'plans'] },
          ...as(org, 'admin'),
        })
      }
      expect(await pullSecond()).toMatchObject({ error: null, hasMore: true })
      expect((await state()).cursor).toBeNull()

      // Plans added: read again from the start; the article already here is left as it is.
      await payload.update({
        collection: 'sync-sources',
        id: created.id,
        data: { types: ['articles', 'plans'] },
        ...as(org, 'admin'),
      })
      expect((await state()).cursor).toBeNull()
      const [articleRow] = await records('articles', article.id as number)
      const again = await pullSecond()
      expect(again).toMatchObject({ created: 1, unchanged: 1, updated: 0, conflicts: 0, rejected: 0, error: null })
      const [planRow] = await records('plans', 9302)
      expect(await payload.findByID({ collection: 'plans', id: planRow!.localId!, ...system })).toMatchObject({
        title: 'Kế hoạch tuyên truyền Luật Đất đai năm 2027 của tỉnh Hai',
        workflowState: 'published',
      })
      const [articleAfter] = await records('articles', article.id as number)
      expect(articleAfter!.localUpdatedAtAfterSync).toBe(articleRow!.localUpdatedAtAfterSync)

      await payload.update({
        collection: 'sync-sources',
        id: created.id,
        data: { types: ['plans'] },
        ...as(org, 'admin'),
      })
      expect((await state()).cursor).toBe('c2')
      // Another portal at another address: its feed is read from its start.
      await payload.update({
        collection: 'sync-sources',
        id: created.id,
        data: { baseUrl: `${secondUrl.replace('127.0.0.1', 'localhost')}` },
        ...as(org, 'admin'),
      })
      expect((await state()).cursor).toBeNull()
      // An administrator deletes the source: its provenance rows go, the copies stay as this portal's.
      await payload.delete({ collection: 'sync-sources', id: created.id, ...as(org, 'admin') })
      expect(
        (await payload.count({ collection: 'sync-records', where: { syncSource: { equals: created.id } }, ...system }))
          .totalDocs,
      ).toBe(0)
      expect(await payload.findByID({ collection: 'plans', id: planRow!.localId!, ...system })).toMatchObject({
        workflowState: 'published',
      })
    } finally {
      await new Promise((resolve) => second.close(resolve))
    }
  })

  it('a refused key shows as the source’s last error, in Vietnamese, and keeps the cursor', async () => {
    const cursor = (await source()).cursor
    await payload.update({
      collection: 'sync-sources',
      id: sourceId,
      data: { newApiKey: 'pbgdpl_wrong-key-000000000000' } as never,
      ...as(org, 'admin'),
    })
    const result = await pull()
    expect(result.error).toMatch(/từ chối khóa API \(HTTP 401\)/)
    const state = await source()
    expect(state.lastError).toBe(result.error)
    expect(state.cursor).toBe(cursor)
    await payload.update({
      collection: 'sync-sources',
      id: sourceId,
      data: { newApiKey: KEY } as never,
      ...as(org, 'admin'),
    })
    expect((await pull()).error).toBeNull()
    expect((await source()).lastError).toBeNull()
  })

  it('the lease lets one run at a time pull a source', async () => {
    const now = new Date()
    expect(await claimSource(payload, sourceId, 'other-instance', now, new Date(now.getTime() + 60_000))).toBe(true)
    expect(await pull()).toMatchObject({ ran: false, skipped: 'leased' })
    await releaseSource(payload, sourceId, 'other-instance')
    const record = await provinceArticle('Tin kéo song song', 'Nội dung.')
    push('articles', record.id as number, 'created', record)
    const results = await Promise.all([pull(), pull(), pull()])
    expect(results.filter((r) => r.ran)).toHaveLength(1)
    expect(results.filter((r) => r.skipped === 'leased')).toHaveLength(2)
    expect(await count('articles', 'Tin kéo song song')).toBe(2)
    // An expired lease (a crashed run) is taken over.
    const past = new Date(Date.now() - 1000)
    expect(await claimSource(payload, sourceId, 'crashed', new Date(past.getTime() - 60_000), past)).toBe(true)
    expect((await pull()).ran).toBe(true)
  })

  it('a webhook with a valid signature is accepted (202) and pulls; a tampered one is 401 problem+json', async () => {
    const { receiveWebhook } = await import('@/modules/data-exchange/sync/webhook')
    const { signWebhook } = await import('@/modules/data-exchange/changes/signature')
    const secret = 'whsec-0123456789abcdef0123456789abcdef'
    await payload.update({
      collection: 'sync-sources',
      id: sourceId,
      data: { newWebhookSecret: secret } as never,
      ...as(org, 'admin'),
    })
    const record = await provinceArticle('Tin báo qua webhook', 'Nội dung.')
    push('articles', record.id as number, 'created', record)
    const body = JSON.stringify({ ...feed.at(-1), source: { name: 'Tỉnh' } })
    const ts = String(Math.floor(Date.now() / 1000))
    const headers = (signature: string) =>
      new Headers({ 'Content-Type': 'application/json', 'X-Pbgdpl-Timestamp': ts, 'X-Pbgdpl-Signature': signature })
    const tasks: (() => Promise<unknown>)[] = []
    const ok = await receiveWebhook(
      new Request('http://x/', { method: 'POST', body, headers: headers(signWebhook(secret, ts, body)) }),
      payload,
      String(sourceId),
      (task) => tasks.push(task),
    )
    expect(ok.status).toBe(202)
    expect(tasks).toHaveLength(1)
    await tasks[0]!()
    expect(await count('articles', 'Tin báo qua webhook')).toBe(2)

    const tampered = await receiveWebhook(
      new Request('http://x/', {
        method: 'POST',
        body: body.replace('webhook', 'giả mạo'),
        headers: headers(signWebhook(secret, ts, body)),
      }),
      payload,
      String(sourceId),
      (task) => tasks.push(task),
    )
    expect(tampered.status).toBe(401)
    expect(tampered.headers.get('content-type')).toContain('application/problem+json')
    expect(String(((await tampered.json()) as { detail: string }).detail)).toMatch(VIETNAMESE)
    const unsigned = await receiveWebhook(
      new Request('http://x/', { method: 'POST', body }),
      payload,
      String(sourceId),
      (task) => tasks.push(task),
    )
    expect(unsigned.status).toBe(401)
    expect(tasks).toHaveLength(1)
  })

  it('role access: sources for administrators; records for the board; conflicts read and resolved by the board', async () => {
    for (const actor of ACTORS) {
      const board = BOARD.includes(actor)
      const sources = payload.find({ collection: 'sync-sources', ...as(org, actor), depth: 0 })
      if (actor === 'admin') expect((await sources).totalDocs).toBe(1)
      else await expect(sources).rejects.toMatchObject({ status: 403 })
      for (const collection of ['sync-records', 'sync-conflicts'] as const) {
        const read = payload.find({ collection, ...as(org, actor), depth: 0 })
        if (board) expect((await read).totalDocs).toBeGreaterThan(0)
        else await expect(read).rejects.toMatchObject({ status: 403 })
      }
      await expectForbidden(
        payload.create({
          collection: 'sync-records',
          data: { syncSource: sourceId, entityType: 'articles', sourceId: 77, localCollection: 'articles' },
          ...as(org, actor),
        }),
      )
    }
    await expectForbidden(
      payload.create({
        collection: 'sync-sources',
        data: { name: 'X', baseUrl: 'https://x.example', types: ['articles'], intervalSeconds: 60 } as never,
        ...as(org, 'editor-in-chief'),
      }),
    )
    const badUrl = await rejectionOf(
      payload.create({
        collection: 'sync-sources',
        data: { name: 'X', baseUrl: 'javascript:alert(1)', types: ['articles'], intervalSeconds: 60 } as never,
        ...as(org, 'admin'),
      }),
    )
    expect(badUrl.status).toBe(400)
  })

  it('in production sends its API key only over https, or to this machine', async () => {
    const saved = process.env.NODE_ENV
    const env = process.env as Record<string, string | undefined>
    env.NODE_ENV = 'production'
    try {
      const plain = await rejectionOf(
        payload.create({
          collection: 'sync-sources',
          data: { name: 'Y', baseUrl: 'http://pbgdpl.example.gov.vn', types: ['articles'] } as never,
          ...as(org, 'admin'),
        }),
      )
      expect(plain.status).toBe(400)
      expect(messagesOf(plain)).toContain('Phải dùng địa chỉ https://')
      const subscription = await rejectionOf(
        payload.create({
          collection: 'webhook-subscriptions',
          data: { name: 'Y', url: 'http://nhan.example.gov.vn/webhook' } as never,
          ...as(org, 'admin'),
        }),
      )
      expect(subscription.status).toBe(400)
      expect(messagesOf(subscription)).toContain('Phải dùng địa chỉ https://')
      // A source saved before (here: the test's own, on loopback, is allowed; one on another machine is not).
      await payload.db.updateOne({
        collection: 'sync-sources',
        id: sourceId,
        data: { baseUrl: 'http://pbgdpl.example.gov.vn', enabled: true },
        returning: false,
      })
      const run = await pull()
      expect(run.error).toMatch(/^Phải dùng địa chỉ https:\/\//)
    } finally {
      env.NODE_ENV = saved
      await payload.db.updateOne({ collection: 'sync-sources', id: sourceId, data: { baseUrl }, returning: false })
    }
  })
})
