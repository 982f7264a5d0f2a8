/**
 * npm run bench:sync — full export and full sync of the open data (issue 7 benchmark). Prints; never
 * asserts timings. Last line: RESULT key=value …; exit code 1 when the follower's counts do not match.
 *
 * For each database — SQLite always; PostgreSQL too when it answers at 127.0.0.1:5432 (TEST_POSTGRES_URL),
 * unless BENCH_SYNC_DB (or BENCH_DB) says sqlite|postgres|both:
 * (1) Source database: BENCH_SYNC_DOCS (100,000) published legal documents and BENCH_SYNC_ARTICLES (10,000)
 *     published articles, generated from ../shared/data: the Công báo catalogue (congbao_metadata.jsonl,
 *     mapped by the importer's own mapCongbaoRecord; repeated with shifted serial numbers to reach the
 *     count), one document in four with a full text of 1–3 Điều from legal-corpus/articles.jsonl (parsed
 *     into its structure), 1 in 10 with a "căn cứ" relation to an earlier one; articles explain one Điều
 *     of the codes each. Rows go in by bulk SQL through the adapter's own connection (transactions of
 *     5,000 rows), then the publication log is filled by backfillPublicationLog. The database is kept
 *     in data/bench-sync/ (SQLite file; PostgreSQL database pbgdpl_bench_sync_<key>) keyed by the
 *     generator's version, the sizes and the migrations, and each run works on a copy of it.
 * (2) Source server: the open API's own route handlers (src/app/api/open/v1/…) served in-process by a
 *     node:http server in a child process (not `next start`: a production build of the whole portal
 *     takes the build lock for minutes and would serve these same handlers), gzip like Next.js.
 * (3) Full export: every page of /api/open/v1/legal-documents and /articles (limit 100, by cursor) and
 *     of /api/open/v1/changes from the beginning, over HTTP from this process: time, records/s, bytes on
 *     the wire and decoded, peak RSS of the server and of the client.
 * (4) Full sync: a second, empty database (its own child process) runs the follower's pullSource against
 *     the source server until caught up: time, records/s, peak RSS; the published counts must match.
 * (5) Change-feed latency: BENCH_SYNC_PUBLISHES (20) articles published one by one on the source, time
 *     until each is published on the follower (a) by polling every BENCH_SYNC_INTERVAL_S (10) seconds
 *     and (b) by the webhook nudge; p50/p95.
 *
 * Env: BENCH_SYNC_DOCS, BENCH_SYNC_ARTICLES, BENCH_SYNC_DB (sqlite|postgres|both), BENCH_SYNC_PUBLISHES,
 * BENCH_SYNC_INTERVAL_S, BENCH_SYNC_FEED_LIMIT (500), BENCH_SYNC_SKIP_SYNC=1 (export and nothing else), BENCH_SYNC_PORT (3460; +1, +2 for the follower),
 * TEST_POSTGRES_URL, BENCH_SYNC_CPU_PROF=<dir> (the follower's CPU profile).
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import zlib from 'node:zlib'
import type { Payload } from 'payload'
import pg from 'pg'

const root = path.resolve(import.meta.dirname, '..')
process.chdir(root)
const DOCS = Number(process.env.BENCH_SYNC_DOCS || 100_000)
const ARTICLES = Number(process.env.BENCH_SYNC_ARTICLES || 10_000)
const PUBLISHES = Number(process.env.BENCH_SYNC_PUBLISHES || 20)
const INTERVAL_S = Number(process.env.BENCH_SYNC_INTERVAL_S || 10)
const FEED_LIMIT = Number(process.env.BENCH_SYNC_FEED_LIMIT || 500)
const LIST_LIMIT = 100
/** Bump when the generated rows change, so a cached source database is rebuilt. */
const GENERATOR_VERSION = 'sync-bench-1'
const DATA = path.resolve(root, '..', 'shared', 'data', 'legal-corpus')
const CACHE = path.join(root, 'data', 'bench-sync')
const ADMIN_PG = process.env.TEST_POSTGRES_URL || 'postgres://postgres@127.0.0.1:5432/test'
const SECRET = 'bench-sync-secret-0123456789abcdef'

type Dialect = 'sqlite' | 'postgres'
type Figures = Record<string, string | number>

const percentile = (sorted: number[], p: number): number =>
  sorted.length ? (sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0) : 0
const f1 = (n: number) => n.toFixed(1)
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1)
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
/** Peak resident set of this process so far, in MB (Linux reports maxRSS in KB). */
const peakRssMb = () => Math.round(process.resourceUsage().maxRSS / 1024)

