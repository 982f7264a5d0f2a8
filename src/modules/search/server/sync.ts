import type { CollectionSlug, Payload } from 'payload'
import { searchableCollections } from '@/modules'
import { createSearchEngine } from '../engine'
import type { SearchEntry } from '../engine/types'
import { entriesOf } from './entries'

type Doc = Record<string, unknown>

const isPublic = (doc: Doc | null | undefined): doc is Doc => !!doc && doc.workflowState === 'published'

function specFor(collection: string) {
  return searchableCollections().find((s) => s.collection === collection)
}

/**
 * Brings the index in line with one document: a published document's entries are (re)indexed and
 * the entries it no longer has are removed; an unpublished one's entries are removed.
 */
export async function syncDocument(
  payload: Payload,
  collection: string,
  doc: Doc,
  previous?: Doc | null,
): Promise<void> {
  const spec = specFor(collection)
  if (!spec) return
  const engine = createSearchEngine(payload)
  const id = String(doc.id)
  const next: SearchEntry[] = isPublic(doc) ? await entriesOf(spec, doc, payload) : []
  const before: SearchEntry[] = previous && isPublic(previous) ? await entriesOf(spec, previous, payload) : []
  const keep = new Set(next.map((e) => e.key))
  const stale = before.map((e) => e.key).filter((k) => !keep.has(k))
  // Entries of a document that was never public are removed too: its old keys are derived the same way.
  if (next.length === 0) stale.push(`${collection}:${id}`)
  if (stale.length > 0) await engine.remove([...new Set(stale)])
  if (next.length > 0) await engine.index(next)
}

/**
 * Indexes many documents of one collection in one write (one segment instead of one per document):
 * for bulk work that turned the per-document hook off (`context.disableSearchIndex`), such as a
 * follower's first sync. Unpublished ones are removed. Only for documents that had no other entries
 * before (new ones, or ones indexed from the same content): stale entries of an older version are
 * not looked for — the per-document hook does that on ordinary edits.
 */
export async function indexDocuments(payload: Payload, collection: string, ids: Array<number | string>): Promise<void> {
  const spec = specFor(collection)
  const unique = [...new Set(ids)]
  if (!spec || unique.length === 0) return
  const engine = createSearchEngine(payload)
  const entries: SearchEntry[] = []
  const gone: string[] = []
  for (let from = 0; from < unique.length; from += 200) {
    const chunk = unique.slice(from, from + 200)
    // A system job: it reads the documents it was asked to index, in full.
    const found = await payload.find({
      collection: collection as CollectionSlug,
      where: { id: { in: chunk } },
      limit: chunk.length,
      depth: 0,
      pagination: false,
      overrideAccess: true,
    })
    const seen = new Set<string>()
    for (const doc of found.docs as unknown as Doc[]) {
      const id = String(doc.id)
      seen.add(id)
      if (isPublic(doc)) entries.push(...(await entriesOf(spec, doc, payload)))
      else gone.push(`${collection}:${id}`)
    }
    for (const id of chunk) if (!seen.has(String(id))) gone.push(`${collection}:${String(id)}`)
  }
  if (gone.length > 0) await engine.remove(gone)
  if (entries.length > 0) await engine.index(entries)
}

export async function removeDocument(payload: Payload, collection: string, doc: Doc): Promise<void> {
  const spec = specFor(collection)
  if (!spec) return
  const engine = createSearchEngine(payload)
  const keys = isPublic(doc) ? (await entriesOf(spec, doc, payload)).map((e) => e.key) : []
  keys.push(`${collection}:${String(doc.id)}`)
  await engine.remove([...new Set(keys)])
}

/** Re-indexes every published document of every searchable collection (after a seed or import). */
export async function reindexAll(payload: Payload, log: (m: string) => void = () => {}): Promise<number> {
  const engine = createSearchEngine(payload)
  await engine.ensureSchema()
  let total = 0
  for (const spec of searchableCollections()) {
    let page = 1
    for (;;) {
      // A system job: it reads what the public may read, with the full documents it needs.
      const found = await payload.find({
        collection: spec.collection as CollectionSlug,
        where: { workflowState: { equals: 'published' } },
        page,
        limit: 100,
        depth: 0,
        overrideAccess: true,
      })
      const entries: SearchEntry[] = []
      for (const doc of found.docs) entries.push(...(await entriesOf(spec, doc as unknown as Doc, payload)))
      if (entries.length > 0) await engine.index(entries)
      total += entries.length
      if (!found.hasNextPage) break
      page += 1
    }
    log(`${spec.label}: đã lập chỉ mục`)
  }
  return total
}
