/**
 * BM25F over syllables, adjacent-syllable bigrams and number compounds. A folded query term reads
 * every toned variant ("dat" → đất, đặt, đạt…) and is scored on their summed frequency; when the
 * query has tone marks the exact toned term is scored again, so "luật đất đai" outranks
 * "lúa đất đài". Term statistics (N, df, lengths) come from the live postings themselves.
 */
import { decodeWeighted } from './codec'
import type { QueryTerm, TermKind } from './query'
import type { PostingRow } from './store/types'

export type Ranking = {
  k1: number
  b: number
  /** per field: title, heading, body, number */
  fieldWeights: readonly [number, number, number, number]
  /** per field, for the document length */
  lengthWeights: readonly [number, number, number, number]
  kindWeights: Readonly<Record<TermKind, number>>
  /** saturation of a term repeated in the query (BM25's k3); 0 counts every term once */
  k3: number
  /** extra weight of the exact toned term when the query has tone marks */
  tonedWeight: number
  /** query terms found in more than this share of entries are skipped (speed; they barely rank) */
  maxDfRatio: number
  /** at most this many postings are read per query (rarest terms first); see pruneTerms */
  postingsBudget: number
  /** the same for a short query (up to 4 syllables): every word of it counts */
  shortPostingsBudget: number
  /** share of the query's syllables a result must contain when the query has more than 4 */
  minShouldMatch: number
  /** weight of question words ("gì", "nào", "… đúng hay sai") and of the bigrams they are part of */
  questionWeight: number
}

export const DEFAULT_RANKING: Ranking = {
  k1: 1.2,
  b: 0.75,
  fieldWeights: [1, 2, 1, 3],
  lengthWeights: [0, 1, 1, 0],
  kindWeights: { u: 1, b: 1, n: 3, a: 2, d: 1.5 },
  tonedWeight: 1,
  k3: 0,
  maxDfRatio: 1,
  postingsBudget: 100_000,
  shortPostingsBudget: 400_000,
  minShouldMatch: 0.3,
  questionWeight: 0,
}

export type Forward = {
  maxId: number
  live: Uint8Array
  dl: Float64Array
  n: number
  avgdl: number
  /** per doc: k1 × (1 − b + b × dl / avgdl), BM25's length normalisation, computed once */
  norm: Float64Array
}

/** Live entries and their weighted lengths, from the norms lists ("z:") of every segment. */
export function buildForward(norms: PostingRow[], dead: ReadonlySet<number>, ranking: Ranking): Forward {
  const decoded = norms.map((row) => decodeWeighted(row.data, ranking.lengthWeights))
  let maxId = 0
  for (const list of decoded) for (const doc of list.docs) if (doc > maxId) maxId = doc
  const live = new Uint8Array(maxId + 1)
  const dl = new Float64Array(maxId + 1)
  let n = 0
  let total = 0
  for (const list of decoded) {
    list.docs.forEach((doc, i) => {
      if (dead.has(doc)) return
      live[doc] = 1
      dl[doc] = list.values[i] ?? 0
      n++
      total += list.values[i] ?? 0
    })
  }
  const avgdl = n > 0 ? Math.max(total / n, 1e-9) : 1
  const norm = new Float64Array(maxId + 1)
  const { k1, b } = ranking
  for (let doc = 0; doc <= maxId; doc++) norm[doc] = k1 * (1 - b + (b * (dl[doc] ?? 0)) / avgdl)
  return { maxId, live, dl, n, avgdl, norm }
}

/** The weight of a query term in the ranking; terms of weight 0 are not even read. */
export function termWeight(term: QueryTerm, ranking: Ranking): number {
  const repeat = ranking.k3 > 0 ? ((ranking.k3 + 1) * term.count) / (ranking.k3 + term.count) : 1
  return ranking.kindWeights[term.kind] * repeat * (term.asking ? ranking.questionWeight : 1)
}

export function idf(n: number, df: number): number {
  return Math.log(1 + (n - df + 0.5) / (df + 0.5))
}