function random(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (s + 0x6d2b79f5) >>> 0
    let t = s
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const readJsonl = (file: string): Record<string, unknown>[] =>
  fs
    .readFileSync(path.join(DATA, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Record<string, unknown>)

// ---------------------------------------------------------------------------------------------
// Bulk SQL over the adapter's connection (as bench/stats.ts), one transaction per call.

type Bulk = (table: string, columns: string[], rows: unknown[][]) => Promise<void>

function bulkInserter(payload: Payload): { insert: Bulk; sql: (s: string) => Promise<void>; dialect: Dialect } {
  const db = payload.db as unknown as {
    name?: string
    client?: {
      execute(stmt: string | { sql: string; args: unknown[] }): Promise<unknown>
      transaction(mode: 'write'): Promise<{
        execute(stmt: { sql: string; args: unknown[] }): Promise<unknown>
        commit(): Promise<void>
        rollback(): Promise<void>
      }>
    }
    pool?: pg.Pool
  }
  const quoted = (columns: string[]) => columns.map((c) => `"${c}"`).join(', ')
  if (db.name === 'postgres' && db.pool) {
    const pool = db.pool
    return {
      dialect: 'postgres',
      sql: async (s) => void (await pool.query(s)),
      insert: async (table, columns, rows) => {
        const per = Math.max(1, Math.floor(30_000 / columns.length))
        const client = await pool.connect()
        try {
          await client.query('BEGIN')
          for (let i = 0; i < rows.length; i += per) {
            const chunk = rows.slice(i, i + per)
            let n = 0
            const values = chunk.map((r) => `(${r.map(() => `$${++n}`).join(', ')})`).join(', ')
            await client.query(`INSERT INTO "${table}" (${quoted(columns)}) VALUES ${values}`, chunk.flat())
          }
          await client.query('COMMIT')
        } catch (err) {
          await client.query('ROLLBACK')
          throw err
        } finally {
          client.release()
        }
      },
    }
  }
  if (db.name === 'sqlite' && db.client) {
    const client = db.client
    return {
      dialect: 'sqlite',
      sql: async (s) => void (await client.execute(s)),
      insert: async (table, columns, rows) => {
        const per = Math.max(1, Math.floor(30_000 / columns.length))
        const tx = await client.transaction('write')
        try {
          for (let i = 0; i < rows.length; i += per) {
            const chunk = rows.slice(i, i + per)
            const values = chunk.map((r) => `(${r.map(() => '?').join(', ')})`).join(', ')
            await tx.execute({
              sql: `INSERT INTO "${table}" (${quoted(columns)}) VALUES ${values}`,
              args: chunk.flat(),
            })
          }
          await tx.commit()
        } catch (err) {
          await tx.rollback()
          throw err
        }
      },
    }
  }
  throw new Error(`unsupported database ${db.name}`)
}

// ---------------------------------------------------------------------------------------------
// Source database: generation (child role "prepare").

const SECTIONS = ['Tin tức - sự kiện', 'Phổ biến pháp luật', 'Hỏi đáp chính sách', 'Văn bản mới', 'Gương điển hình']
const FIELDS = [
  'Dân sự',
  'Hình sự',
  'Lao động - tiền lương',
  'Hàng hải',
  'Tố tụng',
  'Đất đai',
  'Hôn nhân và gia đình',
  'Thuế - phí - lệ phí',
  'Giáo dục',
  'Y tế',
  'Giao thông vận tải',
  'Bộ máy hành chính',
]

async function prepare(out: string): Promise<void> {
  const { getPayload } = await import('payload')
  const { default: config } = await import('../src/payload.config')
  const payload = await getPayload({ config })
  const dialect: Dialect = (payload.db as { name?: string }).name === 'postgres' ? 'postgres' : 'sqlite'
  const { migrations } =
    dialect === 'postgres' ? await import('../src/migrations/postgres') : await import('../src/migrations/sqlite')
  type Migrations = NonNullable<Parameters<typeof payload.db.migrate>[0]>['migrations']
  await payload.db.migrate({ migrations: migrations as unknown as Migrations })
  const { mapCongbaoRecord } = await import('../src/modules/legal-documents/import/map-records')
  const { parseDocumentNumber, parseStructure } = await import('../src/modules/legal-documents/parse')
  const { documentSlugSource } =
    await import('../src/modules/legal-documents/collections/legal-documents/document-slug')
  const { displayTitleOf } = await import('../src/modules/legal-documents/hooks/document-keys')
  const { vnYear } = await import('../src/modules/legal-documents/dates')
  const { slugify } = await import('../src/shared/text/vietnamese')
  const { plainTextToLexical } = await import('../src/shared/text/blocks-to-lexical')
  const { backfillPublicationLog } = await import('../src/modules/data-exchange/changes/log')
  const { insert, sql } = bulkInserter(payload)
  const rnd = random(2026)
  const started = performance.now()

  // Taxonomies through Payload (a handful), as the system setting up a benchmark.
  const sys = { overrideAccess: true, depth: 0 } as const
  const sections: number[] = []
  for (const title of SECTIONS)
    sections.push((await payload.create({ collection: 'sections', data: { title }, ...sys })).id)
  const fields: number[] = []
  for (const title of FIELDS)
    fields.push((await payload.create({ collection: 'legal-fields', data: { title }, ...sys })).id)

  // The corpus: gazette metadata, code articles, document names.
  const fetchedAt = new Date('2026-07-01T00:00:00Z')
  const catalogue = readJsonl('congbao_metadata.jsonl').flatMap((r) => {
    const m = mapCongbaoRecord(r, fetchedAt)
    return m.ok ? [m.input] : []
  })
  const corpusArticles = readJsonl('articles.jsonl') as {
    doc_id: string
    heading: string
    title: string
    text: string
  }[]
  const docNames = new Map(readJsonl('documents.jsonl').map((d) => [String(d.id), String(d.title)]))

  // A pool of full texts (1–3 consecutive Điều), parsed once each.
  const texts: { text: string; structure: string }[] = []
  for (let i = 0; i < 600; i++) {
    const start = Math.floor(rnd() * (corpusArticles.length - 3))
    const n = 1 + Math.floor(rnd() * 3)
    const text = corpusArticles
      .slice(start, start + n)
      .map((a) => `${a.heading}\n${a.text}`)
      .join('\n\n')
    texts.push({ text, structure: JSON.stringify(parseStructure(text)) })
  }

  const slugs = new Set<string>()
  const uniqueSlug = (base: string) => {
    let s = base || 'van-ban'
    for (let n = 2; slugs.has(s); n++) s = `${base}-${n}`
    slugs.add(s)
    return s
  }
  const docColumns = [
    'id',
    'number',
    'type',
    'title',
    'issuer',
    'signer',
    'issued_at',
    'scope',
    'effective_at',
    'status',
    'cong_bao_number',
    'source',
    'text',
    'structure',
    'display_title',
    'number_key',
    'issuer_key',
    'issued_year',
    'slug',
    'workflow_state',
    'published_at',
    'updated_at',
    'created_at',
  ]
  const BATCH = 5_000
  let textBytes = 0
  let withText = 0
  let relations = 0
  const t0 = performance.now()
  for (let from = 1; from <= DOCS; from += BATCH) {
    const docs: unknown[][] = []
    const rels: unknown[][] = []
    const links: unknown[][] = []
    for (let id = from; id < Math.min(from + BATCH, DOCS + 1); id++) {
      const base = catalogue[(id - 1) % catalogue.length]!
      const round = Math.floor((id - 1) / catalogue.length)
      // Later rounds shift the serial number so each (number, type, issuer) stays unique.
      const number = round === 0 ? base.number : base.number.replace(/^(\d+)/, (d) => String(Number(d) + round * 1000))
      const doc = { ...base, number }
      const parsed = parseDocumentNumber(number)
      const full = rnd() < 0.25 ? texts[Math.floor(rnd() * texts.length)]! : null
      if (full) {
        withText++
        textBytes += Buffer.byteLength(full.text)
      }
      const published = new Date(Date.parse(doc.issuedAt) + (1 + Math.floor(rnd() * 30)) * 86_400_000).toISOString()
      docs.push([
        id,
        parsed.ok ? parsed.number.normalized : number,
        doc.type,
        doc.title,
        doc.issuer,
        doc.signer ?? null,
        doc.issuedAt,
        doc.scope ?? null,
        doc.effectiveAt ?? null,
        doc.status ?? 'chua-xac-dinh',
        doc.congBaoNumber ?? null,
        doc.source ?? null,
        full?.text ?? null,
        full?.structure ?? null,
        displayTitleOf(doc),
        parsed.ok ? parsed.number.key : null,
        slugify(doc.issuer),
        vnYear(doc.issuedAt),
        uniqueSlug(slugify(documentSlugSource(doc) ?? `${doc.type} ${id}`)),
        'published',
        published,
        published,
        published,
      ])
      rels.push([1, id, 'fields', fields[Math.floor(rnd() * fields.length)]])
      if (id > 10 && rnd() < 0.1) {
        relations++
        links.push([id, 'can-cu', 1 + Math.floor(rnd() * (id - 1)), null, published, published, published])
      }
    }
    await insert('legal_documents', docColumns, docs)
    await insert('legal_documents_rels', ['order', 'parent_id', 'path', 'legal_fields_id'], rels)
    await insert(
      'document_relations',
      ['from_id', 'type', 'to_id', 'provision', 'applied_at', 'updated_at', 'created_at'],
      links,
    )
  }
  const docSeconds = (performance.now() - t0) / 1000

  const t1 = performance.now()
  const articleColumns = [
    'id',
    'title',
    'summary',
    'body',
    'section_id',
    'author',
    'slug',
    'workflow_state',
    'published_at',
    'updated_at',
    'created_at',
  ]
  for (let from = 1; from <= ARTICLES; from += BATCH) {
    const rows: unknown[][] = []
    const rels: unknown[][] = []
    for (let id = from; id < Math.min(from + BATCH, ARTICLES + 1); id++) {
      const a = corpusArticles[(id - 1) % corpusArticles.length]!
      const law = docNames.get(a.doc_id) ?? a.doc_id
      const title = `Tìm hiểu quy định về ${a.title.charAt(0).toLowerCase()}${a.title.slice(1)} theo ${law}`.slice(
        0,
        250,
      )
      const paragraphs = a.text.split(/\n+/).filter(Boolean)
      const body = [
        `${a.heading} ${law} quy định như sau:`,
        ...paragraphs,
        'Người dân cần tìm hiểu thêm có thể liên hệ Sở Tư pháp hoặc gửi câu hỏi qua chuyên mục Hỏi đáp pháp luật.',
      ].join('\n\n')
      const at = new Date(Date.UTC(2020, 0, 1) + Math.floor(rnd() * 6.8 * 365 * 86_400_000)).toISOString()
      rows.push([
        id,
        title,
        paragraphs[0]?.slice(0, 300) ?? null,
        JSON.stringify(plainTextToLexical(body)),
        sections[Math.floor(rnd() * sections.length)],
        'Phòng Phổ biến, giáo dục pháp luật',
        `${slugify(title, 100)}-${id}`,
        'published',
        at,
        at,
        at,
      ])
      rels.push([1, id, 'fields', fields[Math.floor(rnd() * fields.length)]])
    }
    await insert('articles', articleColumns, rows)
    await insert('articles_rels', ['order', 'parent_id', 'path', 'legal_fields_id'], rels)
  }
  const articleSeconds = (performance.now() - t1) / 1000
  if (dialect === 'postgres') {
    for (const t of ['legal_documents', 'legal_documents_rels', 'document_relations', 'articles', 'articles_rels'])
      await sql(`SELECT setval(pg_get_serial_sequence('"${t}"', 'id'), (SELECT MAX(id) FROM "${t}"))`)
  }
  const t2 = performance.now()
  const logged = await backfillPublicationLog(payload)
  console.log(`  publication log backfill: ${JSON.stringify(logged)}`)
  const backfillSeconds = (performance.now() - t2) / 1000
  await sql('ANALYZE')
  if (dialect === 'sqlite') await sql('PRAGMA wal_checkpoint(TRUNCATE)')
  const seconds = (performance.now() - started) / 1000
  const figures: Figures = {
    seed_s: Number(f1(seconds)),
    docs_s: Number(f1(docSeconds)),
    articles_s: Number(f1(articleSeconds)),
    backfill_s: Number(f1(backfillSeconds)),
    docs_with_text: withText,
    text_mb: Number(mb(textBytes)),
    relations,
  }
  console.log(
    `  generated ${DOCS} legal documents (${withText} with full text, ${mb(textBytes)} MB of text; ${relations} relations) ` +
      `in ${f1(docSeconds)} s, ${ARTICLES} articles in ${f1(articleSeconds)} s, publication log backfill ` +
      `${f1(backfillSeconds)} s; total ${f1(seconds)} s`,
  )
  fs.writeFileSync(out, JSON.stringify(figures))
  await payload.db.destroy?.()
}

// ---------------------------------------------------------------------------------------------
// HTTP glue: a node:http server calling App Router route handlers in-process, gzip like Next.js.

type Route = (request: Request, url: URL) => Promise<Response | null> | Response | null

async function readBody(req: http.IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const c of req) chunks.push(c as Buffer)
  return Buffer.concat(chunks)
}

function serveRoutes(port: number, routes: Route[]): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`)
      const body = req.method === 'GET' || req.method === 'HEAD' ? undefined : await readBody(req)
      const headers = new Headers()
      for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers.set(k, v)
      headers.set('x-real-ip', '127.0.0.1')
      const request = new Request(url, { method: req.method, headers, body: body ? new Uint8Array(body) : undefined })
      let response: Response | null = null
      for (const route of routes) {
        response = await route(request, url)
        if (response) break
      }
      response ??= Response.json({ error: 'not found' }, { status: 404 })
      let out: Buffer = Buffer.from(await response.arrayBuffer())
      const outHeaders: Record<string, string> = {}
      response.headers.forEach((v, k) => (outHeaders[k] = v))
      // What `next start` does by default (compression, gzip level 6, above 1 KB).
      if (/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')) && out.length > 1024) {
        out = zlib.gzipSync(out)
        outHeaders['content-encoding'] = 'gzip'
      }
      outHeaders['content-length'] = String(out.length)
      res.writeHead(response.status, outHeaders)
      res.end(out)
    })().catch((err: unknown) => {
      console.error(err)
      if (!res.headersSent) res.writeHead(500)
      res.end()
    })
  })
  server.keepAliveTimeout = 60_000
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)))
}

/** Starts Payload on DATABASE_URL (migrating it when asked) in this child process. */
async function bootPayload(migrate: boolean): Promise<Payload> {
  const { getPayload } = await import('payload')
  const { default: config } = await import('../src/payload.config')
  const payload = await getPayload({ config })
  if (migrate) {
    const dialect = (payload.db as { name?: string }).name === 'postgres' ? 'postgres' : 'sqlite'
    const { migrations } =
      dialect === 'postgres' ? await import('../src/migrations/postgres') : await import('../src/migrations/sqlite')
    type Migrations = NonNullable<Parameters<typeof payload.db.migrate>[0]>['migrations']
    await payload.db.migrate({ migrations: migrations as unknown as Migrations })
  }
  return payload
}

const send = (msg: unknown) => process.send?.(msg)

// ---------------------------------------------------------------------------------------------
// Child role "serve": the source portal's open API and change feed.

async function serveSource(): Promise<void> {
  const port = Number(process.env.PORT)
  const payload = await bootPayload(false)
  const list = await import('../src/app/api/open/v1/[type]/route')
  const changes = await import('../src/app/api/open/v1/changes/route')
  const { scheduledTasks } = await import('../src/modules')
  // A key with a limit above the export's request rate (the anonymous limit is 120 a minute).
  const client = (await payload.create({
    collection: 'api-clients',
    data: { name: 'Thử tải đồng bộ', rateLimit: 100_000 },
    overrideAccess: true,
  })) as { issuedKey?: string }
  let section = 0
  let ticking: NodeJS.Timeout | null = null
  const tasks = scheduledTasks().filter((t) => /webhook/i.test(t.name))
  const routes: Route[] = [
    async (request, url) => {
      if (url.pathname === '/__bench/info') {
        const count = async (collection: 'articles' | 'legal-documents') =>
          (
            await payload.count({
              collection,
              where: { workflowState: { equals: 'published' } },
              overrideAccess: true,
            })
          ).totalDocs
        return Response.json({
          peakRssMb: peakRssMb(),
          rssMb: Math.round(process.memoryUsage().rss / 1024 / 1024),
          articles: await count('articles'),
          legalDocuments: await count('legal-documents'),
        })
      }
      if (url.pathname === '/__bench/publish' && request.method === 'POST') {
        const n = Number(url.searchParams.get('n') ?? 0)
        section ||= Number(
          (await payload.find({ collection: 'sections', limit: 1, depth: 0, overrideAccess: true })).docs[0]?.id,
        )
        // An editor's publish, written as the system (the bench has no editor session).
        const doc = await payload.create({
          collection: 'articles',
          data: {
            title: `Tin thử tải đồng bộ số ${n}: Sở Tư pháp tổ chức hội nghị phổ biến pháp luật`,
            summary: 'Tin ngắn để đo thời gian từ lúc công bố đến lúc trang theo dõi nhận được.',
            body: {
              root: {
                type: 'root',
                version: 1,
                direction: 'ltr',
                format: '',
                indent: 0,
                children: [
                  {
                    type: 'paragraph',
                    version: 1,
                    direction: 'ltr',
                    format: '',
                    indent: 0,
                    textFormat: 0,
                    textStyle: '',
                    children: [
                      {
                        type: 'text',
                        version: 1,
                        text: 'Hội nghị phổ biến Luật Đất đai năm 2024 cho cán bộ, công chức cấp xã.',
                        format: 0,
                        style: '',
                        mode: 'normal',
                        detail: 0,
                      },
                    ],
                  },
                ],
              },
            },
            section,
          },
          overrideAccess: true,
          depth: 0,
          context: {
            disableNotifications: true,
            systemAction: { action: 'publish', byName: 'Thử tải đồng bộ' },
          },
        })
        return Response.json({ id: doc.id, at: Date.now() })
      }
      if (url.pathname === '/__bench/deliveries') {
        const { docs } = await payload.find({
          collection: 'webhook-deliveries',
          limit: 1000,
          depth: 0,
          pagination: false,
          overrideAccess: true,
        })
        const byStatus: Record<string, number> = {}
        for (const d of docs as { status?: string }[]) byStatus[d.status ?? '?'] = (byStatus[d.status ?? '?'] ?? 0) + 1
        const errors = [...new Set((docs as { lastError?: string | null }[]).map((d) => d.lastError).filter(Boolean))]
        return Response.json({ byStatus, errors: errors.slice(0, 3) })
      }
      if (url.pathname === '/__bench/subscribe' && request.method === 'POST') {
        const {
          url: target,
          secret,
          tickMs,
        } = (await request.json()) as { url: string; secret: string; tickMs: number }
        await payload.create({
          collection: 'webhook-subscriptions',
          data: { name: 'Trang theo dõi (thử tải)', url: target, newSecret: secret, active: true },
          overrideAccess: true,
        })
        // The portal's scheduler (src/instrumentation.ts) runs the delivery task every tick.
        ticking ??= setInterval(() => {
          void (async () => {
            for (const task of tasks) await task.run(payload, new Date())
          })().catch((err: unknown) => console.error(err))
        }, tickMs)
        return Response.json({ tasks: tasks.map((t) => t.name) })
      }
      return null
    },
    (request, url) => (url.pathname === '/api/open/v1/changes' ? changes.GET(request) : null),
    (request, url) => {
      const m = /^\/api\/open\/v1\/([a-z-]+)$/.exec(url.pathname)
      return m ? list.GET(request, { params: Promise.resolve({ type: m[1]! }) }) : null
    },
  ]
  await serveRoutes(port, routes)
  send({ ready: true, apiKey: client.issuedKey })
}

// ---------------------------------------------------------------------------------------------
// Child role "follow": the follower portal, driven by the parent over IPC.

type Command =
  | { cmd: 'sync' }
  | { cmd: 'poll'; intervalMs: number }
  | { cmd: 'watch'; id: number; timeoutMs: number }
  | { cmd: 'webhook'; port: number; secret: string }
  | { cmd: 'quiet' }

async function follow(): Promise<void> {
  const payload = await bootPayload(true)
  const { pullSource } = await import('../src/modules/data-exchange/sync/follower')
  const { baseUrl, apiKey } = JSON.parse(process.env.BENCH_SYNC_SOURCE ?? '{}') as { baseUrl: string; apiKey: string }
  // The administrator's set-up of a source, written as the system.
  const source = await payload.create({
    collection: 'sync-sources',
    data: {
      name: 'Sở Tư pháp tỉnh Long An (nguồn thử tải)',
      baseUrl,
      newApiKey: apiKey,
      types: ['articles', 'legal-documents'],
      intervalSeconds: 60,
      enabled: true,
    },
    overrideAccess: true,
  })
  let polling: NodeJS.Timeout | null = null
  let pulling: Promise<unknown> | null = null
  const pullOnce = () => (pulling ??= pullSource(payload, source.id, {}).finally(() => (pulling = null)))
  const count = async (collection: 'articles' | 'legal-documents' | 'sync-records') =>
    (
      await payload.count({
        collection,
        where: collection === 'sync-records' ? {} : { workflowState: { equals: 'published' } },
        overrideAccess: true,
      })
    ).totalDocs

  const handle = async (msg: Command): Promise<unknown> => {
    if (msg.cmd === 'sync') {
      const started = performance.now()
      let items = 0
      let pages = 0
      let rejected = 0
      let conflicts = 0
      const failures: string[] = []
      let last = started
      for (;;) {
        const result = await pullSource(payload, source.id, { budgetMs: 30_000 })
        if (!result.ran || result.error) {
          // As the scheduler would at its next tick: try again a few times, then give up.
          failures.push(String(result.skipped ?? result.error))
          console.log(`    follower: pullSource failed (${failures.at(-1)}); retrying in 2 s`)
          if (failures.length > 5) throw new Error(`pullSource: ${failures.join(' | ')}`)
          await sleep(2000)
          continue
        }
        items += result.items
        pages += result.pages
        rejected += result.rejected
        conflicts += result.conflicts
        if (performance.now() - last > 15_000) {
          last = performance.now()
          const s = (last - started) / 1000
          const { rss, heapUsed } = process.memoryUsage()
          const mb = (n: number) => Math.round(n / 1024 / 1024)
          console.log(
            `    follower: ${items} items in ${f1(s)} s (${Math.round(items / s)}/s), RSS ${mb(rss)} MB, heap ${mb(heapUsed)} MB`,
          )
        }
        if (!result.hasMore) break
      }
      const seconds = (performance.now() - started) / 1000
      const state = (await payload.findByID({
        collection: 'sync-sources',
        id: source.id,
        depth: 0,
        overrideAccess: true,
      })) as { lastError?: string | null }
      if (state.lastError) console.log(`    follower's last error: ${state.lastError.slice(0, 1500)}`)
      if (rejected > 0) {
        const { docs } = await payload.find({
          collection: 'sync-conflicts',
          where: { kind: { equals: 'rejected' } },
          limit: 5,
          depth: 0,
          overrideAccess: true,
        })
        for (const d of docs as { title?: string; reason?: string }[])
          console.log(`    rejected by the follower: ${d.title?.slice(0, 90)}: ${d.reason}`)
      }
      return {
        seconds,
        items,
        pages,
        peakRssMb: peakRssMb(),
        articles: await count('articles'),
        legalDocuments: await count('legal-documents'),
        syncRecords: await count('sync-records'),
        rejected,
        conflicts,
        failedPulls: failures.length,
      }
    }
    if (msg.cmd === 'poll') {
      if (polling) clearInterval(polling)
      polling = setInterval(() => void pullOnce().catch((err: unknown) => console.error(err)), msg.intervalMs)
      return { ok: true }
    }
    if (msg.cmd === 'quiet') {
      if (polling) clearInterval(polling)
      polling = null
      await pulling
      return { ok: true }
    }
    if (msg.cmd === 'watch') {
      const until = Date.now() + msg.timeoutMs
      while (Date.now() < until) {
        const { docs } = await payload.find({
          collection: 'sync-records',
          where: { and: [{ entityType: { equals: 'articles' } }, { sourceId: { equals: msg.id } }] },
          limit: 1,
          depth: 0,
          overrideAccess: true,
        })
        const localId = (docs[0] as { localId?: number | string } | undefined)?.localId
        if (localId) {
          const local = await payload.findByID({
            collection: 'articles',
            id: Number(localId),
            depth: 0,
            overrideAccess: true,
            disableErrors: true,
          })
          if (local?.workflowState === 'published') return { visibleAt: Date.now() }
        }
        await sleep(20)
      }
      const state = (await payload.findByID({
        collection: 'sync-sources',
        id: source.id,
        depth: 0,
        overrideAccess: true,
      })) as { lastRunAt?: string | null; lastError?: string | null }
      return { visibleAt: null, lastRunAt: state.lastRunAt ?? null, lastError: state.lastError ?? null }
    }
    if (msg.cmd === 'webhook') {
      // The route (src/app/api/dong-bo/webhook/[sourceId]/route.ts) hands the pull to Next's after();
      // here the same function runs it right after the answer is sent.
      const { receiveWebhook } = await import('../src/modules/data-exchange/sync/webhook')
      await payload.update({
        collection: 'sync-sources',
        id: source.id,
        data: { newWebhookSecret: msg.secret },
        overrideAccess: true,
      })
      await serveRoutes(msg.port, [
        (request, url) => {
          const m = /^\/api\/dong-bo\/webhook\/(\d+)$/.exec(url.pathname)
          return m
            ? receiveWebhook(request, payload, m[1]!, (task) => {
                setTimeout(() => void task(), 0)
              })
            : null
        },
      ])
      return { url: `http://127.0.0.1:${msg.port}/api/dong-bo/webhook/${source.id}` }
    }
    return null
  }
  // A normal exit on SIGTERM, so --cpu-prof (BENCH_SYNC_CPU_PROF) gets to write its profile.
  process.on('SIGTERM', () => process.exit(0))
  process.on('message', (msg: Command & { seq: number }) => {
    handle(msg).then(
      (result) => send({ seq: msg.seq, result }),
      (err: unknown) => send({ seq: msg.seq, error: String(err instanceof Error ? (err.stack ?? err) : err) }),
    )
  })
  send({ ready: true })
}

