/** Executor over the pg Pool that Payload's PostgreSQL adapter holds (`payload.db.pool`). */
import type { Executor, Row, Stmt } from './types'

type QueryResultLike = { rows: Row[] }

/** The parts of pg's Pool and PoolClient that the engine uses. */
export type PgClientLike = {
  query(text: string, values?: unknown[]): Promise<QueryResultLike>
  release(): void
}
export type PgPoolLike = {
  query(text: string, values?: unknown[]): Promise<QueryResultLike>
  connect(): Promise<PgClientLike>
}

/** `?` placeholders become `$1`, `$2`…; the engine's SQL has no `?` anywhere else. */
function numbered(sql: string): string {
  let n = 0
  return sql.replace(/\?/g, () => `$${++n}`)
}

function value(v: unknown): unknown {
  if (v instanceof Uint8Array && !Buffer.isBuffer(v)) return Buffer.from(v.buffer, v.byteOffset, v.byteLength)
  return v
}

function run(target: { query: PgPoolLike['query'] }, stmt: Stmt): Promise<QueryResultLike> {
  return target.query(numbered(stmt.sql), stmt.params.map(value))
}

export function postgresExecutor(pool: PgPoolLike): Executor {
  return {
    dialect: 'postgres',
    async query(stmt) {
      return (await run(pool, stmt)).rows
    },
    async commit(stmts) {
      const client = await pool.connect()
      try {
        await client.query('BEGIN')
        for (const stmt of stmts) await run(client, stmt)
        await client.query('COMMIT')
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined)
        throw error
      } finally {
        client.release()
      }
    },
  }
}
