import { sql, type SQL } from 'drizzle-orm'
import type { Payload, PayloadRequest } from 'payload'

/**
 * Raw SQL over the contest tables, written once for SQLite (dates are ISO text, booleans 0/1) and
 * PostgreSQL (timestamptz, boolean, jsonb). Placeholders are `?`, renumbered for PostgreSQL.
 * Used where the Local API is too slow for a start-of-contest surge (see engine.ts) and for the
 * organisers' aggregates; the identifiers are those of the library_contests migration.
 */

export type Row = Record<string, unknown>
type SqliteClient = { execute(q: { sql: string; args: unknown[] }): Promise<{ rows: Row[]; rowsAffected: number }> }
type PgPool = { query(text: string, values: unknown[]): Promise<{ rows: Row[]; rowCount: number | null }> }

export const isPostgres = (payload: Payload): boolean =>
  (payload.db as unknown as { name?: string }).name === 'postgres'

/** Runs one statement; returns its rows (use RETURNING for writes). */
export async function query(payload: Payload, text: string, args: unknown[] = []): Promise<Row[]> {
  const db = payload.db as unknown as { name?: string; client?: SqliteClient; pool?: PgPool }
  if (db.name === 'postgres' && db.pool) {
    let n = 0
    const res = await db.pool.query(
      text.replace(/\?/g, () => `$${++n}`),
      args.map((a) => (a === undefined ? null : a)),
    )
    return res.rows
  }
  if (db.name === 'sqlite' && db.client) {
    const res = await db.client.execute({
      sql: text,
      args: args.map((a) => (a === undefined ? null : typeof a === 'boolean' ? (a ? 1 : 0) : a)),
    })
    return res.rows
  }
  throw new Error(`Contests: unsupported database "${db.name ?? '?'}"`)
}

/** A date parameter compared with or stored in a date column. */
export const dateArg = (d: Date): string => d.toISOString()
/** The SQL for a date parameter: ISO text on SQLite, cast on PostgreSQL. */
export const dateSql = (payload: Payload): string => (isPostgres(payload) ? 'CAST(? AS timestamptz)' : '?')
/** The SQL for a JSON parameter (passed as a JSON string). */
export const jsonSql = (payload: Payload): string => (isPostgres(payload) ? 'CAST(? AS jsonb)' : '?')

/** Numbers come back as strings from PostgreSQL's numeric columns. */
export const num = (value: unknown): number => {
  const n = typeof value === 'number' ? value : Number(value ?? 0)
  return Number.isFinite(n) ? n : 0
}
export const numOrNull = (value: unknown): number | null =>
  value === null || value === undefined || value === '' ? null : num(value)

/** A date column read back: a Date on PostgreSQL, ISO text on SQLite. */
export const dateOf = (value: unknown): Date | null => {
  if (value === null || value === undefined || value === '') return null
  const d = value instanceof Date ? value : new Date(String(value))
  return Number.isNaN(d.getTime()) ? null : d
}

/** A JSON column read back: parsed by pg (jsonb), text on SQLite. */
export const jsonOf = <T>(value: unknown): T | null => {
  if (value === null || value === undefined) return null
  if (typeof value === 'string') {
    try {
      return JSON.parse(value) as T
    } catch {
      return null
    }
  }
  return value as T
}

type DrizzleLike = {
  all?: (q: SQL) => Promise<Row[]>
  execute?: (q: SQL) => Promise<{ rows: Row[] }>
}

/**
 * Runs one statement inside the request's open transaction (hooks): on SQLite a statement on the
 * adapter's client would wait for the transaction's write lock, which waits for the hook.
 */
export async function queryIn(
  payload: Payload,
  req: PayloadRequest | undefined,
  text: string,
  args: unknown[] = [],
): Promise<Row[]> {
  const adapter = payload.db as unknown as { drizzle: unknown; sessions?: Record<string, { db: unknown }> }
  const id = req ? await req.transactionID : undefined
  const db = (id !== undefined && adapter.sessions?.[String(id)]?.db) as DrizzleLike | undefined
  if (!db) return query(payload, text, args)
  const parts = text.split('?')
  const chunks: SQL[] = []
  parts.forEach((part, i) => {
    chunks.push(sql.raw(part))
    if (i < parts.length - 1) {
      const a = args[i]
      chunks.push(sql`${a === undefined ? null : typeof a === 'boolean' && !isPostgres(payload) ? (a ? 1 : 0) : a}`)
    }
  })
  const statement = sql.join(chunks, sql.raw(''))
  if (isPostgres(payload)) return (await db.execute!(statement)).rows
  return db.all!(statement)
}