// ---------------------------------------------------------------------------------------------
// Parent: databases, children, the export client, the measurements.

type Child = {
  proc: ChildProcess
  ready: Promise<Record<string, unknown>>
  call: (msg: Record<string, unknown>) => Promise<Record<string, unknown>>
  stop: () => Promise<void>
}

function startChild(role: string, env: Record<string, string>): Child {
  // BENCH_SYNC_CPU_PROF=<dir>: the follower writes a V8 CPU profile there when it exits;
  // BENCH_SYNC_HEAP_PROF=<dir>: a sampling heap profile (what is still held at exit, by allocation site).
  const follower = role === 'follow'
  const cpu = follower && process.env.BENCH_SYNC_CPU_PROF
  const heap = follower && process.env.BENCH_SYNC_HEAP_PROF
  const flags = [
    ...(cpu ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_SYNC_CPU_PROF}`] : []),
    ...(heap ? ['--heap-prof', `--heap-prof-dir=${process.env.BENCH_SYNC_HEAP_PROF}`] : []),
  ]
  const proc = spawn(process.execPath, [...process.execArgv, ...flags, process.argv[1]!], {
    env: { ...process.env, ...env, BENCH_SYNC_ROLE: role },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  })
  let seq = 0
  const waiting = new Map<number, { resolve: (v: Record<string, unknown>) => void; reject: (e: Error) => void }>()
  let exited = false
  let stopping = false
  const exit = new Promise<void>((resolve) =>
    proc.on('exit', (code, signal) => {
      exited = true
      if (!stopping) console.log(`  !! the ${role} process ended unexpectedly (exit ${code}, signal ${signal})`)
      for (const w of waiting.values()) w.reject(new Error(`${role} exited (${code})`))
      resolve()
    }),
  )
  const ready = new Promise<Record<string, unknown>>((resolve, reject) => {
    proc.on('message', (m: { ready?: boolean; seq?: number; result?: Record<string, unknown>; error?: string }) => {
      if (m.ready) return resolve(m as Record<string, unknown>)
      const w = waiting.get(m.seq ?? -1)
      if (!w) return
      waiting.delete(m.seq!)
      if (m.error) w.reject(new Error(m.error))
      else w.resolve(m.result ?? {})
    })
    void exit.then(() => reject(new Error(`${role} exited before it was ready`)))
  })
  return {
    proc,
    ready,
    call: (msg) =>
      new Promise((resolve, reject) => {
        const n = ++seq
        waiting.set(n, { resolve, reject })
        proc.send({ ...msg, seq: n })
      }),
    stop: async () => {
      stopping = true
      if (!exited) proc.kill('SIGTERM')
      await exit
    },
  }
}

function runToEnd(role: string, env: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [...process.execArgv, process.argv[1]!], {
      env: { ...process.env, ...env, BENCH_SYNC_ROLE: role },
      stdio: ['ignore', 'inherit', 'inherit'],
    })
    proc.on('error', reject)
    proc.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${role} failed (exit ${code})`))))
  })
}