/**
 * Scores of one search. The arrays are scratch space shared by all searches of the process (a
 * search scores synchronously, then copies what it keeps): call `release` before the next search.
 */
export type Scores = {
  score: Float64Array
  matched: Uint16Array
  /** docs with a score, in the order they were first reached: hit[0 … hits − 1] */
  hit: Int32Array
  hits: number
  release(): void
}

/**
 * One accumulator of term frequencies: tf per doc, the docs touched since the last flush, and,
 * when only some docs are scored (see scoreTerms), the term's document frequency counted apart.
 */
type Acc = { tf: Float64Array; touched: Int32Array; count: number; df: number }

type Scratch = {
  size: number
  busy: boolean
  acc: Acc
  toned: Acc
  score: Float64Array
  matched: Uint16Array
  seen: Uint8Array
  hit: Int32Array
  /** per doc, the last term that counted it in its document frequency (see Acc.df) */
  stamp: Int32Array
  term: number
}

let scratch: Scratch | null = null

function acc(size: number): Acc {
  return { tf: new Float64Array(size), touched: new Int32Array(size), count: 0, df: 0 }
}

function newScratch(size: number): Scratch {
  return {
    size,
    busy: false,
    acc: acc(size),
    toned: acc(size),
    score: new Float64Array(size),
    matched: new Uint16Array(size),
    seen: new Uint8Array(size),
    hit: new Int32Array(size),
    stamp: new Int32Array(size),
    term: 0,
  }
}

/** The shared scratch space, or a private one while it is in use (a search that did not release). */
function scratchFor(size: number): Scratch {
  if (scratch?.busy) return newScratch(size)
  if (!scratch || scratch.size < size) scratch = newScratch(Math.max(size, Math.ceil((scratch?.size ?? 0) * 1.25)))
  return scratch
}

const weights = new Float64Array(4)

/**
 * Decodes one posting blob (format 1, see ./codec) straight into the accumulator (and, for the
 * exact toned variant, the toned one too). One pass, no intermediate arrays; varints inlined.
 */
function accumulate(
  data: Uint8Array,
  live: Uint8Array,
  allowed: Uint8Array | null,
  into: Acc,
  toned: Acc | null,
  stamp: Int32Array,
  term: number,
): void {
  const end = data.length
  if (end < 2 || data[0] !== 1) return
  let pos = 1
  let byte = data[pos++] as number
  let count = byte & 0x7f
  for (let scale = 128; byte >= 0x80 && pos < end; scale *= 128) {
    byte = data[pos++] as number
    count += (byte & 0x7f) * scale
  }
  const tf = into.tf
  const touched = into.touched
  let n = into.count
  const tonedTf = toned ? toned.tf : null
  const tonedTouched = toned ? toned.touched : null
  let tn = toned ? toned.count : 0
  const max = live.length
  let doc = 0
  for (let i = 0; i < count && pos < end; i++) {
    byte = data[pos++] as number
    if (byte < 0x80) doc += byte
    else {
      let gap = byte & 0x7f
      for (let scale = 128; byte >= 0x80; scale *= 128) {
        byte = data[pos++] as number
        gap += (byte & 0x7f) * scale
      }
      doc += gap
    }
    const mask = data[pos++] as number
    let value = 0
    for (let f = 0; f < 4; f++) {
      if ((mask & (1 << f)) === 0) continue
      byte = data[pos++] as number
      let v = byte & 0x7f
      for (let scale = 128; byte >= 0x80; scale *= 128) {
        byte = data[pos++] as number
        v += (byte & 0x7f) * scale
      }
      value += (weights[f] as number) * v
    }
    if (value <= 0 || doc >= max || live[doc] !== 1) continue
    if (allowed !== null) {
      // Only some docs are scored: count every doc for the document frequency all the same.
      if (stamp[doc] !== term) {
        stamp[doc] = term
        into.df++
      }
      if (toned) toned.df++
      if (allowed[doc] !== 1) continue
    }
    const before = tf[doc] as number
    if (before === 0) touched[n++] = doc
    tf[doc] = before + value
    if (tonedTf !== null && tonedTouched !== null) {
      const t = tonedTf[doc] as number
      if (t === 0) tonedTouched[tn++] = doc
      tonedTf[doc] = t + value
    }
  }
  into.count = n
  if (toned) toned.count = tn
}

