/**
 * Site search engine: `createSearchEngine(payload)` returns the SearchEngine for the database the
 * portal runs on (SQLite or PostgreSQL), over the engine's own tables (created on first use).
 */
import type { Payload } from 'payload'
import { createEngine } from './engine'
import { DEFAULT_RANKING, type Ranking } from './scoring'
import { postgresExecutor, type PgPoolLike } from './store/postgres'
import { sqliteExecutor, type LibsqlClientLike } from './store/sqlite'
import type { SearchEngine } from './types'

export type * from './types'
export { createEngine } from './engine'
export { DEFAULT_RANKING, type Ranking } from './scoring'
export { postgresExecutor, type PgPoolLike } from './store/postgres'
export { sqliteExecutor, type LibsqlClientLike } from './store/sqlite'

const engines = new WeakMap<object, SearchEngine>()

export function createSearchEngine(payload: Payload, ranking: Ranking = DEFAULT_RANKING): SearchEngine {
  const db = payload.db as unknown as { name?: string; client?: LibsqlClientLike; pool?: PgPoolLike }
  const cached = ranking === DEFAULT_RANKING ? engines.get(db) : undefined
  if (cached) return cached
  let engine: SearchEngine
  if (db.name === 'postgres' && db.pool) engine = createEngine(postgresExecutor(db.pool), ranking)
  else if (db.name === 'sqlite' && db.client) engine = createEngine(sqliteExecutor(db.client), ranking)
  else throw new Error(`Tìm kiếm: không hỗ trợ cơ sở dữ liệu "${db.name ?? '?'}".`)
  if (ranking === DEFAULT_RANKING) engines.set(db, engine)
  return engine
}