async function pgQuery(sql: string, params: unknown[] = []): Promise<pg.QueryResult> {
  const c = new pg.Client({ connectionString: ADMIN_PG, connectionTimeoutMillis: 3000 })
  await c.connect()
  try {
    return await c.query(sql, params)
  } finally {
    await c.end()
  }
}

const pgUrl = (name: string) => {
  const url = new URL(ADMIN_PG)
  url.pathname = `/${name}`
  return url.toString()
}

/** The cache key: generator version, sizes and every migration of the dialect. */
function cacheKey(dialect: Dialect): string {
  const hash = createHash('sha256').update(`${GENERATOR_VERSION}|${DOCS}|${ARTICLES}|${dialect}`)
  const dir = path.join(root, 'src', 'migrations', dialect)
  for (const f of fs.readdirSync(dir).sort()) hash.update(f).update(fs.readFileSync(path.join(dir, f)))
  return hash.digest('hex').slice(0, 12)
}

type Db = { url: string; drop: () => Promise<void> }

/** The generated source database, built once per key; each run gets a copy. */
async function sourceCopy(dialect: Dialect, tmp: string): Promise<Db & { figures: Figures; cached: boolean }> {
  fs.mkdirSync(CACHE, { recursive: true })
  const key = cacheKey(dialect)
  const meta = path.join(CACHE, `${dialect}-${DOCS}-${ARTICLES}-${key}.json`)
  const name = `pbgdpl_bench_sync_${key}`
  const file = path.join(CACHE, `source-${DOCS}-${ARTICLES}-${key}.db`)
  const exists =
    fs.existsSync(meta) &&
    (dialect === 'sqlite'
      ? fs.existsSync(file)
      : (await pgQuery('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount === 1)
  if (!exists) {
    console.log(`  building the source database (key ${key}); it is kept for the next runs`)
    const out = `${meta}.tmp`
    if (dialect === 'sqlite') {
      const building = `${file}.building`
      for (const f of [building, `${building}-wal`, `${building}-shm`]) fs.rmSync(f, { force: true })
      await runToEnd('prepare', { DATABASE_URL: `file:${building}`, BENCH_SYNC_OUT: out })
      for (const f of [`${building}-wal`, `${building}-shm`]) fs.rmSync(f, { force: true })
      fs.renameSync(building, file)
    } else {
      const building = `${name}_building`
      await pgQuery(`DROP DATABASE IF EXISTS "${building}" WITH (FORCE)`)
      await pgQuery(`CREATE DATABASE "${building}"`)
      await runToEnd('prepare', { DATABASE_URL: pgUrl(building), BENCH_SYNC_OUT: out })
      await pgQuery(`ALTER DATABASE "${building}" RENAME TO "${name}"`)
    }
    fs.renameSync(out, meta)
  }
  const figures = JSON.parse(fs.readFileSync(meta, 'utf8')) as Figures
  if (dialect === 'sqlite') {
    const copy = path.join(tmp, 'source.db')
    fs.copyFileSync(file, copy)
    return { url: `file:${copy}`, drop: async () => undefined, figures, cached: exists }
  }
  const work = `${name}_run_${process.pid}`
  await pgQuery(`CREATE DATABASE "${work}" TEMPLATE "${name}"`)
  return {
    url: pgUrl(work),
    drop: async () => void (await pgQuery(`DROP DATABASE IF EXISTS "${work}" WITH (FORCE)`)),
    figures,
    cached: exists,
  }
}

async function emptyDatabase(dialect: Dialect, tmp: string): Promise<Db> {
  if (dialect === 'sqlite') return { url: `file:${path.join(tmp, 'follower.db')}`, drop: async () => undefined }
  const name = `pbgdpl_bench_sync_follower_${process.pid}`
  await pgQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
  await pgQuery(`CREATE DATABASE "${name}"`)
  return { url: pgUrl(name), drop: async () => void (await pgQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)) }
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 1 })

/** GET with gzip, counting the bytes on the wire and decoded. */
function getJson(
  url: string,
  apiKey: string,
): Promise<{ wire: number; decoded: number; body: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { agent, headers: { 'accept-encoding': 'gzip', 'x-api-key': apiKey } }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('error', reject)
      res.on('end', () => {
        const raw = Buffer.concat(chunks)
        const text = res.headers['content-encoding'] === 'gzip' ? zlib.gunzipSync(raw) : raw
        if (res.statusCode !== 200)
          return reject(new Error(`${url}: ${res.statusCode} ${text.toString().slice(0, 300)}`))
        resolve({
          wire: raw.length,
          decoded: text.length,
          body: JSON.parse(text.toString('utf8')) as Record<string, unknown>,
        })
      })
    })
    req.on('error', reject)
  })
}

