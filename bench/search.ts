/**
 * npm run bench:search — retrieval quality and latency of the site search engine.
 *
 * (1) Quality: for ALQAC 2022 (dev, test) and ALQAC 2023 (train, test), every article of law.json is
 *     one entry; each question is a query; prints Recall@1/5/10 and MRR@10 for our engine on SQLite
 *     and on PostgreSQL (when it answers), a plain SQLite FTS5 (unicode61 remove_diacritics 2, bm25)
 *     and MiniSearch with its defaults. Ranking was tuned on alqac2022 dev and alqac2023 train only.
 * (2) Latency: BENCH_SEARCH_ENTRIES entries (default 100,000: every real article, then synthetic
 *     ones recombined from real sentences), indexed into each database in process; build time,
 *     database size, p50/p95 of real ALQAC questions and of short keyword queries.
 *
 * Env: BENCH_SEARCH_ENTRIES (100000), BENCH_SEARCH_QUERIES (300 per kind), BENCH_POSTGRES_URL
 * (postgres://postgres@127.0.0.1:5432/postgres), BENCH_SEARCH_SKIP=latency|quality,
 * BENCH_SEARCH_DB=sqlite|postgres (latency on that database only; sqlite also leaves PostgreSQL
 * out of the quality part).
 * Prints figures; never asserts. Last line: RESULT key=value …
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { createClient, type Client } from '@libsql/client'
import MiniSearch from 'minisearch'
import pg from 'pg'
import {
  createEngine,
  postgresExecutor,
  sqliteExecutor,
  type SearchEngine,
  type SearchEntry,
} from '@/modules/search/engine'
import { readAlqacLaws } from '@/modules/legal-documents/parse/alqac'
import { SEGMENT_MAX_DOCS } from '@/modules/search/engine/writer'

const DATA = process.env.SHARED_DATA_DIR || path.resolve(import.meta.dirname, '../../shared/data')

type Question = { uid: string; question: string; relevant: string[] }
type Benchmark = { name: string; entries: SearchEntry[]; splits: Array<{ split: string; questions: Question[] }> }

/** ALQAC 2022 cites laws by number; the site would show their names. */
const TITLES_2022: Record<string, string> = {
  '91/2015/QH13': 'Bộ luật Dân sự',
  '24/2018/QH14': 'Luật An ninh mạng',
  '45/2019/QH14': 'Bộ luật Lao động',
  '01/VBHN-VPQH': 'Bộ luật Hình sự',
}

const articleKey = (law: string, article: string) => `alqac:${law}:dieu-${article}`

function lawEntries(year: '2022' | '2023'): SearchEntry[] {
  const json: unknown = JSON.parse(fs.readFileSync(path.join(DATA, `legal-retrieval/alqac${year}/law.json`), 'utf8'))
  const read = readAlqacLaws(json)
  if (!read.ok) throw new Error(read.message)
  const entries: SearchEntry[] = []
  for (const law of read.laws) {
    const title = law.title ?? TITLES_2022[law.docId] ?? law.docId
    for (const article of law.articles) {
      const [first = '', ...rest] = article.text.split('\n')
      entries.push({
        key: articleKey(law.docId, article.number),
        collection: 'legal-documents',
        docId: law.docId,
        url: `/van-ban/${encodeURIComponent(law.docId)}#dieu-${article.number}`,
        title,
        heading: `Điều ${article.number}. ${first.trim()}`,
        body: rest.join('\n').trim(),
        docNumber: law.documentNumber,
        articleNumber: article.number,
        facets: { type: title.startsWith('Bộ luật') ? 'Bộ luật' : title === 'Hiến pháp' ? 'Hiến pháp' : 'Luật' },
      })
    }
  }
  return entries
}

