/**
 * A search: parse the query, skip terms too common to matter, read the postings of the rest,
 * score (./scoring), keep entries that contain enough of the query, filter, count facets, page,
 * and cut snippets. Everything after the reads is plain code: both databases rank alike.
 */
import { applyFilters, countFacets, facetLists, filterMask, type FacetLists } from './facets'
import { parseQuery, type ParsedQuery, type QueryTerm } from './query'
import { buildForward, scoreTerms, termWeight, type Forward, type Ranking, type Scores } from './scoring'
import { makeSnippet } from './snippet'
import type { Store } from './store/store'
import type { PostingRow } from './store/types'
import { suggest } from './suggest'
import type { SearchFacets, SearchHitResult, SearchRequest, SearchResponse } from './types'

export const DEFAULT_LIMIT = 10
export const MAX_LIMIT = 100
export const MAX_PAGE = 1000

/**
 * What every search needs besides the query's postings, kept until the index version changes:
 * live entries and their lengths, facet lists, and the document frequency of the terms looked up
 * so far (so that a query usually asks the database only for its postings).
 */
type Shared = {
  version: number
  ranking: Ranking
  forward: Forward
  lists: FacetLists
  live: number
  df: Map<string, number>
  /** posting rows of common terms (read by many queries), least recently used first */
  postings: Map<string, PostingRow[]>
  postingsBytes: number
}

const shared = new WeakMap<Store, Shared>()
const DF_CACHE_MAX = 200_000
/** Terms in at least this many entries keep their postings in memory, up to POSTINGS_CACHE_BYTES. */
const POSTINGS_CACHE_MIN_DF = 1000
const POSTINGS_CACHE_BYTES = 32 * 1024 * 1024

async function loadShared(store: Store, ranking: Ranking): Promise<Shared> {
  const { version } = await store.meta()
  const cached = shared.get(store)
  if (cached && cached.version === version && cached.ranking === ranking) return cached
  const [segments, dead, norms, facets] = await Promise.all([
    store.segments(),
    store.dead(),
    store.postingsByFolded(['z:']),
    store.postingsWithPrefix('f:'),
  ])
  const forward = buildForward(norms, new Set(dead.map((d) => d.id)), ranking)
  const live = segments.reduce((n, s) => n + s.docs - s.dead, 0)
  const lists = facetLists(facets, forward.maxId)
  const fresh: Shared = { version, ranking, forward, lists, live, df: new Map(), postings: new Map(), postingsBytes: 0 }
  // A slower concurrent load of an older version must not replace a newer one.
  if (!cached || cached.version <= version) shared.set(store, fresh)
  return fresh
}

/** Document frequencies of the query's terms: from the cache, asking the database for the rest. */
async function loadDf(store: Store, folded: string[], ranking: Ranking): Promise<[Shared, Map<string, number>]> {
  const before = shared.get(store)
  const unknown = before ? folded.filter((f) => !before.df.has(f)) : folded
  const [common, fetched] = await Promise.all([
    loadShared(store, ranking),
    unknown.length > 0 ? store.dfByFolded(unknown) : Promise.resolve(new Map<string, number>()),
  ])
  // The index changed meanwhile: the cached figures belonged to the old version.
  const all = common !== before && unknown.length < folded.length ? await store.dfByFolded(folded) : fetched
  const asked = all === fetched ? unknown : folded
  if (common.df.size + asked.length > DF_CACHE_MAX) common.df.clear()
  for (const f of asked) common.df.set(f, all.get(f) ?? 0)
  const df = new Map<string, number>()
  for (const f of folded) {
    const n = all.get(f) ?? common.df.get(f) ?? 0
    if (n > 0) df.set(f, n)
  }
  return [common, df]
}

/** A query with at most this many units (syllables, numbers) is short: every word of it counts. */
export const SHORT_QUERY_UNITS = 4

/**
 * Drops terms found in more than maxDfRatio of the entries, then keeps the rarest terms while the
 * postings to read stay within postingsBudget (long questions on a large index: the very common
 * syllables go first, they barely rank). At least the rarest unit always stays. A short query,
 * whose every word counts, has a larger budget (shortPostingsBudget).
 */
