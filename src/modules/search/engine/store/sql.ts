/**
 * The engine's tables and statements, written once for both dialects. Everything the ranking
 * depends on is read as rows and computed in code, so SQLite and PostgreSQL rank identically.
 */
import type { Dialect, DocRow, PostingRow, Stmt } from './types'

export const T = {
  meta: 'search_engine_meta',
  docs: 'search_engine_docs',
  segments: 'search_engine_segments',
  dead: 'search_engine_dead',
  postings: 'search_engine_postings',
} as const

export function schema(dialect: Dialect): string[] {
  const blob = dialect === 'postgres' ? 'BYTEA' : 'BLOB'
  const c = dialect === 'postgres' ? ' COLLATE "C"' : ''
  return [
    `CREATE TABLE IF NOT EXISTS ${T.meta} (name TEXT PRIMARY KEY, value INTEGER NOT NULL CHECK (value >= 0))`,
    `CREATE TABLE IF NOT EXISTS ${T.docs} (id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, seg INTEGER NOT NULL,
      collection TEXT NOT NULL, doc_id TEXT NOT NULL, url TEXT NOT NULL, title TEXT NOT NULL, heading TEXT,
      body TEXT NOT NULL, doc_number TEXT, article_number TEXT, published_at TEXT)`,
    `CREATE INDEX IF NOT EXISTS ${T.docs}_seg ON ${T.docs} (seg)`,
    `CREATE TABLE IF NOT EXISTS ${T.segments} (seg INTEGER PRIMARY KEY, docs INTEGER NOT NULL, dead INTEGER NOT NULL)`,
    `CREATE TABLE IF NOT EXISTS ${T.dead} (id INTEGER PRIMARY KEY, seg INTEGER NOT NULL)`,
    `CREATE TABLE IF NOT EXISTS ${T.postings} (seg INTEGER NOT NULL, term TEXT${c} NOT NULL,
      folded TEXT${c} NOT NULL, df INTEGER NOT NULL, data ${blob} NOT NULL, PRIMARY KEY (seg, term))`,
    `CREATE INDEX IF NOT EXISTS ${T.postings}_folded ON ${T.postings} (folded, term, df)`,
    `INSERT INTO ${T.meta} (name, value) VALUES ('version', 0), ('next_doc', 1), ('next_seg', 1)
      ON CONFLICT (name) DO NOTHING`,
  ]
}

/** `column IN <list>` with the list bound as one parameter. */
export function inList(dialect: Dialect, column: string, kind: 'text' | 'int', values: readonly unknown[]): Stmt {
  if (dialect === 'postgres') return { sql: `${column} = ANY(CAST(? AS ${kind}[]))`, params: [values] }
  return { sql: `${column} IN (SELECT value FROM json_each(?))`, params: [JSON.stringify(values)] }
}

function where(
  dialect: Dialect,
  base: string,
  column: string,
  kind: 'text' | 'int',
  values: readonly unknown[],
  tail = '',
): Stmt {
  const cond = inList(dialect, column, kind, values)
  return { sql: `${base} WHERE ${cond.sql}${tail}`, params: cond.params }
}

export const reads = {
  meta: (): Stmt => ({ sql: `SELECT name, value FROM ${T.meta}`, params: [] }),
  segments: (): Stmt => ({ sql: `SELECT seg, docs, dead FROM ${T.segments}`, params: [] }),
  dead: (): Stmt => ({ sql: `SELECT id, seg FROM ${T.dead}`, params: [] }),
  idsForKeys: (d: Dialect, keys: readonly string[]) =>
    where(d, `SELECT id, key, seg FROM ${T.docs}`, 'key', 'text', keys),
  dfByFolded: (d: Dialect, folded: readonly string[]) =>
    where(d, `SELECT folded, SUM(df) AS df FROM ${T.postings}`, 'folded', 'text', folded, ' GROUP BY folded'),
  postingsByFolded: (d: Dialect, folded: readonly string[]) =>
    where(d, `SELECT seg, term, folded, df, data FROM ${T.postings}`, 'folded', 'text', folded),
  postingsBySegs: (d: Dialect, segs: readonly number[]) =>
    where(d, `SELECT seg, term, folded, df, data FROM ${T.postings}`, 'seg', 'int', segs),
  postingsWithPrefix: (prefix: string): Stmt => ({
    sql: `SELECT seg, term, folded, df, data FROM ${T.postings} WHERE folded >= ? AND folded < ?`,
    params: [prefix, nextPrefix(prefix)],
  }),
  vocabulary: (prefix: string): Stmt => ({
    sql: `SELECT folded, term, SUM(df) AS df FROM ${T.postings} WHERE folded >= ? AND folded < ? GROUP BY folded, term`,
    params: [prefix, nextPrefix(prefix)],
  }),
  docs: (d: Dialect, ids: readonly number[], withBody = true) =>
    where(
      d,
      `SELECT id, key, seg, collection, doc_id, url, title, heading, ${withBody ? 'body' : "'' AS body"}, doc_number, article_number, published_at FROM ${T.docs}`,
      'id',
      'int',
      ids,
    ),
  count: (): Stmt => ({ sql: `SELECT COALESCE(SUM(docs - dead), 0) AS n FROM ${T.segments}`, params: [] }),
}