function questions(file: string): Question[] {
  return fs
    .readFileSync(path.join(DATA, 'legal-retrieval', file), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const q = JSON.parse(line) as {
        uid: string
        question: string
        relevant: Array<{ law_id: string; article_id: string }>
      }
      return { uid: q.uid, question: q.question, relevant: q.relevant.map((r) => articleKey(r.law_id, r.article_id)) }
    })
}

function benchmarks(): Benchmark[] {
  return [
    {
      name: 'alqac2022',
      entries: lawEntries('2022'),
      splits: [
        { split: 'dev', questions: questions('alqac2022/dev.jsonl') },
        { split: 'test', questions: questions('alqac2022/test.jsonl') },
      ],
    },
    {
      name: 'alqac2023',
      entries: lawEntries('2023'),
      splits: [
        { split: 'train', questions: questions('alqac2023/train.jsonl') },
        { split: 'test', questions: questions('alqac2023/test.jsonl') },
      ],
    },
  ]
}

/** Laws of legal-corpus that ALQAC also has (as text or as a consolidation): left out at scale. */
const IN_ALQAC = new Set(['91/2015/QH13', '100/2015/QH13', '45/2019/QH14'])

/**
 * The articles of the legal-corpus documents that ALQAC does not have (Maritime, Civil Procedure and
 * Criminal Procedure Codes, 34 resolutions), as entries.
 */
function corpusArticles(): SearchEntry[] {
  return fs
    .readFileSync(path.join(DATA, 'legal-corpus/articles.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, i) => {
      const a = JSON.parse(line) as { doc_id: string; article_id: string; heading: string; text: string }
      return {
        key: `corpus:${i}`,
        collection: 'legal-documents',
        docId: a.doc_id,
        url: `/van-ban/${encodeURIComponent(a.doc_id)}#dieu-${a.article_id}`,
        title: a.doc_id,
        heading: a.heading,
        body: a.text,
        docNumber: a.doc_id,
        articleNumber: a.article_id,
        facets: { type: 'Luật' },
      }
    })
    .filter((e) => !IN_ALQAC.has(String(e.docId)))
}

/** Deterministic pseudo-random numbers (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const TYPES = ['Luật', 'Nghị định', 'Thông tư', 'Quyết định', 'Nghị quyết', 'Kế hoạch', 'Công văn']
const ISSUERS = ['Quốc hội', 'Chính phủ', 'Bộ Tư pháp', 'UBND tỉnh Tây Ninh', 'Sở Tư pháp', 'Bộ Tài chính']
const FIELDS = ['Đất đai', 'Hôn nhân gia đình', 'Lao động', 'Hình sự', 'Dân sự', 'Giáo dục', 'Môi trường', 'Cư trú']
const SYMBOLS = ['QĐ-UBND', 'NĐ-CP', 'TT-BTP', 'NQ-HĐND', 'KH-UBND', 'CV-STP']

/**
 * Real articles first, then synthetic ones up to `count`, recombined from the sentences and headings
 * of `pool` (laws that no benchmark question is about, so the copies do not answer the questions).
 * Yields them in chunks of at most `size`, so a million entries are never held at once.
 */
