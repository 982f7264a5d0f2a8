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
  /** share of the query's syllables a result must contain when the query has more than 4 */
  minShouldMatch: number
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
  postingsBudget: 400_000,
  minShouldMatch: 0.3,
}

export type Forward = { maxId: number; live: Uint8Array; dl: Float64Array; n: number; avgdl: number }

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
  return { maxId, live, dl, n, avgdl: n > 0 ? Math.max(total / n, 1e-9) : 1 }
}

export function idf(n: number, df: number): number {
  return Math.log(1 + (n - df + 0.5) / (df + 0.5))
}

export type Scores = { score: Float64Array; matched: Uint16Array; hit: number[] }

type Acc = { tf: Float64Array; touched: number[] }

/** Cursor of the varint reader below (module state keeps the hot loop free of closures). */
let at = 0

function varint(data: Uint8Array): number {
  let byte = data[at++] as number
  if (byte < 0x80) return byte
  let result = byte & 0x7f
  let scale = 128
  do {
    byte = (data[at++] as number) | 0
    result += (byte & 0x7f) * scale
    scale *= 128
  } while (byte >= 0x80)
  return result
}

/**
 * Decodes one posting blob (format 1, see ./codec) straight into the accumulators: the folded
 * term's and, for the exact toned variant, the toned one. One pass, no intermediate arrays.
 */
function accumulate(data: Uint8Array, weights: Ranking['fieldWeights'], f: Forward, acc: Acc, toned: Acc | null): void {
  if (data.length < 2 || data[0] !== 1) return
  at = 1
  const count = varint(data)
  const [w0, w1, w2, w3] = weights
  const live = f.live
  const tf = acc.tf
  const touched = acc.touched
  const tonedTf = toned ? toned.tf : null
  let doc = 0
  for (let i = 0; i < count; i++) {
    doc += varint(data)
    const mask = data[at++] as number
    let value = 0
    if (mask & 1) value += w0 * varint(data)
    if (mask & 2) value += w1 * varint(data)
    if (mask & 4) value += w2 * varint(data)
    if (mask & 8) value += w3 * varint(data)
    if (value <= 0 || live[doc] !== 1) continue
    const before = tf[doc] as number
    if (before === 0) touched.push(doc)
    tf[doc] = before + value
    if (tonedTf && toned) {
      const t = tonedTf[doc] as number
      if (t === 0) toned.touched.push(doc)
      tonedTf[doc] = t + value
    }
  }
}

/** Adds weight × BM25 of the accumulated term to every touched doc, then clears the accumulator. */
function flush(acc: Acc, weight: number, f: Forward, ranking: Ranking, out: Scores, unit: boolean): void {
  const { k1, b } = ranking
  const w = weight * idf(f.n, acc.touched.length)
  for (const doc of acc.touched) {
    const tf = acc.tf[doc] ?? 0
    const norm = k1 * (1 - b + (b * (f.dl[doc] ?? 0)) / f.avgdl)
    if (out.matched[doc] === 0 && out.score[doc] === 0) out.hit.push(doc)
    out.score[doc] = (out.score[doc] ?? 0) + (w * tf * (k1 + 1)) / (tf + norm)
    if (unit) out.matched[doc] = (out.matched[doc] ?? 0) + 1
    acc.tf[doc] = 0
  }
  acc.touched.length = 0
}

/**
 * Scores `terms` over their posting rows (grouped by folded key, in a fixed order). `matched`
 * counts the unit terms each doc contains.
 */
export function scoreTerms(
  terms: QueryTerm[],
  rows: ReadonlyMap<string, PostingRow[]>,
  toned: boolean,
  f: Forward,
  ranking: Ranking,
): Scores {
  const out: Scores = { score: new Float64Array(f.maxId + 1), matched: new Uint16Array(f.maxId + 1), hit: [] }
  const acc: Acc = { tf: new Float64Array(f.maxId + 1), touched: [] }
  const tonedAcc: Acc = { tf: new Float64Array(f.maxId + 1), touched: [] }
  for (const term of terms) {
    const repeat = ranking.k3 > 0 ? ((ranking.k3 + 1) * term.count) / (ranking.k3 + term.count) : 1
    const weight = ranking.kindWeights[term.kind] * repeat
    const exact = toned && term.toned !== null && ranking.tonedWeight > 0 ? term.toned : null
    for (const row of rows.get(term.folded) ?? []) {
      accumulate(row.data, ranking.fieldWeights, f, acc, row.term === exact ? tonedAcc : null)
    }
    flush(acc, weight, f, ranking, out, term.unit)
    if (exact) flush(tonedAcc, weight * ranking.tonedWeight, f, ranking, out, false)
  }
  return out
}