/**
 * Adds weight × BM25 of the accumulated term to every touched doc, then clears the accumulator.
 * `gated`: the touched docs are only some of the term's docs, its frequency was counted apart.
 */
function flush(
  a: Acc,
  weight: number,
  f: Forward,
  k1: number,
  out: Scratch,
  state: { hits: number },
  unit: boolean,
  gated: boolean,
) {
  const w = weight * idf(f.n, gated ? a.df : a.count) * (k1 + 1)
  const { tf, touched } = a
  const { score, matched, seen, hit } = out
  const norm = f.norm
  let hits = state.hits
  for (let i = 0; i < a.count; i++) {
    const doc = touched[i] as number
    const t = tf[doc] as number
    if (seen[doc] === 0) {
      seen[doc] = 1
      hit[hits++] = doc
    }
    score[doc] = (score[doc] as number) + (w * t) / (t + (norm[doc] as number))
    if (unit) matched[doc] = (matched[doc] as number) + 1
    tf[doc] = 0
  }
  state.hits = hits
  a.count = 0
  a.df = 0
}

/**
 * Scores `terms` over their posting rows (grouped by folded key, in a fixed order). `matched`
 * counts the unit terms each doc contains. With `everyUnit` (a result needs every unit term) the
 * unit with the fewest postings goes first and the other terms only score the docs it reached:
 * the rest can never be results, so their postings are decoded but not scored.
 */
export function scoreTerms(
  terms: QueryTerm[],
  rows: ReadonlyMap<string, PostingRow[]>,
  toned: boolean,
  f: Forward,
  ranking: Ranking,
  everyUnit = false,
): Scores {
  const out = scratchFor(f.maxId + 1)
  out.busy = true
  const state = { hits: 0 }
  ranking.fieldWeights.forEach((w, i) => (weights[i] = w))
  let ordered = terms
  if (everyUnit) {
    const size = (t: QueryTerm) => (rows.get(t.folded) ?? []).reduce((n, r) => n + r.df, 0)
    const first = terms
      .filter((t) => t.unit && termWeight(t, ranking) > 0)
      .reduce<QueryTerm | null>((best, t) => (best === null || size(t) < size(best) ? t : best), null)
    if (first) ordered = [first, ...terms.filter((t) => t !== first)]
  }
  let allowed: Uint8Array | null = null
  for (const term of ordered) {
    const weight = termWeight(term, ranking)
    if (weight <= 0) continue
    const exact = toned && term.toned !== null && ranking.tonedWeight > 0 ? term.toned : null
    out.term = (out.term % 0x7fffffff) + 1
    for (const row of rows.get(term.folded) ?? []) {
      const into = row.term === exact ? out.toned : null
      accumulate(row.data, f.live, allowed, out.acc, into, out.stamp, out.term)
    }
    const gated = allowed !== null
    flush(out.acc, weight, f, ranking.k1, out, state, term.unit, gated)
    if (exact) flush(out.toned, weight * ranking.tonedWeight, f, ranking.k1, out, state, false, gated)
    // The docs reached so far are exactly those with the first unit: the only possible results.
    if (everyUnit && term.unit) allowed = out.seen
  }
  const hits = state.hits
  return {
    score: out.score,
    matched: out.matched,
    hit: out.hit,
    hits,
    release() {
      if (hits > out.size / 16) {
        out.score.fill(0)
        out.matched.fill(0)
        out.seen.fill(0)
      } else
        for (let i = 0; i < hits; i++) {
          const doc = out.hit[i] as number
          out.score[doc] = 0
          out.matched[doc] = 0
          out.seen[doc] = 0
        }
      out.busy = false
    },
  }
}