function* largeCorpus(
  count: number,
  real: SearchEntry[],
  pool: SearchEntry[],
  size = SEGMENT_MAX_DOCS,
): Generator<SearchEntry[]> {
  const rnd = random(20_261_128)
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)] as T
  const sentences = pool.flatMap((e) => e.body.split(/(?<=[.;:])\s+/).filter((s) => s.length > 20))
  const headings = pool.map((e) => (e.heading ?? '').replace(/^Điều \S+\s*/, '')).filter((h) => h.length > 3)
  let chunk: SearchEntry[] = []
  const take = function* (entry: SearchEntry): Generator<SearchEntry[]> {
    chunk.push(entry)
    if (chunk.length >= size) {
      yield chunk
      chunk = []
    }
  }
  const realCount = Math.min(count, real.length)
  for (let i = 0; i < realCount; i++) {
    const e = real[i] as SearchEntry
    yield* take({ ...e, key: `real:${i}:${e.key}` })
  }
  for (let i = realCount; i < count; i++) {
    const doc = Math.floor(i / 40)
    const year = 2000 + (doc % 26)
    const type = TYPES[doc % TYPES.length] ?? 'Luật'
    const article = (i % 40) + 1
    const length = 2 + Math.floor(rnd() * 7)
    yield* take({
      key: `synthetic:${doc}:dieu-${article}`,
      collection: 'legal-documents',
      docId: `s${doc}`,
      url: `/van-ban/s${doc}#dieu-${article}`,
      title: `${type} về ${pick(headings).toLowerCase()}`,
      heading: `Điều ${article}. ${pick(headings)}`,
      body: Array.from({ length }, () => pick(sentences)).join(' '),
      docNumber: `${(doc % 300) + 1}/${year}/${pick(SYMBOLS)}`,
      articleNumber: String(article),
      facets: {
        type,
        issuer: pick(ISSUERS),
        field: [pick(FIELDS)],
        status: rnd() < 0.8 ? 'Còn hiệu lực' : 'Hết hiệu lực',
        year,
      },
    })
  }
  if (chunk.length > 0) yield chunk
}

// ---------------------------------------------------------------------------------------------
// Quality

type Ranked = (question: string) => Promise<string[]>
type Scores = { r1: number; r5: number; r10: number; mrr: number }

async function evaluate(rank: Ranked, questions: Question[]): Promise<Scores> {
  const s = { r1: 0, r5: 0, r10: 0, mrr: 0 }
  for (const q of questions) {
    const keys = await rank(q.question)
    const relevant = new Set(q.relevant)
    const found = (k: number) => keys.slice(0, k).filter((key) => relevant.has(key)).length / relevant.size
    s.r1 += found(1)
    s.r5 += found(5)
    s.r10 += found(10)
    const first = keys.slice(0, 10).findIndex((key) => relevant.has(key))
    if (first >= 0) s.mrr += 1 / (first + 1)
  }
  const n = Math.max(1, questions.length)
  return { r1: s.r1 / n, r5: s.r5 / n, r10: s.r10 / n, mrr: s.mrr / n }
}

const engineRank =
  (engine: SearchEngine): Ranked =>
  async (query) =>
    (await engine.search({ query, limit: 10 })).hits.map((h) => h.key)

const words = (text: string) =>
  text
    .normalize('NFC')
    .toLowerCase()
    .match(/[\p{L}\p{M}\p{N}]+/gu) ?? []
const plainText = (e: SearchEntry) => `${e.title}\n${e.heading ?? ''}\n${e.body}`

async function fts5Baseline(client: Client, entries: SearchEntry[]): Promise<Ranked> {
  await client.execute(
    `CREATE VIRTUAL TABLE baseline USING fts5(key UNINDEXED, text, tokenize = 'unicode61 remove_diacritics 2')`,
  )
  await client.batch(
    entries.map((e) => ({
      sql: 'INSERT INTO baseline (key, text) VALUES (?, ?)',
      args: [e.key, plainText(e).normalize('NFC')],
    })),
    'write',
  )
  return async (query) => {
    const terms = [...new Set(words(query))].map((w) => `"${w.replace(/"/g, '""')}"`)
    if (terms.length === 0) return []
    const result = await client.execute({
      sql: 'SELECT key FROM baseline WHERE baseline MATCH ? ORDER BY bm25(baseline) LIMIT 10',
      args: [terms.join(' OR ')],
    })
    return result.rows.map((r) => String(r.key))
  }
}

function miniSearchBaseline(entries: SearchEntry[]): Ranked {
  const mini = new MiniSearch<{ id: string; text: string }>({ fields: ['text'] })
  mini.addAll(entries.map((e) => ({ id: e.key, text: plainText(e).normalize('NFC') })))
  return async (query) =>
    mini
      .search(query.normalize('NFC'))
      .slice(0, 10)
      .map((r) => String(r.id))
}