export function pruneTerms(
  terms: QueryTerm[],
  df: ReadonlyMap<string, number>,
  live: number,
  ranking: Ranking,
): QueryTerm[] {
  const dfOf = (t: QueryTerm) => df.get(t.folded) ?? 0
  const present = terms
    .filter((t) => dfOf(t) > 0)
    .sort((a, b) => dfOf(a) - dfOf(b) || (a.folded < b.folded ? -1 : a.folded > b.folded ? 1 : 0))
  const short = terms.filter((t) => t.unit).length <= SHORT_QUERY_UNITS
  const limit = Math.max(1, ranking.maxDfRatio * live)
  const budget = short ? ranking.shortPostingsBudget : ranking.postingsBudget
  const kept: QueryTerm[] = []
  let postings = 0
  for (const term of present) {
    const n = dfOf(term)
    const fits = n <= limit && postings + n <= budget
    if (fits || (kept.length === 0 && term.unit)) {
      kept.push(term)
      postings += n
    }
  }
  if (!kept.some((t) => t.unit)) {
    const rarest = present.find((t) => t.unit)
    if (rarest) kept.push(rarest)
  }
  // Scoring order is the query's order, whatever was dropped.
  return terms.filter((t) => kept.includes(t))
}

const cachedBytes = (list: PostingRow[]) => list.reduce((n, r) => n + 64 + r.data.byteLength, 0)

/** The posting rows of the terms, by folded key: common terms from memory, the rest from the database. */
async function loadPostings(
  store: Store,
  common: Shared,
  terms: QueryTerm[],
  df: ReadonlyMap<string, number>,
): Promise<Map<string, PostingRow[]>> {
  const rows = new Map<string, PostingRow[]>()
  const cache = common.postings
  const missing: string[] = []
  for (const { folded } of terms) {
    const cached = cache.get(folded)
    if (!cached) missing.push(folded)
    else {
      // Most recently used last.
      cache.delete(folded)
      cache.set(folded, cached)
      rows.set(folded, cached)
    }
  }
  for (const row of await store.postingsByFolded(missing)) {
    const list = rows.get(row.folded)
    if (list) list.push(row)
    else rows.set(row.folded, [row])
  }
  for (const folded of missing) {
    const list = rows.get(folded)
    if (!list || (df.get(folded) ?? 0) < POSTINGS_CACHE_MIN_DF) continue
    cache.set(folded, list)
    common.postingsBytes += cachedBytes(list)
  }
  for (const [folded, list] of cache) {
    if (common.postingsBytes <= POSTINGS_CACHE_BYTES) break
    cache.delete(folded)
    common.postingsBytes -= cachedBytes(list)
  }
  return rows
}

async function load(store: Store, query: ParsedQuery, ranking: Ranking) {
  const weighed = query.terms.filter((t) => termWeight(t, ranking) > 0)
  const [common, df] = await loadDf(
    store,
    weighed.map((t) => t.folded),
    ranking,
  )
  const terms = pruneTerms(weighed, df, common.live, ranking)
  const rows = await loadPostings(store, common, terms, df)
  const units = query.terms.filter((t) => t.unit).length
  // Syllables too common to read were dropped: a result may lack them.
  const pruned = query.terms.filter((t) => t.unit && df.has(t.folded)).length - terms.filter((t) => t.unit).length
  return { ...common, rows, terms, units, pruned }
}

/**
 * How many of the query's units (syllables, numbers) a result must contain: all of a short query
 * (up to 4), a share of a long one (natural-language questions). A syllable that no entry has
 * still counts ("đất đai xyz" must not match "đất đai" alone); one too common to be read
 * (`pruned`) is taken as present, since it was not looked at.
 */
export function required(units: number, ranking: Ranking, pruned = 0): number {
  const all = Math.min(units, Math.max(SHORT_QUERY_UNITS, Math.ceil(units * ranking.minShouldMatch)))
  return Math.max(Math.min(1, units), all - pruned)
}

/** The k best of `candidates` by score (ties: lower id first), best first. */
function topK(candidates: Int32Array, score: Float64Array, k: number): number[] {
  const better = (a: number, b: number) =>
    (score[a] as number) > (score[b] as number) || ((score[a] as number) === (score[b] as number) && a < b)
  if (candidates.length <= k * 4) return Array.from(candidates).sort((a, b) => (better(a, b) ? -1 : 1))
  const top: number[] = []
  for (let c = 0; c < candidates.length; c++) {
    const doc = candidates[c] as number
    if (top.length < k) top.push(doc)
    else if (better(doc, top[top.length - 1] as number)) top[top.length - 1] = doc
    else continue
    for (let i = top.length - 1; i > 0 && better(top[i] as number, top[i - 1] as number); i--) {
      const t = top[i - 1] as number
      top[i - 1] = top[i] as number
      top[i] = t
    }
  }
  return top
}

