import type { Payload } from 'payload'

/**
 * Aggregations in plain SQL over the adapter's own connection (libsql client or pg pool): counting
 * ten thousand rows through the Local API would read and hook every document. Providers write SQL
 * that both dialects accept, with `?` placeholders, and use the helpers below for what differs.
 * Dates are compared as ISO timestamps: SQLite stores Payload dates as ISO text, PostgreSQL as
 * timestamptz, and an ISO string parameter compares correctly with both.
 */
export type StatsDialect = 'sqlite' | 'postgres'
export type StatsRow = Record<string, unknown>

export type StatsDb = {
  dialect: StatsDialect
  rows: (sql: string, params?: unknown[]) => Promise<StatsRow[]>
  /** 'YYYY-MM' of a timestamp column in Vietnam time (UTC+7) */
  month: (column: string) => string
  /** 'YYYY-MM-DD' of a timestamp column in Vietnam time (UTC+7) */
  day: (column: string) => string
  /** the Vietnam day of a timestamp column as an integer: days since 1970-01-01 (cheaper than `day`) */
  dayNumber: (column: string) => string
  /** `column IN (?, ?, …)`, or a false condition for an empty list */
  inList: (column: string, values: readonly unknown[]) => { sql: string; params: unknown[] }
}

type LibsqlLike = {
  execute(stmt: { sql: string; args: unknown[] }): Promise<{ rows: ArrayLike<unknown>; columns: string[] }>
}
type PgLike = { query(text: string, values?: unknown[]): Promise<{ rows: StatsRow[] }> }

const sqliteValue = (v: unknown): unknown =>
  v instanceof Date ? v.toISOString() : typeof v === 'boolean' ? (v ? 1 : 0) : v === undefined ? null : v

export function statsDb(payload: Payload): StatsDb {
  const db = payload.db as unknown as { name?: string; client?: LibsqlLike; pool?: PgLike }
  const inList = (column: string, values: readonly unknown[]) =>
    values.length === 0
      ? { sql: '1 = 0', params: [] }
      : { sql: `${column} IN (${values.map(() => '?').join(', ')})`, params: [...values] }
  if (db.name === 'postgres' && db.pool) {
    const pool = db.pool
    return {
      dialect: 'postgres',
      inList,
      month: (column) => `to_char((${column} AT TIME ZONE 'UTC') + interval '7 hours', 'YYYY-MM')`,
      day: (column) => `to_char((${column} AT TIME ZONE 'UTC') + interval '7 hours', 'YYYY-MM-DD')`,
      dayNumber: (column) => `CAST(FLOOR((EXTRACT(EPOCH FROM ${column}) + 25200) / 86400) AS integer)`,
      rows: async (sql, params = []) => {
        let n = 0
        const text = sql.replace(/\?/g, () => `$${++n}`)
        const values = params.map((v) => (v instanceof Date ? v.toISOString() : v))
        return (await pool.query(text, values)).rows
      },
    }
  }
  if (db.name === 'sqlite' && db.client) {
    const client = db.client
    return {
      dialect: 'sqlite',
      inList,
      month: (column) => `strftime('%Y-%m', ${column}, '+7 hours')`,
      day: (column) => `strftime('%Y-%m-%d', ${column}, '+7 hours')`,
      // Integer division of whole seconds: exact at midnight, where julianday() arithmetic is not.
      dayNumber: (column) => `((unixepoch(${column}) + 25200) / 86400)`,
      rows: async (sql, params = []) => {
        const result = await client.execute({ sql, args: params.map(sqliteValue) })
        const out: StatsRow[] = []
        for (let i = 0; i < result.rows.length; i++) {
          const source = result.rows[i] as Record<string, unknown>
          const row: StatsRow = {}
          for (const column of result.columns) row[column] = source[column]
          out.push(row)
        }
        return out
      },
    }
  }
  throw new Error(`Thống kê: không hỗ trợ cơ sở dữ liệu "${db.name ?? '?'}".`)
}

/** A count or sum from a row: PostgreSQL returns bigint aggregates as strings. */
export const num = (value: unknown): number => {
  const n = typeof value === 'number' ? value : typeof value === 'bigint' ? Number(value) : Number(value ?? 0)
  return Number.isFinite(n) ? n : 0
}

/** A timestamp from a row: text from SQLite, a Date from PostgreSQL. */
export const toDate = (value: unknown): Date | null => {
  if (value === null || value === undefined || value === '') return null
  const d = value instanceof Date ? value : new Date(String(value))
  return Number.isNaN(d.getTime()) ? null : d
}
