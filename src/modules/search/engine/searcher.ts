/**
 * A search: parse the query, skip terms too common to matter, read the postings of the rest,
 * score (./scoring), keep entries that contain enough of the query, filter, count facets, page,
 * and cut snippets. Everything after the reads is plain code: both databases rank alike.
 */
import { applyFilters, countFacets, facetLists, type FacetLists } from './facets'
import { parseQuery, type ParsedQuery, type QueryTerm } from './query'
import { buildForward, scoreTerms, type Forward, type Ranking } from './scoring'
import { makeSnippet } from './snippet'
import type { Store } from './store/store'
import type { PostingRow } from './store/types'
import { suggest } from './suggest'
import type { SearchHitResult, SearchRequest, SearchResponse } from './types'

export const DEFAULT_LIMIT = 10
export const MAX_LIMIT = 100
export const MAX_PAGE = 1000

/** What every search needs besides the query's postings; kept until the index version changes. */
type Shared = { version: number; weights: Ranking['lengthWeights']; forward: Forward; lists: FacetLists; live: number }

const shared = new WeakMap<Store, Shared>()

async function loadShared(store: Store, ranking: Ranking): Promise<Shared> {
  const { version } = await store.meta()
  const cached = shared.get(store)
  if (cached && cached.version === version && cached.weights === ranking.lengthWeights) return cached
  const [segments, dead, norms, facets] = await Promise.all([
    store.segments(),
    store.dead(),
    store.postingsByFolded(['z:']),
    store.postingsWithPrefix('f:'),
  ])
  const forward = buildForward(norms, new Set(dead.map((d) => d.id)), ranking)
  const live = segments.reduce((n, s) => n + s.docs - s.dead, 0)
  const fresh: Shared = { version, weights: ranking.lengthWeights, forward, lists: facetLists(facets), live }
  shared.set(store, fresh)
  return fresh
}

/**
 * Drops terms found in more than maxDfRatio of the entries, then keeps the rarest terms while the
 * postings to read stay within postingsBudget (long questions on a large index: the very common
 * syllables go first, they barely rank). At least the rarest unit always stays.
 */
export function pruneTerms(
  terms: QueryTerm[],
  df: ReadonlyMap<string, number>,
  live: number,
  ranking: Ranking,
): QueryTerm[] {
  const limit = Math.max(1, ranking.maxDfRatio * live)
  const dfOf = (t: QueryTerm) => df.get(t.folded) ?? 0
  const present = terms
    .filter((t) => dfOf(t) > 0)
    .sort((a, b) => dfOf(a) - dfOf(b) || (a.folded < b.folded ? -1 : a.folded > b.folded ? 1 : 0))
  const kept: QueryTerm[] = []
  let postings = 0
  for (const term of present) {
    const n = dfOf(term)
    const fits = n <= limit && postings + n <= ranking.postingsBudget
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

async function load(store: Store, query: ParsedQuery, ranking: Ranking) {
  const [common, df] = await Promise.all([
    loadShared(store, ranking),
    store.dfByFolded(query.terms.map((t) => t.folded)),
  ])
  // A syllable that no entry has still counts: "đất đai xyz" must not match "đất đai" alone.
  const missingUnits = query.terms.filter((t) => t.unit && !df.has(t.folded)).length
  const terms = pruneTerms(query.terms, df, common.live, ranking)
  const rows = new Map<string, PostingRow[]>()
  for (const row of await store.postingsByFolded(terms.map((t) => t.folded))) {
    rows.set(row.folded, [...(rows.get(row.folded) ?? []), row])
  }
  return { ...common, rows, terms, units: terms.filter((t) => t.unit).length + missingUnits }
}

/**
 * How many of the query's units (syllables, numbers) a result must contain: all of a short query
 * (up to 4), a share of a long one (natural-language questions).
 */
export function required(units: number, ranking: Ranking): number {
  return Math.min(units, Math.max(4, Math.ceil(units * ranking.minShouldMatch)))
}

function topK(candidates: number[], score: Float64Array, k: number): number[] {
  const better = (a: number, b: number) =>
    (score[a] ?? 0) > (score[b] ?? 0) || ((score[a] ?? 0) === (score[b] ?? 0) && a < b)
  if (candidates.length <= k * 4) return [...candidates].sort((a, b) => (better(a, b) ? -1 : 1))
  const top: number[] = []
  for (const doc of candidates) {
    if (top.length < k) top.push(doc)
    else if (better(doc, top[top.length - 1] ?? 0)) top[top.length - 1] = doc
    else continue
    for (let i = top.length - 1; i > 0 && better(top[i] ?? 0, top[i - 1] ?? 0); i--) {
      const t = top[i - 1] ?? 0
      top[i - 1] = top[i] ?? 0
      top[i] = t
    }
  }
  return top
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
  const { forward, rows, lists, terms, units } = await load(store, query, ranking)
  const browsing = query.terms.length === 0
  const scores = scoreTerms(terms, rows, query.toned, forward, ranking)
  const need = required(units, ranking)
  let candidates: number[]
  if (browsing) {
    candidates = []
    for (let doc = forward.maxId; doc >= 1; doc--) if (forward.live[doc] === 1) candidates.push(doc)
  } else {
    candidates = scores.hit.filter((doc) => (scores.matched[doc] ?? 0) >= need)
  }
  const isCandidate = new Uint8Array(forward.maxId + 1)
  for (const doc of candidates) isCandidate[doc] = 1
  const failed = new Uint8Array(forward.maxId + 1)
  const bits = applyFilters(candidates, failed, lists, request.filters)
  const matching = candidates.filter((doc) => failed[doc] === 0)
  const total = matching.length
  const totalPages = Math.max(1, Math.ceil(total / limit))
  const page = Math.min(askedPage, totalPages)
  const ordered = browsing ? matching.slice(0, page * limit) : topK(matching, scores.score, page * limit)
  const pageIds = ordered.slice((page - 1) * limit, page * limit)
  const rowsById = new Map((await store.docs(pageIds)).map((d) => [d.id, d]))
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
      snippet: makeSnippet(d.body, syllables),
      score: scores.score[id] ?? 0,
    })
  }
  const response: SearchResponse = {
    hits,
    total,
    page,
    totalPages,
    facets: countFacets(isCandidate, failed, lists, bits),
  }
  if (total === 0 && !browsing && withSuggestion) {
    const finds = async (text: string) =>
      (await runSearch(store, { ...request, query: text, page: 1, limit: 1 }, ranking, false)).total > 0
    const didYouMean = await suggest(store, query, finds)
    if (didYouMean && didYouMean !== query.text) response.didYouMean = didYouMean
  }
  return response
}
