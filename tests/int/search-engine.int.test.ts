/**
 * The site search engine on the database the tests run on (SQLite, or PostgreSQL with
 * TEST_DB=postgres), and the same fixture on the other dialect to show both rank alike.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createClient } from '@libsql/client'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  createEngine,
  createSearchEngine,
  postgresExecutor,
  sqliteExecutor,
  type SearchEngine,
  type SearchEntry,
  type SearchResponse,
} from '@/modules/search/engine'
import { startTestPayload, type TestPayload } from '../helpers/payload'
import { testDialect } from '../helpers/test-database'

const LAW = 'Luật Đất đai'

const FIXTURE: SearchEntry[] = [
  {
    key: 'legal-documents:1',
    collection: 'legal-documents',
    docId: 1,
    url: '/van-ban/31-2024-qh15',
    title: LAW,
    body: 'Luật Đất đai quy định về chế độ sở hữu đất đai, quyền hạn và trách nhiệm của Nhà nước đại diện chủ sở hữu toàn dân về đất đai và thống nhất quản lý về đất đai.',
    docNumber: '31/2024/QH15',
    facets: { type: 'Luật', issuer: 'Quốc hội', field: ['Đất đai'], status: 'Còn hiệu lực', year: 2024 },
    publishedAt: '2024-01-18',
  },
  {
    key: 'legal-documents:1:dieu-5',
    collection: 'legal-documents',
    docId: 1,
    url: '/van-ban/31-2024-qh15#dieu-5',
    title: LAW,
    heading: 'Điều 5. Người sử dụng đất',
    body: 'Người sử dụng đất được Nhà nước giao đất, cho thuê đất, công nhận quyền sử dụng đất gồm: 1. Tổ chức trong nước; 2. Cá nhân trong nước, người Việt Nam định cư ở nước ngoài là công dân Việt Nam.',
    docNumber: '31/2024/QH15',
    articleNumber: '5',
    facets: { type: 'Luật', issuer: 'Quốc hội', field: ['Đất đai'], status: 'Còn hiệu lực', year: 2024 },
  },
  {
    key: 'legal-documents:2',
    collection: 'legal-documents',
    docId: 2,
    url: '/van-ban/25-2024-qd-ubnd',
    title: 'Quyết định ban hành bảng giá đất trên địa bàn tỉnh',
    body: 'Ban hành kèm theo Quyết định này bảng giá đất áp dụng từ ngày 01/01/2025. Giá đất nông nghiệp trồng lúa được xác định theo vị trí.',
    docNumber: '25/2024/QĐ-UBND',
    facets: {
      type: 'Quyết định',
      issuer: 'UBND tỉnh Tây Ninh',
      field: ['Đất đai'],
      status: 'Còn hiệu lực',
      year: 2024,
    },
  },
  {
    key: 'legal-documents:3',
    collection: 'legal-documents',
    docId: 3,
    url: '/van-ban/12-2023-qd-ubnd',
    title: 'Quyết định về hạn mức giao đất ở',
    body: 'Quy định hạn mức giao đất ở tại nông thôn và đô thị; diện tích tối thiểu được tách thửa đối với đất ở.',
    docNumber: '12/2023/QĐ-UBND',
    facets: {
      type: 'Quyết định',
      issuer: 'UBND tỉnh Tây Ninh',
      field: ['Đất đai'],
      status: 'Hết hiệu lực',
      year: 2023,
    },
  },
  {
    key: 'legal-documents:4',
    collection: 'legal-documents',
    docId: 4,
    url: '/van-ban/88-2024-nd-cp',
    title: 'Nghị định về bồi thường, hỗ trợ, tái định cư',
    body: 'Nghị định này quy định chi tiết về bồi thường, hỗ trợ, tái định cư khi Nhà nước thu hồi đất.',
    docNumber: '88/2024/NĐ-CP',
    facets: { type: 'Nghị định', issuer: 'Chính phủ', field: ['Đất đai'], status: 'Còn hiệu lực', year: 2024 },
  },
  {
    // Shorter than the Law, with every syllable of "luật đất đai" but other tones.
    key: 'articles:7',
    collection: 'articles',
    docId: 7,
    url: '/tin-tuc/lua-dat-dai',
    title: 'Lúa trên đất đài',
    body: 'Lúa đất đài, lúa đất đài: luật lệ làng.',
    facets: { type: 'Tin tức' },
  },
  {
    key: 'articles:8',
    collection: 'articles',
    docId: 8,
    url: '/tin-tuc/hoi-nghi-hon-nhan',
    title: 'Hội nghị tuyên truyền Luật Hôn nhân và gia đình',
    body: 'Hội nghị phổ biến pháp luật về hôn nhân và gia đình, kết hôn, ly hôn và quyền của trẻ em cho cán bộ, nhân dân.',
    facets: { type: 'Tin tức', field: ['Hôn nhân gia đình'] },
  },
]

/** 25 news items for paging. */
const NEWS: SearchEntry[] = Array.from({ length: 25 }, (_, i) => ({
  key: `articles:${100 + i}`,
  collection: 'articles',
  docId: 100 + i,
  url: `/tin-tuc/pho-bien-${i}`,
  title: `Bản tin phổ biến giáo dục pháp luật số ${i + 1}`,
  body: `Tuyên truyền, phổ biến giáo dục pháp luật tại xã số ${i + 1}${' cho người dân'.repeat(i % 4)}.`,
  facets: { type: 'Tin tức', field: ['Phổ biến pháp luật'], year: 2020 + (i % 5) },
}))

