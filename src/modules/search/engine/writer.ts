/**
 * Writes: every index() or remove() is one version-checked batch. New entries go to a new segment
 * (posting blobs per term); replaced or removed entries are marked dead until their segment is
 * merged. Segments of similar size are merged (8 at a time), and one with many dead entries is
 * rewritten, so a search reads few rows per term.
 */
import { PostingBuilder } from './codec'
import { mergeSegments } from './merge'
import { withRetry } from './retry'
import { writes } from './store/sql'
import type { Store } from './store/store'
import type { DocRow, PostingRow, Stmt } from './store/types'
import { entryFacets, entryTerms, facetTerm } from './terms'
import { normalizeForIndex } from './text'
import type { SearchEntry } from './types'

/** A bulk index() writes segments of at most this many entries (one batch each). */
export const SEGMENT_MAX_DOCS = 25_000
/** Writes of at least this many entries refresh the planner's statistics. */
const ANALYZE_AFTER = 1000

function docRow(entry: SearchEntry, id: number, seg: number): DocRow {
  const text = (v: string | null | undefined) =>
    v === null || v === undefined || v === '' ? null : normalizeForIndex(v)
  return {
    id,
    key: entry.key,
    seg,
    collection: entry.collection,
    docId: String(entry.docId),
    url: entry.url,
    title: normalizeForIndex(entry.title),
    heading: text(entry.heading),
    body: normalizeForIndex(entry.body),
    docNumber: text(entry.docNumber),
    articleNumber: text(entry.articleNumber),
    publishedAt: entry.publishedAt ?? null,
  }
}

/** Statements that mark the entries with these keys dead. */
async function retire(store: Store, keys: string[]): Promise<Stmt[]> {
  const old = await store.idsForKeys(keys)
  if (old.length === 0) return []
  const perSeg = new Map<number, number>()
  for (const row of old) perSeg.set(row.seg, (perSeg.get(row.seg) ?? 0) + 1)
  return [
    writes.deleteDocs(
      store.dialect,
      old.map((r) => r.id),
    ),
    ...writes.insertDead(old.map((r) => ({ id: r.id, seg: r.seg }))),
    ...[...perSeg].map(([seg, count]) => writes.addDeadCount(seg, count)),
  ]
}

async function writeSegment(store: Store, entries: SearchEntry[]): Promise<void> {
  const meta = await store.meta()
  const seg = meta.nextSeg
  const lists = new Map<string, { folded: string; builder: PostingBuilder }>()
  const add = (term: string, folded: string, doc: number, tfs: ArrayLike<number> | null) => {
    let list = lists.get(term)
    if (!list) lists.set(term, (list = { folded, builder: new PostingBuilder(tfs !== null) }))
    list.builder.add(doc, tfs)
  }
  const docs: DocRow[] = []
  entries.forEach((entry, i) => {
    const id = meta.nextDoc + i
    const { terms, lengths } = entryTerms(entry)
    for (const [term, info] of terms) add(term, info.folded, id, info.tf)
    add('z:', 'z:', id, lengths)
    for (const [dim, value] of entryFacets(entry)) add(facetTerm(dim, value), facetTerm(dim, value), id, null)
    docs.push(docRow(entry, id, seg))
  })
  const postings: PostingRow[] = []
  for (const [term, list] of lists) {
    postings.push({ seg, term, folded: list.folded, df: list.builder.count, data: list.builder.finish() })
  }
  await store.exec.commit([
    writes.bumpVersion(meta.version),
    writes.setMeta('next_doc', meta.nextDoc + entries.length),
    writes.setMeta('next_seg', seg + 1),
    ...(await retire(
      store,
      entries.map((e) => e.key),
    )),
    writes.insertSegment(seg, entries.length),
    ...writes.insertDocs(docs),
    ...writes.insertPostings(postings),
  ])
}

export async function indexEntries(store: Store, entries: SearchEntry[]): Promise<void> {
  // The last entry given for a key wins.
  const byKey = new Map<string, SearchEntry>()
  for (const entry of entries) byKey.set(entry.key, entry)
  const unique = [...byKey.values()]
  let merged = false
  for (let from = 0; from < unique.length; from += SEGMENT_MAX_DOCS) {
    const chunk = unique.slice(from, from + SEGMENT_MAX_DOCS)
    await withRetry(store, () => writeSegment(store, chunk))
    merged = (await mergeSegments(store)) || merged
  }
  if (merged || unique.length >= ANALYZE_AFTER) await store.analyze()
}

export async function removeEntries(store: Store, keys: string[]): Promise<void> {
  const unique = [...new Set(keys)]
  if (unique.length === 0) return
  await withRetry(store, async () => {
    const meta = await store.meta()
    const stmts = await retire(store, unique)
    if (stmts.length === 0) return
    await store.exec.commit([writes.bumpVersion(meta.version), ...stmts])
  })
  if (await mergeSegments(store)) await store.analyze()
}