async function postJson(url: string, body: unknown = {}): Promise<Record<string, unknown>> {
  const res = await fetch(url, {
    method: 'POST',
    body: JSON.stringify(body),
    headers: { 'content-type': 'application/json' },
  })
  if (!res.ok) throw new Error(`${url}: ${res.status} ${(await res.text()).slice(0, 300)}`)
  return (await res.json()) as Record<string, unknown>
}

type Paged = { records: number; pages: number; wire: number; decoded: number; seconds: number; pageMs: number[] }

async function exportList(base: string, apiKey: string, type: string): Promise<Paged> {
  const started = performance.now()
  const out: Paged = { records: 0, pages: 0, wire: 0, decoded: 0, seconds: 0, pageMs: [] }
  let cursor: string | null = null
  const progress = progressLog(`/${type}`)
  do {
    const url = `${base}/api/open/v1/${type}?limit=${LIST_LIMIT}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`
    const t = performance.now()
    const { wire, decoded, body } = await getJson(url, apiKey)
    out.pageMs.push(performance.now() - t)
    out.records += (body.data as unknown[]).length
    out.pages++
    out.wire += wire
    out.decoded += decoded
    progress(out.records)
    cursor = body.next as string | null
  } while (cursor)
  out.seconds = (performance.now() - started) / 1000
  return out
}