let t: TestPayload
let engine: SearchEngine

const keys = (r: SearchResponse) => r.hits.map((h) => h.key)
const search = (query: string, extra: Partial<Parameters<SearchEngine['search']>[0]> = {}) =>
  engine.search({ query, page: 1, limit: 10, ...extra })

beforeAll(async () => {
  t = await startTestPayload('search-engine')
  engine = createSearchEngine(t.payload)
  await engine.ensureSchema()
  await engine.ensureSchema() // idempotent
  await engine.index([...FIXTURE, ...NEWS])
}, 120_000)

afterAll(async () => {
  await t?.close()
})

// ------------------------------------------------------------------------------------------------
// The other dialect, straight on its client: same fixture, same queries, same results.

type Other = { engine: SearchEngine; close: () => Promise<void> }

async function otherDialect(): Promise<Other | null> {
  if (testDialect() === 'postgres') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'search-engine-other-'))
    const client = createClient({ url: `file:${path.join(dir, 'other.db')}` })
    return {
      engine: createEngine(sqliteExecutor(client)),
      close: async () => {
        client.close()
        fs.rmSync(dir, { recursive: true, force: true })
      },
    }
  }
  const admin = process.env.TEST_POSTGRES_URL || 'postgres://postgres@127.0.0.1:5432/test'
  const probe = new pg.Client({ connectionString: admin, connectionTimeoutMillis: 3000 })
  try {
    await probe.connect()
  } catch (err) {
    console.warn(`⚠ PostgreSQL does not answer (${String(err)}): the SQLite/PostgreSQL comparison is NOT run`)
    return null
  }
  const name = `pbgdpl_t_search_other_${process.pid}`
  await probe.query(`DROP DATABASE IF EXISTS "${name}"`)
  await probe.query(`CREATE DATABASE "${name}"`)
  await probe.end()
  const url = new URL(admin)
  url.pathname = `/${name}`
  const pool = new pg.Pool({ connectionString: url.toString(), max: 2 })
  return {
    engine: createEngine(postgresExecutor(pool)),
    close: async () => {
      await pool.end()
      const c = new pg.Client({ connectionString: admin })
      await c.connect()
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
      await c.end()
    },
  }
}

// Runs first: later tests change the index.
describe('search engine: both dialects', () => {
  it('gives the same results on SQLite and PostgreSQL for a fixed fixture', async (ctx) => {
    const other = await otherDialect()
    if (!other) {
      ctx.skip()
      return
    }
    try {
      // The same single write as in beforeAll, so both hold the same index.
      await other.engine.index([...FIXTURE, ...NEWS])
      const queries = [
        'luật đất đai',
        'dat dai',
        'người sử dụng đất',
        'QĐ-UBND',
        'phổ biến pháp luật',
        'đất nông nghiệp trồng lúa',
      ]
      for (const query of queries) {
        const a = await search(query, { limit: 20 })
        const b = await other.engine.search({ query, page: 1, limit: 20 })
        expect(keys(b), query).toEqual(keys(a))
        a.hits.forEach((h, i) => expect(b.hits[i]?.score, query).toBeCloseTo(h.score, 9))
        expect(b.facets, query).toEqual(a.facets)
        expect(
          b.hits.map((h) => h.snippet),
          query,
        ).toEqual(a.hits.map((h) => h.snippet))
        expect(b.total, query).toBe(a.total)
      }
    } finally {
      await other.close()
    }
  })
})

