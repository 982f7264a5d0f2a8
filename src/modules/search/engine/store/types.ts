/** What the engine needs from a database: a few reads and atomic, version-checked batches. */

export type Dialect = 'sqlite' | 'postgres'

/** SQL with `?` placeholders; list parameters are written as `IN_TEXT` / `IN_INT` markers. */
export type Stmt = { sql: string; params: unknown[] }

export type Row = Record<string, unknown>

export type Executor = {
  readonly dialect: Dialect
  query(stmt: Stmt): Promise<Row[]>
  /** Runs the statements in one transaction; throws (and rolls back) if any fails. */
  commit(stmts: Stmt[]): Promise<void>
}

export type PostingRow = { seg: number; term: string; folded: string; df: number; data: Uint8Array }

export type DocRow = {
  id: number
  key: string
  seg: number
  collection: string
  docId: string
  url: string
  title: string
  heading: string | null
  body: string
  docNumber: string | null
  articleNumber: string | null
  publishedAt: string | null
}

export type SegmentRow = { seg: number; docs: number; dead: number }

export type Meta = { version: number; nextDoc: number; nextSeg: number }
