/** Typed reads over an Executor; writes are batches of statements built in ./sql. */
import { reads, schema, T } from './sql'
import type { DocRow, Executor, Meta, PostingRow, Row, SegmentRow } from './types'

const num = (v: unknown): number => (typeof v === 'number' ? v : Number(v ?? 0))
const str = (v: unknown): string => (typeof v === 'string' ? v : String(v ?? ''))
const opt = (v: unknown): string | null => (v === null || v === undefined ? null : String(v))

function bytes(v: unknown): Uint8Array {
  if (v instanceof Uint8Array) return v
  if (v instanceof ArrayBuffer) return new Uint8Array(v)
  return new Uint8Array(0)
}

const posting = (r: Row): PostingRow => ({
  seg: num(r.seg),
  term: str(r.term),
  folded: str(r.folded),
  df: num(r.df),
  data: bytes(r.data),
})

const doc = (r: Row): DocRow => ({
  id: num(r.id),
  key: str(r.key),
  seg: num(r.seg),
  collection: str(r.collection),
  docId: str(r.doc_id),
  url: str(r.url),
  title: str(r.title),
  heading: opt(r.heading),
  body: str(r.body),
  docNumber: opt(r.doc_number),
  articleNumber: opt(r.article_number),
  publishedAt: opt(r.published_at),
})

export class Store {
  constructor(readonly exec: Executor) {}

  get dialect() {
    return this.exec.dialect
  }

  async ensureSchema(): Promise<void> {
    const statements = schema(this.dialect).map((sql) => ({ sql, params: [] }))
    // Two processes starting at once must not both create the tables.
    if (this.dialect === 'postgres') statements.unshift({ sql: 'SELECT pg_advisory_xact_lock(73190211)', params: [] })
    await this.exec.commit(statements)
  }

  /** Refreshes the planner's statistics after a large write (PostgreSQL plans by them). */
  async analyze(): Promise<void> {
    if (this.dialect === 'postgres') {
      for (const table of [T.postings, T.docs, T.segments])
        await this.exec.query({ sql: `ANALYZE ${table}`, params: [] })
    } else {
      await this.exec.query({ sql: 'PRAGMA optimize', params: [] })
    }
  }

  async meta(): Promise<Meta> {
    const rows = await this.exec.query(reads.meta())
    const get = (name: string) => num(rows.find((r) => r.name === name)?.value)
    return { version: get('version'), nextDoc: get('next_doc'), nextSeg: get('next_seg') }
  }

  async segments(): Promise<SegmentRow[]> {
    const rows = await this.exec.query(reads.segments())
    return rows.map((r) => ({ seg: num(r.seg), docs: num(r.docs), dead: num(r.dead) })).sort((a, b) => a.seg - b.seg)
  }

  async dead(): Promise<Array<{ id: number; seg: number }>> {
    return (await this.exec.query(reads.dead())).map((r) => ({ id: num(r.id), seg: num(r.seg) }))
  }

  async idsForKeys(keys: readonly string[]): Promise<Array<{ id: number; key: string; seg: number }>> {
    if (keys.length === 0) return []
    const rows = await this.exec.query(reads.idsForKeys(this.dialect, keys))
    return rows.map((r) => ({ id: num(r.id), key: str(r.key), seg: num(r.seg) }))
  }

  async dfByFolded(folded: readonly string[]): Promise<Map<string, number>> {
    if (folded.length === 0) return new Map()
    const rows = await this.exec.query(reads.dfByFolded(this.dialect, folded))
    return new Map(rows.map((r) => [str(r.folded), num(r.df)]))
  }

  /** Sorted by (folded, term, seg): the order never depends on the database. */
  async postingsByFolded(folded: readonly string[]): Promise<PostingRow[]> {
    if (folded.length === 0) return []
    return sortPostings((await this.exec.query(reads.postingsByFolded(this.dialect, folded))).map(posting))
  }

  async postingsBySegs(segs: readonly number[]): Promise<PostingRow[]> {
    if (segs.length === 0) return []
    return sortPostings((await this.exec.query(reads.postingsBySegs(this.dialect, segs))).map(posting))
  }

  async postingsWithPrefix(prefix: string): Promise<PostingRow[]> {
    return sortPostings((await this.exec.query(reads.postingsWithPrefix(prefix))).map(posting))
  }

  async vocabulary(prefix: string): Promise<Array<{ folded: string; term: string; df: number }>> {
    const rows = await this.exec.query(reads.vocabulary(prefix))
    return rows.map((r) => ({ folded: str(r.folded), term: str(r.term), df: num(r.df) }))
  }

  /** The stored rows of `ids`; without `withBody` the (long) body is left out, as '' . */
  async docs(ids: readonly number[], withBody = true): Promise<DocRow[]> {
    if (ids.length === 0) return []
    return (await this.exec.query(reads.docs(this.dialect, ids, withBody))).map(doc)
  }

  async count(): Promise<number> {
    const rows = await this.exec.query(reads.count())
    return num(rows[0]?.n)
  }
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

function sortPostings(rows: PostingRow[]): PostingRow[] {
  return rows.sort((a, b) => cmp(a.folded, b.folded) || cmp(a.term, b.term) || a.seg - b.seg)
}
