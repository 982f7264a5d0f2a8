/**
 * The engine's moving parts without Payload: pruning and how much of a query a result needs,
 * question words, the scorer against a plain BM25, facets against plain counting, and the whole
 * engine on a SQLite file (scratch space reused between searches, pruned common words).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createClient } from '@libsql/client'
import { afterAll, describe, expect, it } from 'vitest'
import { encodePostings } from './codec'
import { applyFilters, countFacets, facetLists, filterMask } from './facets'
import { parseQuery, questionWords, type QueryTerm } from './query'
import { DEFAULT_RANKING, buildForward, idf, scoreTerms, type Ranking } from './scoring'
import { pruneTerms, required } from './searcher'
import { createEngine, sqliteExecutor, type SearchEntry } from './index'
import type { PostingRow } from './store/types'
import { tokenize } from './text'

const term = (folded: string, unit = true): QueryTerm => ({
  kind: unit ? 'u' : 'b',
  folded,
  toned: null,
  count: 1,
  unit,
  asking: false,
})

describe('how much of a query a result needs', () => {
  it('needs every word of a short query and a share of a long one', () => {
    expect(required(3, DEFAULT_RANKING)).toBe(3)
    expect(required(4, DEFAULT_RANKING)).toBe(4)
    expect(required(20, DEFAULT_RANKING)).toBe(6)
  })

  it('takes the words too common to read as present', () => {
    expect(required(20, DEFAULT_RANKING, 4)).toBe(2)
    expect(required(20, DEFAULT_RANKING, 15)).toBe(1)
    expect(required(4, DEFAULT_RANKING, 1)).toBe(3)
  })

  it('keeps the rarest terms within the postings budget, in the query order', () => {
    const ranking: Ranking = { ...DEFAULT_RANKING, postingsBudget: 100, shortPostingsBudget: 1000 }
    const terms = [term('u:a'), term('u:b'), term('b:a b', false), term('u:c'), term('u:d'), term('u:none')]
    const df = new Map([
      ['u:a', 90],
      ['u:b', 30],
      ['b:a b', 20],
      ['u:c', 40],
      ['u:d', 500],
    ])
    expect(pruneTerms(terms, df, 1000, ranking).map((t) => t.folded)).toEqual(['u:b', 'b:a b', 'u:c'])
    // The rarest unit stays even over the budget.
    const tiny: Ranking = { ...ranking, postingsBudget: 1 }
    expect(pruneTerms(terms, df, 1000, tiny).map((t) => t.folded)).toEqual(['u:b'])
    // A short query (up to 4 units) has the larger budget: every word of it counts.
    const short = terms.slice(0, 4)
    expect(pruneTerms(short, df, 1000, ranking).map((t) => t.folded)).toEqual(['u:a', 'u:b', 'b:a b', 'u:c'])
  })
})

describe('question words', () => {
  const asking = (q: string) => {
    const parsed = parseQuery(q)
    return parsed.tokens.filter((_, i) => questionWords(parsed.tokens, parsed.toned)[i]).map((t) => t.text)
  }

  it('marks interrogatives and yes/no tails, not the subject', () => {
    expect(asking('Người chưa thành niên có được kết hôn không?')).toEqual(['không'])
    expect(asking('Trọng tài viên có quyền từ chối giải quyết tranh chấp, đúng hay sai?')).toEqual([
      'đúng',
      'hay',
      'sai',
    ])
    expect(asking('Thời hiệu khởi kiện được tính như thế nào?')).toEqual(['như', 'thế', 'nào'])
    expect(asking('Đơn vị nào cấp giấy phép?')).toEqual(['nào'])
  })

  it('leaves alone what may be a subject', () => {
    expect(asking('bản sao giấy khai sinh')).toEqual([])
    // Without marks a single syllable may be another word ("nao" → "não").
    expect(asking('chan thuong so nao')).toEqual([])
    expect(asking('không')).toEqual([])
    expect(asking('đúng hay sai')).toEqual([])
  })

  it('drops them from the terms but keeps the definitions hint', () => {
    const parsed = parseQuery('Việc làm là gì?')
    const gi = parsed.terms.find((t) => t.folded === 'u:gi')
    expect(gi).toMatchObject({ asking: true, unit: false })
    expect(parsed.terms.some((t) => t.kind === 'd')).toBe(true)
    expect(parsed.terms.find((t) => t.folded === 'u:viec')).toMatchObject({ asking: false, unit: true })
  })
})

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

describe('scorer', () => {
  it('gives plain BM25F over summed variants, the exact toned variant scored again', () => {
    const rnd = random(42)
    const docs = 3000
    const lengths: number[] = []
    const norms: number[] = []
    for (let doc = 1; doc <= docs; doc++) {
      const tfs = [1 + Math.floor(rnd() * 5), Math.floor(rnd() * 4), Math.floor(rnd() * 300), 0]
      norms.push(...tfs)
      lengths.push(tfs[1]! + tfs[2]!)
    }
    const ids = Array.from({ length: docs }, (_, i) => i + 1)
    const z: PostingRow = { seg: 1, term: 'z:', folded: 'z:', df: docs, data: encodePostings(ids, norms) }
    const dead = new Set([7, 8, 9])
    const forward = buildForward([z], dead, DEFAULT_RANKING)
    // Two toned variants of one folded syllable (some docs have both), in two segments each.
    const rows: PostingRow[] = []
    const tf = new Map<number, { a: number; b: number }>()
    for (const [variant, share] of [
      ['u:đất', 0.3],
      ['u:đặt', 0.1],
    ] as const) {
      for (const [seg, from, to] of [
        [1, 1, 2000],
        [2, 2001, docs],
      ] as const) {
        const list: number[] = []
        const freqs: number[] = []
        for (let doc = from; doc <= to; doc++) {
          if (rnd() >= share) continue
          const f = [rnd() < 0.1 ? 1 : 0, rnd() < 0.1 ? 1 : 0, 1 + Math.floor(rnd() * 200), 0]
          list.push(doc)
          freqs.push(...f)
          const w = DEFAULT_RANKING.fieldWeights
          const value = w[0] * f[0]! + w[1] * f[1]! + w[2] * f[2]!
          const seen = tf.get(doc) ?? { a: 0, b: 0 }
          seen.a += value
          if (variant === 'u:đất') seen.b += value
          tf.set(doc, seen)
        }
        rows.push({ seg, term: variant, folded: 'u:dat', df: list.length, data: encodePostings(list, freqs) })
      }
    }
    const query: QueryTerm = { kind: 'u', folded: 'u:dat', toned: 'u:đất', count: 1, unit: true, asking: false }
    const { k1, b } = DEFAULT_RANKING
    const live = [...tf.entries()].filter(([doc]) => !dead.has(doc))
    const avgdl = lengths.filter((_, i) => !dead.has(i + 1)).reduce((s, x) => s + x, 0) / (docs - dead.size)
    const n = docs - dead.size
    const dfAll = live.length
    const dfToned = live.filter(([, v]) => v.b > 0).length
    const bm25 = (t: number, doc: number) => (t * (k1 + 1)) / (t + k1 * (1 - b + (b * lengths[doc - 1]!) / avgdl))
    for (let round = 0; round < 2; round++) {
      const scores = scoreTerms([query], new Map([['u:dat', rows]]), true, forward, DEFAULT_RANKING)
      expect(scores.hits).toBe(dfAll)
      for (const [doc, v] of live) {
        let expected = idf(n, dfAll) * bm25(v.a, doc)
        if (v.b > 0) expected += DEFAULT_RANKING.tonedWeight * idf(n, dfToned) * bm25(v.b, doc)
        expect(scores.score[doc]).toBeCloseTo(expected, 9)
        expect(scores.matched[doc]).toBe(1)
      }
      for (const doc of dead) expect(scores.score[doc]).toBe(0)
      // The scratch space is clean again for the next search.
      scores.release()
      expect(scores.score.every((x) => x === 0)).toBe(true)
      expect(scores.matched.every((x) => x === 0)).toBe(true)
    }
    // When a result needs every unit, the rarest goes first and only its docs are scored, alike.
    const rare: QueryTerm = { ...query, folded: 'u:hiem', toned: null }
    const withRare = [3, 10, 11, 500, 2999]
    const hiem: PostingRow = {
      seg: 1,
      term: 'u:hiem',
      folded: 'u:hiem',
      df: withRare.length,
      data: encodePostings(
        withRare,
        withRare.flatMap(() => [0, 0, 2, 0]),
      ),
    }
    const both = new Map([
      ['u:dat', rows],
      ['u:hiem', [hiem]],
    ])
    const plain = scoreTerms([query, rare], both, true, forward, DEFAULT_RANKING)
    const expected = withRare.map((d) => [plain.score[d], plain.matched[d]])
    plain.release()
    const gated = scoreTerms([query, rare], both, true, forward, DEFAULT_RANKING, true)
    expect(gated.hits).toBe(withRare.length)
    withRare.forEach((d, i) => {
      expect(gated.score[d]).toBeCloseTo(expected[i]![0]!, 12)
      expect(gated.matched[d]).toBe(expected[i]![1])
    })
    gated.release()
  })
})

describe('facets', () => {
  it('filters and counts like plain counting, each facet without its own filter', () => {
    const rnd = random(7)
    const maxId = 500
    const dims = { type: ['Luật', 'Nghị định', 'Quyết định'], status: ['Còn', 'Hết'], field: ['A', 'B', 'C', 'D'] }
    const values = new Map<string, number[]>()
    const byDoc = new Map<number, Record<string, string[]>>()
    for (let doc = 1; doc <= maxId; doc++) {
      const own: Record<string, string[]> = {}
      for (const [dim, options] of Object.entries(dims)) {
        const chosen = options.filter(() => rnd() < (dim === 'field' ? 0.4 : 1 / options.length))
        own[dim] = dim === 'field' ? chosen : chosen.slice(0, 1)
        for (const v of own[dim]!) values.set(`f:${dim}=${v}`, [...(values.get(`f:${dim}=${v}`) ?? []), doc])
      }
      byDoc.set(doc, own)
    }
    const rows: PostingRow[] = [...values].map(([t, docs]) => ({
      seg: 1,
      term: t,
      folded: t,
      df: docs.length,
      data: encodePostings(docs, null),
    }))
    const lists = facetLists(rows, maxId)
    const candidates = Int32Array.from({ length: 300 }, (_, i) => i * 2 + 1).filter((d) => d <= maxId)
    const filters = { type: 'Luật', field: 'B' }
    const mask = filterMask(lists, filters)
    const passes = (doc: number, except?: string) =>
      Object.entries(filters).every(([dim, v]) => dim === except || (byDoc.get(doc)?.[dim] ?? []).includes(v))
    expect(Array.from(applyFilters(candidates, lists, mask))).toEqual(Array.from(candidates).filter((d) => passes(d)))
    const facets = countFacets(candidates, lists, mask)
    for (const [dim, options] of Object.entries(dims)) {
      const expected = options
        .map((value) => ({
          value,
          count: Array.from(candidates).filter((d) => passes(d, dim) && byDoc.get(d)?.[dim]?.includes(value)).length,
        }))
        .filter((c) => c.count > 0)
        .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1))
      expect(facets[dim as 'type' | 'status' | 'field']).toEqual(expected)
    }
  })
})

describe('engine on a SQLite file', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'search-engine-unit-'))
  const client = createClient({ url: `file:${path.join(dir, 'engine.db')}` })
  afterAll(() => {
    client.close()
    fs.rmSync(dir, { recursive: true, force: true })
  })

  const entries: SearchEntry[] = Array.from({ length: 400 }, (_, i) => ({
    key: `e:${i}`,
    collection: 'articles',
    docId: i,
    url: `/e/${i}`,
    title: `Bản tin số ${i}`,
    body:
      `Quy định của pháp luật về ${i % 2 === 0 ? 'đất đai' : 'hôn nhân'} và trách nhiệm của người dân.` +
      (i % 50 === 0 ? ' Thửa đất nông nghiệp trồng lúa nước.' : '') +
      (i === 7 ? ' Lúa nước được tưới.' : ''),
    facets: { type: 'Tin tức', year: 2020 + (i % 3) },
  }))

  it('prunes very common words of a long query, and a result may lack them', async () => {
    const plain = createEngine(sqliteExecutor(client))
    await plain.index(entries)
    // "của", "về", "pháp luật"… are in every entry: a small budget leaves only the rare words.
    const ranking: Ranking = { ...DEFAULT_RANKING, postingsBudget: 50 }
    const pruned = createEngine(sqliteExecutor(client), ranking)
    const query = 'quy định của pháp luật về thửa đất trồng lúa nước'
    const all = await plain.search({ query, limit: 5 })
    const few = await pruned.search({ query, limit: 5 })
    expect(few.hits[0]?.key).toBe(all.hits[0]?.key)
    // e:7 has two of the four rare words: enough, since the unread common words may be in it.
    const more = await pruned.search({ query, limit: 20 })
    expect(more.hits.map((h) => h.key)).toContain('e:7')
    // Searches one after another reuse the scoring scratch space and give the same answer.
    for (const engine of [plain, pruned, plain]) {
      const again = await engine.search({ query, limit: 5 })
      const first = engine === plain ? all : few
      expect(again.hits.map((h) => [h.key, h.score])).toEqual(first.hits.map((h) => [h.key, h.score]))
      expect(again.total).toBe(first.total)
    }
    const filtered = await plain.search({ query: 'đất đai', filters: { year: 2021 }, limit: 100 })
    expect(filtered.total).toBe(entries.filter((_, i) => i % 2 === 0 && i % 3 === 1).length)
    expect(filtered.facets.year.map((y) => y.value).sort()).toEqual(['2020', '2021', '2022'])
  })

  it('tokenizes the query as the index does', () => {
    expect(tokenize('Luật Đất đai').map((t) => t.folded)).toEqual(['luat', 'dat', 'dai'])
  })
})