describe('search engine: Vietnamese text', () => {
  it('uses the dialect Payload runs on', () => {
    expect(engine.dialect).toBe(testDialect())
  })

  it('finds toned text from a query typed without marks', async () => {
    const r = await search('dat dai')
    expect(keys(r)).toContain('legal-documents:1')
    expect((await search('DAT DAI')).total).toBe(r.total)
    expect(keys(await search('nguoi su dung dat'))[0]).toBe('legal-documents:1:dieu-5')
  })

  it('ranks tone-exact matches first when the query has marks', async () => {
    const toned = await search('luật đất đai')
    expect(toned.hits[0]?.key).toBe('legal-documents:1')
    expect(keys(toned).indexOf('articles:7')).toBeGreaterThan(0)
    // Without marks both spellings are the same words; the short news item may come first.
    expect(keys(await search('luat dat dai'))).toEqual(expect.arrayContaining(['legal-documents:1', 'articles:7']))
    expect((await search('lúa đất đài')).hits[0]?.key).toBe('articles:7')
  })

  it('answers a question without weighing its question words', async () => {
    const r = await search('Người sử dụng đất gồm những ai?')
    expect(r.hits[0]?.key).toBe('legal-documents:1:dieu-5')
    const yesNo = await search('Tổ chức trong nước là người sử dụng đất, đúng hay sai?')
    expect(yesNo.hits[0]?.key).toBe('legal-documents:1:dieu-5')
    // Highlights stay on the subject's words.
    expect(yesNo.hits[0]?.snippet.some((s) => s.hit && /đất/i.test(s.text))).toBe(true)
  })

  it('leaves snippets out when asked (quick suggestions), with the same hits', async () => {
    const full = await search('người sử dụng đất')
    const quick = await search('người sử dụng đất', { snippets: false })
    expect(keys(quick)).toEqual(keys(full))
    expect(full.hits[0]?.snippet.length).toBeGreaterThan(0)
    expect(quick.hits.every((h) => h.snippet.length === 0)).toBe(true)
  })

  it('needs every word of a short query', async () => {
    const r = await search('đất đai xyzqw')
    expect(r.total).toBe(0)
  })
})

describe('search engine: numbers and articles', () => {
  it('finds a document by its whole number, in any spelling', async () => {
    for (const q of ['25/2024/QĐ-UBND', '25/2024/qd-ubnd', 'Quyết định 25/2024/QĐ-UBND']) {
      expect((await search(q)).hits[0]?.key, q).toBe('legal-documents:2')
    }
  })

  it('finds documents by part of the number', async () => {
    expect((await search('25/2024')).hits[0]?.key).toBe('legal-documents:2')
    const symbol = await search('QĐ-UBND')
    expect(keys(symbol).sort()).toEqual(['legal-documents:2', 'legal-documents:3'])
    expect(keys(await search('88/2024'))).toEqual(['legal-documents:4'])
  })

  it('returns one Điều with the context of its document, highlighted', async () => {
    const r = await search('người sử dụng đất')
    const hit = r.hits[0]
    expect(hit).toMatchObject({
      key: 'legal-documents:1:dieu-5',
      collection: 'legal-documents',
      docId: '1',
      title: LAW,
      heading: 'Điều 5. Người sử dụng đất',
      docNumber: '31/2024/QH15',
      articleNumber: '5',
      url: '/van-ban/31-2024-qh15#dieu-5',
    })
    const marked = hit?.snippet.filter((s) => s.hit).map((s) => s.text.toLowerCase()) ?? []
    expect(marked).toContain('người sử dụng đất')
    expect(hit?.snippet.map((s) => s.text).join('')).toContain('Nhà nước giao đất')
    expect((await search('điều 5 luật đất đai')).hits[0]?.key).toBe('legal-documents:1:dieu-5')
  })
})

