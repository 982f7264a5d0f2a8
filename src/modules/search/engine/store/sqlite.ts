/** Executor over the libsql client that Payload's SQLite adapter holds (`payload.db.client`). */
import type { Executor, Row, Stmt } from './types'

type SqliteValue = null | string | number | bigint | ArrayBuffer | Uint8Array
type SqliteStatement = { sql: string; args: SqliteValue[] }

/** The part of @libsql/client's Client that the engine uses. */
export type LibsqlClientLike = {
  execute(stmt: SqliteStatement): Promise<{ rows: ArrayLike<unknown>; columns: string[] }>
  batch(stmts: SqliteStatement[], mode?: 'write' | 'read' | 'deferred'): Promise<unknown>
}

function value(v: unknown): SqliteValue {
  if (v === null || v === undefined) return null
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'bigint') return v
  if (v instanceof Uint8Array || v instanceof ArrayBuffer) return v
  if (typeof v === 'boolean') return v ? 1 : 0
  return String(v)
}

function toStatement(stmt: Stmt): SqliteStatement {
  return { sql: stmt.sql, args: stmt.params.map(value) }
}

export function sqliteExecutor(client: LibsqlClientLike): Executor {
  return {
    dialect: 'sqlite',
    async query(stmt) {
      const result = await client.execute(toStatement(stmt))
      const rows: Row[] = []
      for (let i = 0; i < result.rows.length; i++) {
        const source = result.rows[i] as Record<string, unknown>
        const row: Row = {}
        for (const column of result.columns) {
          const v = source[column]
          row[column] = v instanceof ArrayBuffer ? new Uint8Array(v) : v
        }
        rows.push(row)
      }
      return rows
    },
    async commit(stmts) {
      // One synchronous BEGIN IMMEDIATE … COMMIT on the adapter's own connection: no other
      // connection holds the write lock while Payload writes, so nothing waits or gets SQLITE_BUSY.
      await client.batch(stmts.map(toStatement), 'write')
    },
  }
}