/** A progress line every 30 s, for the long runs. */
function progressLog(label: string): (done: number) => void {
  const started = performance.now()
  let last = started
  return (done) => {
    const now = performance.now()
    if (now - last < 30_000) return
    last = now
    const s = (now - started) / 1000
    console.log(
      `    … ${label}: ${done} in ${f1(s)} s (${Math.round(done / s)}/s, load ${os.loadavg()[0]!.toFixed(1)})`,
    )
  }
}

async function exportFeed(base: string, apiKey: string): Promise<Paged & { withRecord: number }> {
  const started = performance.now()
  const out = { records: 0, pages: 0, wire: 0, decoded: 0, seconds: 0, withRecord: 0, pageMs: [] as number[] }
  let cursor: string | null = null
  const progress = progressLog('/changes')
  for (;;) {
    const url = `${base}/api/open/v1/changes?limit=${FEED_LIMIT}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`
    const t = performance.now()
    const { wire, decoded, body } = await getJson(url, apiKey)
    out.pageMs.push(performance.now() - t)
    progress(out.records)
    const items = body.items as { record: unknown }[]
    out.records += items.length
    out.withRecord += items.filter((i) => i.record).length
    out.pages++
    out.wire += wire
    out.decoded += decoded
    cursor = body.next as string
    if (!body.hasMore) break
  }
  out.seconds = (performance.now() - started) / 1000
  return out
}