describe('search engine: filters, facets, pages', () => {
  it('combines filters with the text and counts facets', async () => {
    const all = await search('đất')
    expect(all.total).toBeGreaterThanOrEqual(5)
    const decisions = await search('đất', { filters: { type: 'Quyết định' } })
    expect(keys(decisions).sort()).toEqual(['legal-documents:2', 'legal-documents:3'])
    // A facet leaves out its own filter, so the other types stay visible with their counts.
    expect(decisions.facets.type).toEqual(
      expect.arrayContaining([
        { value: 'Quyết định', count: 2 },
        { value: 'Luật', count: 2 },
      ]),
    )
    expect(decisions.facets.year).toEqual([
      { value: '2023', count: 1 },
      { value: '2024', count: 1 },
    ])
    const inForce = await search('đất', { filters: { type: 'Quyết định', status: 'Còn hiệu lực', year: 2024 } })
    expect(keys(inForce)).toEqual(['legal-documents:2'])
    expect(keys(await search('đất', { filters: { issuer: 'Chính phủ' } }))).toEqual(['legal-documents:4'])
    expect(keys(await search('đất', { filters: { collection: 'articles' } }))).toEqual(['articles:7'])
    expect((await search('đất', { filters: { type: 'Không có' } })).total).toBe(0)
  })

  it('lists everything under the filters when the query is empty', async () => {
    const r = await search('', { filters: { field: 'Phổ biến pháp luật' }, limit: 100 })
    expect(r.total).toBe(25)
  })

  it('pages through the results without overlap', async () => {
    const first = await search('bản tin phổ biến', { limit: 10 })
    expect(first.total).toBe(25)
    expect(first.totalPages).toBe(3)
    const second = await search('bản tin phổ biến', { page: 2, limit: 10 })
    const third = await search('bản tin phổ biến', { page: 3, limit: 10 })
    expect(third.hits).toHaveLength(5)
    const seen = [...keys(first), ...keys(second), ...keys(third)]
    expect(new Set(seen).size).toBe(25)
    expect((await search('bản tin phổ biến', { page: 99, limit: 10 })).page).toBe(3)
    const scores = [...first.hits, ...second.hits].map((h) => h.score)
    expect(scores).toEqual([...scores].sort((a, b) => b - a))
  })
})

describe('search engine: mistakes and hostile input', () => {
  it('suggests a correction when nothing is found', async () => {
    const r = await search('luật đất đaii')
    expect(r.total).toBe(0)
    expect(r.didYouMean).toBe('luật đất đai')
    // A wrong tone is no mistake: matching ignores marks, ranking prefers the exact ones.
    expect((await search('hôn nhăn gia đình')).hits[0]?.key).toBe('articles:8')
    expect((await search('hôn nhânn gia đình')).didYouMean).toBe('hôn nhân gia đình')
    expect((await search('hon nhan gia dinhh')).didYouMean).toBe('hon nhan gia dinh')
    expect((await search('đất đai')).didYouMean).toBeUndefined()
  })

  it('never fails nor injects, whatever the query', async () => {
    const hostile = [
      '"',
      "'",
      '*',
      'đất*',
      'NEAR(đất đai)',
      'đất NEAR đai',
      '--',
      "'; DROP TABLE search_engine_docs; --",
      '" OR 1=1 --',
      'đất" OR "đai',
      'a:b c:d',
      '^ ( ) { } [ ] \\ % _',
      'AND OR NOT',
      '\u0000\u0001',
      '🙂 đất 🙂',
      'x'.repeat(10_000),
      'đất '.repeat(3000),
      '25/2024/QĐ-UBND/'.repeat(50),
    ]
    for (const query of hostile) {
      const r = await search(query)
      expect(Array.isArray(r.hits), query.slice(0, 20)).toBe(true)
    }
    expect((await search('đất đai')).total).toBeGreaterThan(0)
    expect(await engine.count()).toBe(FIXTURE.length + NEWS.length)
  })
})

describe('search engine: updates', () => {
  it('sees an update and a removal at once', async () => {
    const entry: SearchEntry = {
      key: 'articles:900',
      collection: 'articles',
      docId: 900,
      url: '/tin-tuc/900',
      title: 'Thông báo tạm thời',
      body: 'Lịch tiếp công dân tháng mười hai.',
      facets: { type: 'Tin tức' },
    }
    await engine.index([entry])
    expect(keys(await search('tiếp công dân'))).toContain('articles:900')
    await engine.index([{ ...entry, body: 'Lịch trực ban tết nguyên đán.' }])
    expect(keys(await search('tiếp công dân'))).not.toContain('articles:900')
    expect(keys(await search('truc ban tet'))).toEqual(['articles:900'])
    await engine.remove(['articles:900', 'no-such-key'])
    expect((await search('trực ban tết')).total).toBe(0)
    expect(await engine.count()).toBe(FIXTURE.length + NEWS.length)
  })

  it('keeps working across many small writes (segments merge)', async () => {
    for (let i = 0; i < 12; i++) {
      await engine.index([
        { ...FIXTURE[5]!, key: `articles:tmp-${i}`, body: `Ghi chú tạm số ${i} về vườn cây ăn trái.` },
      ])
    }
    expect((await search('vườn cây ăn trái')).total).toBe(12)
    await engine.remove(Array.from({ length: 12 }, (_, i) => `articles:tmp-${i}`))
    expect((await search('vườn cây ăn trái')).total).toBe(0)
    expect((await search('luật đất đai')).hits[0]?.key).toBe('legal-documents:1')
  })
})