// ---------------------------------------------------------------------------------------------
// Databases

const work = path.join(os.tmpdir(), `bench-search-${process.pid}`)
const pgAdmin = process.env.BENCH_POSTGRES_URL || 'postgres://postgres@127.0.0.1:5432/postgres'
const pools: pg.Pool[] = []
const pgDatabases: string[] = []

function sqliteClient(name: string): { client: Client; file: string } {
  fs.mkdirSync(work, { recursive: true })
  const file = path.join(work, `${name}.db`)
  return { client: createClient({ url: `file:${file}` }), file }
}

async function postgresReachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: pgAdmin, connectionTimeoutMillis: 3000 })
  try {
    await client.connect()
    await client.end()
    return true
  } catch {
    return false
  }
}

async function postgresPool(name: string): Promise<{ pool: pg.Pool; database: string }> {
  const database = `bench_search_${name}_${process.pid}`
  const admin = new pg.Client({ connectionString: pgAdmin })
  await admin.connect()
  await admin.query(`DROP DATABASE IF EXISTS "${database}"`)
  await admin.query(`CREATE DATABASE "${database}"`)
  await admin.end()
  const url = new URL(pgAdmin)
  url.pathname = `/${database}`
  const pool = new pg.Pool({ connectionString: url.toString(), max: 4 })
  pools.push(pool)
  pgDatabases.push(database)
  return { pool, database }
}

async function cleanUp(): Promise<void> {
  await Promise.all(pools.map((p) => p.end().catch(() => undefined)))
  if (pgDatabases.length > 0 && (await postgresReachable())) {
    const admin = new pg.Client({ connectionString: pgAdmin })
    await admin.connect()
    for (const db of pgDatabases)
      await admin.query(`DROP DATABASE IF EXISTS "${db}" WITH (FORCE)`).catch(() => undefined)
    await admin.end()
  }
  fs.rmSync(work, { recursive: true, force: true })
}

// ---------------------------------------------------------------------------------------------
// Report helpers

const f3 = (x: number) => x.toFixed(3)
const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0
const result: Record<string, string | number> = {}

const sameText = (e: SearchEntry) => `${words(e.heading ?? '').join(' ')}|${words(e.body).join(' ')}`

/** `text`: an entry's key to its text, for the entries that may be copies of one another (the real ones). */
function sameTextRank(engine: SearchEngine, text: Map<string, string>): Ranked {
  // Copies of one article collapse into one rank; synthetic entries stand for themselves.
  return async (query) => [
    ...new Set((await engine.search({ query, limit: 20 })).hits.map((h) => text.get(h.key) ?? h.key)),
  ]
}

async function timeQueries(
  engine: SearchEngine,
  queries: string[],
): Promise<{ p50: number; p95: number; mean: number }> {
  for (const q of queries.slice(0, 5)) await engine.search({ query: q, limit: 10 })
  const times: number[] = []
  for (const q of queries) {
    const start = performance.now()
    await engine.search({ query: q, limit: 10 })
    times.push(performance.now() - start)
  }
  times.sort((a, b) => a - b)
  return { p50: pct(times, 50), p95: pct(times, 95), mean: times.reduce((a, b) => a + b, 0) / times.length }
}

// ---------------------------------------------------------------------------------------------