const line = (label: string, p: Paged) => {
  const sorted = [...p.pageMs].sort((a, b) => a - b)
  return (
    `  ${label.padEnd(30)} ${String(p.records).padStart(7)} records, ${String(p.pages).padStart(5)} pages in ` +
    `${f1(p.seconds).padStart(6)} s = ${String(Math.round(p.records / p.seconds)).padStart(5)} records/s ` +
    `(page p50 ${Math.round(percentile(sorted, 50))} ms, p95 ${Math.round(percentile(sorted, 95))} ms); ` +
    `${mb(p.wire)} MB on the wire (gzip), ${mb(p.decoded)} MB JSON`
  )
}

async function latency(
  label: string,
  server: string,
  follower: Child,
  spacingMs: number,
  timeoutMs: number,
  rnd: () => number,
  start: number,
): Promise<{ p50: number; p95: number; missed: number; all: number[] }> {
  const all: number[] = []
  let missed = 0
  let inRow = 0
  for (let i = 0; i < PUBLISHES; i++) {
    if (inRow >= 3) {
      console.log(`    3 publishes in a row never reached the follower: stopping this part after ${i}`)
      break
    }
    // A random phase against the follower's timer, as a real editor's publish has.
    await sleep(Math.floor(rnd() * spacingMs))
    const published = await postJson(`${server}/__bench/publish?n=${start + i}`)
    const seen = await follower.call({ cmd: 'watch', id: published.id, timeoutMs })
    inRow = typeof seen.visibleAt === 'number' ? 0 : inRow + 1
    if (typeof seen.visibleAt !== 'number') {
      missed++
      console.log(
        `    article ${String(published.id)} not seen on the follower; its last pull ${String(seen.lastRunAt)}, ` +
          `last error ${String(seen.lastError)}`,
      )
    } else all.push(seen.visibleAt - Number(published.at))
  }
  const sorted = [...all].sort((a, b) => a - b)
  const p50 = percentile(sorted, 50)
  const p95 = percentile(sorted, 95)
  console.log(
    `  ${label.padEnd(44)} p50 ${f1(p50 / 1000)} s, p95 ${f1(p95 / 1000)} s, min ${f1((sorted[0] ?? 0) / 1000)} s, ` +
      `max ${f1((sorted.at(-1) ?? 0) / 1000)} s over ${all.length} publishes${missed ? `, ${missed} NOT SEEN within ${timeoutMs / 1000} s` : ''}`,
  )
  return { p50, p95, missed, all }
}

