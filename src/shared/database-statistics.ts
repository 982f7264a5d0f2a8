import { sql } from 'drizzle-orm'
import type { Payload } from 'payload'

/**
 * PostgreSQL plans queries from table statistics, which autovacuum refreshes, if it runs and once a
 * table has changed enough. Tables that grow from nothing in one long bulk load (a sync follower's
 * first load, an import) keep the statistics of empty tables meanwhile, and one of Payload's version
 * look-ups (the newest version of a document, ORDER BY updated_at LIMIT 1) then walks a whole index
 * for every new document: measured on the sync benchmark with autovacuum off, 42 → 16 copies a second
 * at 85,000 documents, back to 42 right after an ANALYZE. So a bulk writer reports what it created,
 * and the statistics are refreshed each time that count doubles (after 1,000, 2,000, 4,000…; the
 * first threshold is BULK_ANALYZE_AFTER): a few seconds, a handful of times in a whole load. ANALYZE
 * takes no lock that blocks readers or writers. SQLite is left alone (its full-size load stays steady).
 */
const progress = new WeakMap<Payload, { created: number; analyzedAt: number }>()

export async function refreshStatisticsAfterGrowth(payload: Payload, created: number): Promise<boolean> {
  const db = payload.db as unknown as { name?: string; drizzle?: { execute?: (query: unknown) => Promise<unknown> } }
  if (db.name !== 'postgres' || created <= 0 || !db.drizzle?.execute) return false
  const first = Math.max(1, Number(process.env.BULK_ANALYZE_AFTER) || 1000)
  const state = progress.get(payload) ?? { created: 0, analyzedAt: 0 }
  state.created += created
  progress.set(payload, state)
  if (state.created < Math.max(first, 2 * state.analyzedAt)) return false
  state.analyzedAt = state.created
  await db.drizzle.execute(sql`ANALYZE`)
  return true
}