async function quality(hasPostgres: boolean): Promise<void> {
  console.log(
    '\n== Retrieval quality (every article of law.json is an entry; tuned on alqac2022/dev and alqac2023/train) ==',
  )
  console.log('benchmark/split      method                    R@1    R@5    R@10   MRR@10')
  for (const bench of benchmarks()) {
    const methods: Array<{ name: string; rank: Ranked }> = []
    const sqlite = createEngine(sqliteExecutor(sqliteClient(`quality-${bench.name}`).client))
    await sqlite.index(bench.entries)
    methods.push({ name: 'engine/sqlite', rank: engineRank(sqlite) })
    let postgres: SearchEngine | null = null
    if (hasPostgres) {
      postgres = createEngine(postgresExecutor((await postgresPool(`q${bench.name.slice(-4)}`)).pool))
      await postgres.index(bench.entries)
      methods.push({ name: 'engine/postgres', rank: engineRank(postgres) })
    }
    methods.push({
      name: 'baseline fts5 unicode61',
      rank: await fts5Baseline(sqliteClient(`fts5-${bench.name}`).client, bench.entries),
    })
    methods.push({ name: 'baseline minisearch', rank: miniSearchBaseline(bench.entries) })
    for (const { split, questions } of bench.splits) {
      for (const m of methods) {
        const s = await evaluate(m.rank, questions)
        console.log(
          `${`${bench.name}/${split}`.padEnd(20)} ${m.name.padEnd(25)} ${f3(s.r1)}  ${f3(s.r5)}  ${f3(s.r10)}  ${f3(s.mrr)}`,
        )
        const tag = `${bench.name.slice(-4)}_${split}_${m.name.startsWith('engine') ? m.name.slice(7) : m.name.split(' ')[1]}`
        result[`r1_${tag}`] = f3(s.r1)
        result[`mrr_${tag}`] = f3(s.mrr)
      }
      if (postgres) {
        let same = 0
        let maxDiff = 0
        for (const q of questions) {
          const a = await sqlite.search({ query: q.question, limit: 10 })
          const b = await postgres.search({ query: q.question, limit: 10 })
          if (a.hits.map((h) => h.key).join() === b.hits.map((h) => h.key).join()) same++
          a.hits.forEach((h, i) => (maxDiff = Math.max(maxDiff, Math.abs(h.score - (b.hits[i]?.score ?? 0)))))
        }
        console.log(
          `${' '.repeat(21)}sqlite vs postgres: identical top-10 for ${same}/${questions.length}, max score difference ${maxDiff}`,
        )
        result[`same_top10_${bench.name.slice(-4)}_${split}`] = `${same}/${questions.length}`
      }
    }
  }
}