async function runDialect(dialect: Dialect, port: number): Promise<{ figures: Figures; ok: boolean }> {
  const r: Figures = {}
  let ok = true
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), `pbgdpl-bench-sync-${dialect}-`))
  console.log(
    `\n[${dialect}] load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  )
  const source = await sourceCopy(dialect, tmp)
  const cachedNote = source.cached ? ' (cached from an earlier run)' : ''
  console.log(
    `  source: ${DOCS} legal documents (${source.figures.docs_with_text} with full text), ${ARTICLES} articles; ` +
      `generated in ${source.figures.seed_s} s incl. publication log backfill ${source.figures.backfill_s} s${cachedNote}`,
  )
  r.seed_s = source.figures.seed_s!
  r.backfill_s = source.figures.backfill_s!
  const children: Child[] = []
  const dbs: Db[] = [source]
  try {
    const base = `http://127.0.0.1:${port}`
    const common = {
      PAYLOAD_SECRET: SECRET,
      NODE_OPTIONS: '--no-deprecation',
      SCHEDULER: 'off',
      UPLOAD_DIR: path.join(tmp, 'uploads'),
      LOG_LEVEL: 'warn',
    }
    const server = startChild('serve', { ...common, DATABASE_URL: source.url, PORT: String(port), PUBLIC_URL: base })
    children.push(server)
    const { apiKey } = (await server.ready) as { apiKey: string }

    // (3) Full export over HTTP.
    const rssBefore = peakRssMb()
    const docs = await exportList(base, apiKey, 'legal-documents')
    console.log(line('export /legal-documents', docs))
    const arts = await exportList(base, apiKey, 'articles')
    console.log(line('export /articles', arts))
    const feed = await exportFeed(base, apiKey)
    console.log(line(`export /changes (limit ${FEED_LIMIT})`, feed))
    const info = (await (await fetch(`${base}/__bench/info`)).json()) as Record<string, number>
    const listSeconds = docs.seconds + arts.seconds
    const listRecords = docs.records + arts.records
    console.log(
      `  open API total: ${listRecords} records in ${f1(listSeconds)} s (${Math.round(listRecords / listSeconds)} records/s), ` +
        `${mb(docs.wire + arts.wire)} MB gzip / ${mb(docs.decoded + arts.decoded)} MB JSON; ` +
        `avg legal document ${Math.round(docs.decoded / docs.records)} B, article ${Math.round(arts.decoded / arts.records)} B`,
    )
    console.log(
      `  peak RSS: server ${info.peakRssMb} MB (now ${info.rssMb} MB), client ${peakRssMb()} MB (at start ${rssBefore} MB)`,
    )
    if (listRecords !== DOCS + ARTICLES || feed.withRecord !== DOCS + ARTICLES) {
      console.log(
        `  !! export counts differ from the source: lists ${listRecords}, feed ${feed.withRecord}, expected ${DOCS + ARTICLES}`,
      )
      ok = false
    }
    Object.assign(r, {
      export_list_s: Number(f1(listSeconds)),
      export_list_rps: Math.round(listRecords / listSeconds),
      export_list_wire_mb: Number(mb(docs.wire + arts.wire)),
      export_list_json_mb: Number(mb(docs.decoded + arts.decoded)),
      export_docs_rps: Math.round(docs.records / docs.seconds),
      export_articles_rps: Math.round(arts.records / arts.seconds),
      export_feed_s: Number(f1(feed.seconds)),
      export_feed_rps: Math.round(feed.records / feed.seconds),
      export_feed_items: feed.records,
      export_feed_wire_mb: Number(mb(feed.wire)),
      export_feed_json_mb: Number(mb(feed.decoded)),
      export_server_peak_rss_mb: info.peakRssMb!,
      export_client_peak_rss_mb: peakRssMb(),
    })
    if (process.env.BENCH_SYNC_SKIP_SYNC === '1') return { figures: r, ok }

    // (4) Full sync into an empty database.
    console.log(
      `  load average before the sync ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}`,
    )
    const empty = await emptyDatabase(dialect, tmp)
    dbs.push(empty)
    const follower = startChild('follow', {
      ...common,
      DATABASE_URL: empty.url,
      PORT: String(port + 1),
      PUBLIC_URL: `http://127.0.0.1:${port + 1}`,
      BENCH_SYNC_SOURCE: JSON.stringify({ baseUrl: base, apiKey }),
    })
    children.push(follower)
    await follower.ready
    const synced = (await follower.call({ cmd: 'sync' })) as Record<string, number>
    const after = (await (await fetch(`${base}/__bench/info`)).json()) as Record<string, number>
    const total = synced.articles! + synced.legalDocuments!
    console.log(
      `  full sync: ${synced.items} feed items (${synced.pages} pages) in ${f1(synced.seconds!)} s = ` +
        `${Math.round(synced.items! / synced.seconds!)} items/s; follower peak RSS ${synced.peakRssMb} MB, ` +
        `source server peak RSS ${after.peakRssMb} MB`,
    )
    const match = synced.articles === after.articles && synced.legalDocuments === after.legalDocuments
    console.log(
      `  counts: source ${after.legalDocuments} legal documents + ${after.articles} articles; follower ` +
        `${synced.legalDocuments} + ${synced.articles} published (${synced.syncRecords} sync records, ` +
        `${synced.rejected} rejected, ${synced.conflicts} conflicts; ${synced.failedPulls} failed pulls retried): ` +
        (match ? 'match' : 'DO NOT MATCH'),
    )
    if (!match || synced.rejected) ok = false
    Object.assign(r, {
      sync_s: Number(f1(synced.seconds!)),
      sync_rps: Math.round(total / synced.seconds!),
      sync_items: synced.items!,
      sync_rejected: synced.rejected!,
      sync_follower_peak_rss_mb: synced.peakRssMb!,
      sync_server_peak_rss_mb: after.peakRssMb!,
      counts_match: match ? 'yes' : 'no',
    })

    // (5) Publish → visible on the follower.
    const rnd = random(7)
    await follower.call({ cmd: 'poll', intervalMs: INTERVAL_S * 1000 })
    const polled = await latency(
      `latency, polling every ${INTERVAL_S} s:`,
      base,
      follower,
      INTERVAL_S * 1000,
      INTERVAL_S * 3000 + 30_000,
      rnd,
      1,
    )
    await follower.call({ cmd: 'quiet' })
    Object.assign(r, {
      poll_p50_ms: Math.round(polled.p50),
      poll_p95_ms: Math.round(polled.p95),
      poll_missed: polled.missed,
    })
    if (polled.missed) ok = false

    const tickS = Math.max(2, Number(process.env.SCHEDULER_INTERVAL_SECONDS || 15))
    const secret = randomBytes(32).toString('base64url')
    const { url } = (await follower.call({ cmd: 'webhook', port: port + 2, secret })) as { url: string }
    const sub = await postJson(`${base}/__bench/subscribe`, { url, secret, tickMs: tickS * 1000 })
    console.log(
      `  webhook: source delivery task(s) ${JSON.stringify(sub.tasks)} every ${tickS} s (the scheduler's tick)`,
    )
    const pushed = await latency(
      `latency, webhook nudge (no polling):`,
      base,
      follower,
      tickS * 1000,
      tickS * 3000 + 30_000,
      rnd,
      1 + PUBLISHES,
    )
    Object.assign(r, {
      webhook_p50_ms: Math.round(pushed.p50),
      webhook_p95_ms: Math.round(pushed.p95),
      webhook_missed: pushed.missed,
      webhook_tick_s: tickS,
    })
    const deliveries = await (await fetch(`${base}/__bench/deliveries`)).json()
    console.log(`  webhook deliveries at the source: ${JSON.stringify(deliveries)}`)
    if (pushed.missed) ok = false
    return { figures: r, ok }
  } finally {
    for (const c of children.reverse()) await c.stop()
    for (const d of dbs) await d.drop().catch((err: unknown) => console.error(err))
    fs.rmSync(tmp, { recursive: true, force: true })
  }
}

async function postgresReachable(): Promise<boolean> {
  try {
    await pgQuery('SELECT 1')
    return true
  } catch {
    return false
  }
}

async function main(): Promise<void> {
  const role = process.env.BENCH_SYNC_ROLE
  if (role === 'prepare') return prepare(process.env.BENCH_SYNC_OUT!)
  if (role === 'serve') return serveSource()
  if (role === 'follow') return follow()
  const wanted = process.env.BENCH_SYNC_DB ?? process.env.BENCH_DB ?? 'both'
  const dialects: Dialect[] = []
  if (wanted !== 'postgres') dialects.push('sqlite')
  let postgres = 'skipped (BENCH_SYNC_DB=sqlite)'
  if (wanted !== 'sqlite') {
    if (await postgresReachable()) {
      dialects.push('postgres')
      postgres = 'yes'
    } else postgres = 'no (not answering at 127.0.0.1:5432)'
  }
  console.log(
    `Sync benchmark: ${DOCS} legal documents + ${ARTICLES} articles; databases: ${dialects.join(', ')}; ` +
      `PostgreSQL: ${postgres}. Server: the open API's and change feed's route handlers in-process behind node:http ` +
      `(gzip), not \`next start\`; client and follower on the same ${os.cpus().length} cores.`,
  )
  const results: Record<string, Figures> = {}
  let ok = true
  let port = Number(process.env.BENCH_SYNC_PORT || 3460)
  for (const d of dialects) {
    const { figures, ok: good } = await runDialect(d, port)
    results[d] = figures
    ok &&= good
    port += 10
  }
  const fields = Object.entries(results).flatMap(([d, figures]) =>
    Object.entries(figures).map(([k, v]) => `${d}_${k}=${v}`),
  )
  console.log(
    `RESULT docs=${DOCS} articles=${ARTICLES} postgres=${postgres.split(' ')[0]} ok=${ok ? 'yes' : 'no'} ${fields.join(' ')}`,
  )
  if (!ok) process.exitCode = 1
}

main().then(
  () => {
    // Children keep their servers open until the parent stops them; the parent ends here.
    if (!process.env.BENCH_SYNC_ROLE || process.env.BENCH_SYNC_ROLE === 'prepare') process.exit(process.exitCode ?? 0)
  },
  (err: unknown) => {
    console.error(err)
    process.exit(1)
  },
)
