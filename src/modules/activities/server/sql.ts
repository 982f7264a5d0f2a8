import { sql, type SQL } from 'drizzle-orm'
import type { Payload, PayloadRequest } from 'payload'

/**
 * Raw aggregate SQL over the activity tables, written once for SQLite (dates are ISO text) and
 * PostgreSQL (timestamptz). Identifiers are the ones of the registries migration.
 */

export type Dialect = 'sqlite' | 'postgres'

export const dialectOf = (payload: Payload): Dialect => (payload.db.name === 'postgres' ? 'postgres' : 'sqlite')

type SqliteDrizzle = { all: (query: SQL) => Promise<unknown[]>; run: (query: SQL) => Promise<unknown> }
type PgDrizzle = { execute: (query: SQL) => Promise<{ rows: unknown[] }> }
/** A drizzle database or transaction of either adapter. */
export type Db = unknown

/** The database of the request's open transaction (writes in hooks), or the adapter's own. */
export async function dbOf(payload: Payload, req?: PayloadRequest): Promise<Db> {
  const adapter = payload.db as unknown as { drizzle: unknown; sessions?: Record<string, { db: unknown }> }
  const id = req ? await req.transactionID : undefined
  return (id !== undefined && adapter.sessions?.[String(id)]?.db) || adapter.drizzle
}

/** Runs a SELECT and returns its rows as plain objects. */
export async function selectRows<T extends Record<string, unknown>>(
  payload: Payload,
  query: SQL,
  db: Db = (payload.db as unknown as { drizzle: unknown }).drizzle,
): Promise<T[]> {
  if (dialectOf(payload) === 'postgres') return (await (db as PgDrizzle).execute(query)).rows as T[]
  return (await (db as SqliteDrizzle).all(query)) as T[]
}

/** Runs a statement that returns nothing. */
export async function execute(payload: Payload, query: SQL, db: Db): Promise<void> {
  if (dialectOf(payload) === 'postgres') await (db as PgDrizzle).execute(query)
  else await (db as SqliteDrizzle).run(query)
}

/** A parameter compared with a date column. */
export const dateParam = (d: Dialect, value: Date): SQL =>
  d === 'postgres' ? sql`CAST(${value.toISOString()} AS timestamptz)` : sql`${value.toISOString()}`

/** "YYYY-MM" of a date column in Vietnam time (UTC+7, no daylight saving). */
export const vietnamMonth = (d: Dialect, column: SQL): SQL =>
  d === 'postgres'
    ? sql`to_char((${column} AT TIME ZONE 'UTC') + interval '7 hours', 'YYYY-MM')`
    : sql`strftime('%Y-%m', ${column}, '+7 hours')`

export const list = (values: readonly (string | number)[]): SQL =>
  sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )

/** Numbers come back as strings from PostgreSQL's SUM over numeric. */
export const num = (value: unknown): number => {
  const n = typeof value === 'number' ? value : Number(value ?? 0)
  return Number.isFinite(n) ? n : 0
}