async function latency(hasPostgres: boolean): Promise<void> {
  const target = Number(process.env.BENCH_SEARCH_ENTRIES || 100_000)
  const perKind = Number(process.env.BENCH_SEARCH_QUERIES || 300)
  const all = benchmarks()
  const pool = corpusArticles()
  const real = [...all.flatMap((b) => b.entries), ...pool]
  // The corpora overlap (the Civil Code is in both ALQAC sets and in legal-corpus): at scale, an
  // article counts as found when an entry with the same text is. Filled as the real entries are indexed.
  const textKey = new Map<string, string>()
  for (const e of real) textKey.set(e.key, sameText(e))
  const rnd = random(7)
  const questions = all.flatMap((b) => b.splits.flatMap((s) => s.questions.map((q) => q.question)))
  const shuffled = questions
    .map((q) => [rnd(), q] as const)
    .sort((a, b) => a[0] - b[0])
    .map(([, q]) => q)
  const longQueries = shuffled.slice(0, perKind)
  const shortQueries = Array.from({ length: perKind }, (_, i) => {
    const heading = (real[Math.floor(rnd() * real.length)]?.heading ?? '').replace(/^Điều \S+\s*/, '')
    const w = heading.split(/\s+/).filter((x) => x.length > 0)
    return w.slice(0, 2 + (i % 3)).join(' ')
  })
  console.log(
    `\n== Latency: ${target} entries (${Math.min(real.length, target)} real articles), in process, 2 cores ==`,
  )
  const targets: Array<{ name: string; make: () => Promise<{ engine: SearchEngine; size: () => Promise<number> }> }> = [
    {
      name: 'sqlite',
      make: async () => {
        const { client, file } = sqliteClient('latency')
        return { engine: createEngine(sqliteExecutor(client)), size: async () => fs.statSync(file).size }
      },
    },
  ]
  if (hasPostgres) {
    targets.push({
      name: 'postgres',
      make: async () => {
        const { pool, database } = await postgresPool('latency')
        const size = async () =>
          Number((await pool.query('SELECT pg_database_size($1) AS n', [database])).rows[0]?.n ?? 0)
        return { engine: createEngine(postgresExecutor(pool)), size }
      },
    })
  }
  const only = process.env.BENCH_SEARCH_DB
  for (const t of targets.filter((x) => !only || x.name === only)) {
    const { engine, size } = await t.make()
    const start = performance.now()
    for (const chunk of largeCorpus(target, real, pool)) {
      for (const e of chunk) if (e.key.startsWith('real:')) textKey.set(e.key, sameText(e))
      await engine.index(chunk)
      if (target >= 200_000) process.stdout.write(`  ${t.name}: ${await engine.count()} entries indexed\r`)
    }
    const build = (performance.now() - start) / 1000
    const bytes = await size()
    const atScale: string[] = []
    for (const bench of all) {
      const { split, questions } = bench.splits[1] ?? { split: '', questions: [] }
      const s = await evaluate(
        sameTextRank(engine, textKey),
        questions.map((q) => ({ ...q, relevant: q.relevant.map((k) => textKey.get(k) ?? k) })),
      )
      atScale.push(`${bench.name}/${split} R@1 ${f3(s.r1)} R@10 ${f3(s.r10)} MRR@10 ${f3(s.mrr)}`)
      result[`${t.name}_at_scale_r1_${bench.name.slice(-4)}_${split}`] = f3(s.r1)
      result[`${t.name}_at_scale_mrr_${bench.name.slice(-4)}_${split}`] = f3(s.mrr)
    }
    const long = await timeQueries(engine, longQueries)
    const short = await timeQueries(engine, shortQueries)
    console.log(
      `${t.name.padEnd(9)} build ${build.toFixed(1)} s, size ${(bytes / 1e6).toFixed(0)} MB, ` +
        `questions p50 ${long.p50.toFixed(1)} ms p95 ${long.p95.toFixed(1)} ms, ` +
        `short queries p50 ${short.p50.toFixed(1)} ms p95 ${short.p95.toFixed(1)} ms (${await engine.count()} entries)`,
    )
    console.log(`${' '.repeat(10)}quality among ${target} entries (test splits): ${atScale.join('; ')}`)
    Object.assign(result, {
      [`${t.name}_build_s`]: build.toFixed(1),
      [`${t.name}_size_mb`]: (bytes / 1e6).toFixed(0),
      [`${t.name}_p50_ms`]: long.p50.toFixed(1),
      [`${t.name}_p95_ms`]: long.p95.toFixed(1),
      [`${t.name}_short_p50_ms`]: short.p50.toFixed(1),
      [`${t.name}_short_p95_ms`]: short.p95.toFixed(1),
    })
  }
  result.entries = target
}

async function main(): Promise<void> {
  const skip = process.env.BENCH_SEARCH_SKIP ?? ''
  const hasPostgres = process.env.BENCH_SEARCH_DB !== 'sqlite' && (await postgresReachable())
  if (!hasPostgres) console.log(`PostgreSQL at ${pgAdmin} does not answer: SQLite only.`)
  result.postgres = hasPostgres ? 'yes' : 'no'
  try {
    if (skip !== 'quality') await quality(hasPostgres)
    if (skip !== 'latency') await latency(hasPostgres)
  } finally {
    await cleanUp()
  }
  console.log(
    `RESULT ${Object.entries(result)
      .map(([k, v]) => `${k}=${v}`)
      .join(' ')}`,
  )
}

main().catch(async (error: unknown) => {
  console.error(error)
  await cleanUp().catch(() => undefined)
  process.exit(1)
})