type Page = {
  pageIds: number[]
  pageScores: Map<number, number>
  total: number
  page: number
  totalPages: number
  facets: SearchFacets
}

/** Scratch space for the candidates of a search (used synchronously, like the scores). */
let candidateBuffer = new Int32Array(0)

/**
 * Candidates (entries with at least `need` units; every live entry when browsing), filters, facets
 * and the asked page, from the scores of one search: synchronous, before the scores are released.
 */
function selectPage(
  scores: Scores,
  forward: Forward,
  lists: FacetLists,
  request: SearchRequest,
  limit: number,
  askedPage: number,
  need: number | null,
): Page {
  const size = need === null ? forward.n : scores.hits
  if (candidateBuffer.length < size) candidateBuffer = new Int32Array(Math.ceil(size * 1.25))
  const buffer = candidateBuffer
  let c = 0
  if (need === null) {
    const live = forward.live
    for (let doc = forward.maxId; doc >= 1 && c < size; doc--) if (live[doc] === 1) buffer[c++] = doc
  } else {
    const { hit, matched } = scores
    for (let i = 0; i < size; i++) {
      const doc = hit[i] as number
      if ((matched[doc] as number) >= need) buffer[c++] = doc
    }
  }
  const candidates = buffer.subarray(0, c)
  const mask = filterMask(lists, request.filters)
  const matching = applyFilters(candidates, lists, mask)
  const total = matching.length
  const totalPages = Math.max(1, Math.ceil(total / limit))
  const page = Math.min(askedPage, totalPages)
  const ordered =
    need === null ? Array.from(matching.subarray(0, page * limit)) : topK(matching, scores.score, page * limit)
  const pageIds = ordered.slice((page - 1) * limit, page * limit)
  const pageScores = new Map(pageIds.map((id) => [id, scores.score[id] ?? 0]))
  return { pageIds, pageScores, total, page, totalPages, facets: countFacets(candidates, lists, mask) }
}

export async function runSearch(
  store: Store,
  request: SearchRequest,
  ranking: Ranking,
  withSuggestion = true,
): Promise<SearchResponse> {
  const limit = Math.min(MAX_LIMIT, Math.max(1, Math.floor(request.limit ?? DEFAULT_LIMIT)))
  const askedPage = Math.min(MAX_PAGE, Math.max(1, Math.floor(request.page ?? 1)))
  const query = parseQuery(request.query ?? '')
  const { forward, rows, lists, terms, units, pruned } = await load(store, query, ranking)
  const browsing = query.terms.length === 0
  // From here to the page's ids everything is synchronous: the scores live in shared scratch space.
  const need = browsing ? null : required(units, ranking, pruned)
  const everyUnit = need !== null && need >= terms.filter((t) => t.unit).length
  const scores = scoreTerms(terms, rows, query.toned, forward, ranking, everyUnit)
  let page: Page
  try {
    page = selectPage(scores, forward, lists, request, limit, askedPage, need)
  } finally {
    scores.release()
  }
  const { pageIds, pageScores, total, totalPages, facets } = page
  const withSnippets = request.snippets !== false
  const rowsById = new Map((await store.docs(pageIds, withSnippets)).map((d) => [d.id, d]))
  const syllables = new Set(query.tokens.map((t) => t.folded))
  const hits: SearchHitResult[] = []
  for (const id of pageIds) {
    const d = rowsById.get(id)
    if (!d) continue
    hits.push({
      key: d.key,
      collection: d.collection,
      docId: d.docId,
      url: d.url,
      title: d.title,
      heading: d.heading,
      docNumber: d.docNumber,
      articleNumber: d.articleNumber,
      publishedAt: d.publishedAt,
      snippet: withSnippets ? makeSnippet(d.body, syllables) : [],
      score: pageScores.get(id) ?? 0,
    })
  }
  const response: SearchResponse = { hits, total, page: page.page, totalPages, facets }
  if (total === 0 && !browsing && withSuggestion) {
    const finds = async (text: string) =>
      (await runSearch(store, { ...request, query: text, page: 1, limit: 1 }, ranking, false)).total > 0
    const didYouMean = await suggest(store, query, finds)
    if (didYouMean && didYouMean !== query.text) response.didYouMean = didYouMean
  }
  return response
}