function nextPrefix(prefix: string): string {
  return prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1)
}

const MAX_PARAMS = 20_000
const MAX_BYTES = 8 * 1024 * 1024

/** Multi-row INSERTs, split to stay under parameter and size limits. */
export function insertRows(table: string, columns: string[], rows: unknown[][]): Stmt[] {
  const out: Stmt[] = []
  let params: unknown[] = []
  let groups: string[] = []
  let bytes = 0
  const flush = () => {
    if (groups.length === 0) return
    out.push({ sql: `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${groups.join(', ')}`, params })
    params = []
    groups = []
    bytes = 0
  }
  const group = `(${columns.map(() => '?').join(', ')})`
  for (const row of rows) {
    if (params.length + columns.length > MAX_PARAMS || bytes > MAX_BYTES) flush()
    groups.push(group)
    for (const value of row) {
      params.push(value)
      bytes += value instanceof Uint8Array ? value.length : typeof value === 'string' ? value.length * 2 : 8
    }
  }
  flush()
  return out
}

export const writes = {
  /** First statement of every batch: fails (CHECK value >= 0) if another writer got there first. */
  bumpVersion: (expected: number): Stmt => ({
    sql: `UPDATE ${T.meta} SET value = CASE WHEN value = ? THEN value + 1 ELSE -1 END WHERE name = 'version'`,
    params: [expected],
  }),
  setMeta: (name: string, value: number): Stmt => ({
    sql: `UPDATE ${T.meta} SET value = ? WHERE name = ?`,
    params: [value, name],
  }),
  deleteDocs: (d: Dialect, ids: readonly number[]) => where(d, `DELETE FROM ${T.docs}`, 'id', 'int', ids),
  deleteDead: (d: Dialect, segs: readonly number[]) => where(d, `DELETE FROM ${T.dead}`, 'seg', 'int', segs),
  deletePostings: (d: Dialect, segs: readonly number[]) => where(d, `DELETE FROM ${T.postings}`, 'seg', 'int', segs),
  deleteSegments: (d: Dialect, segs: readonly number[]) => where(d, `DELETE FROM ${T.segments}`, 'seg', 'int', segs),
  moveDocs: (d: Dialect, from: readonly number[], to: number): Stmt => {
    const cond = inList(d, 'seg', 'int', from)
    return { sql: `UPDATE ${T.docs} SET seg = ? WHERE ${cond.sql}`, params: [to, ...cond.params] }
  },
  addDeadCount: (seg: number, count: number): Stmt => ({
    sql: `UPDATE ${T.segments} SET dead = dead + ? WHERE seg = ?`,
    params: [count, seg],
  }),
  insertSegment: (seg: number, docs: number): Stmt => ({
    sql: `INSERT INTO ${T.segments} (seg, docs, dead) VALUES (?, ?, 0)`,
    params: [seg, docs],
  }),
  insertDead: (rows: Array<{ id: number; seg: number }>) =>
    insertRows(
      T.dead,
      ['id', 'seg'],
      rows.map((r) => [r.id, r.seg]),
    ),
  insertDocs: (rows: DocRow[]) =>
    insertRows(
      T.docs,
      [
        'id',
        'key',
        'seg',
        'collection',
        'doc_id',
        'url',
        'title',
        'heading',
        'body',
        'doc_number',
        'article_number',
        'published_at',
      ],
      rows.map((r) => [
        r.id,
        r.key,
        r.seg,
        r.collection,
        r.docId,
        r.url,
        r.title,
        r.heading,
        r.body,
        r.docNumber,
        r.articleNumber,
        r.publishedAt,
      ]),
    ),
  insertPostings: (rows: PostingRow[]) =>
    insertRows(
      T.postings,
      ['seg', 'term', 'folded', 'df', 'data'],
      rows.map((r) => [r.seg, r.term, r.folded, r.df, r.data]),
    ),
}
