import type { Payload } from 'payload'

type LibsqlLike = { execute(q: { sql: string; args: unknown[] }): Promise<{ rowsAffected: number }> }
type PgLike = { query(text: string, values: unknown[]): Promise<{ rowCount: number | null }> }

async function run(payload: Payload, sql: string, args: unknown[]): Promise<number> {
  const db = payload.db as unknown as { name?: string; client?: LibsqlLike; pool?: PgLike }
  if (db.name === 'postgres' && db.pool) {
    let n = 0
    const text = sql.replace(/\?/g, () => `$${++n}`)
    return (await db.pool.query(text, args)).rowCount ?? 0
  }
  if (db.name === 'sqlite' && db.client) return (await db.client.execute({ sql, args })).rowsAffected
  throw new Error(`Sync lease: unsupported database "${db.name ?? '?'}"`)
}

/**
 * Takes a source for one run with a single conditional UPDATE, so that two copies of the portal
 * (or a scheduler tick and a webhook) never pull the same source at once: only the caller whose
 * UPDATE changed the row goes on. A lease that has run out (a crashed run) may be taken over.
 * Raw SQL because Payload's update-by-where reads then writes, which is not atomic.
 */
export async function claimSource(payload: Payload, id: number, owner: string, now: Date, until: Date) {
  const changed = await run(
    payload,
    'UPDATE "sync_sources" SET "lease_until" = ?, "lease_owner" = ? WHERE "id" = ? AND ("lease_until" IS NULL OR "lease_until" <= ?)',
    [until.toISOString(), owner, id, now.toISOString()],
  )
  return changed === 1
}

/** Extends a held lease; false when it was lost (taken over after running out). */
export async function extendLease(payload: Payload, id: number, owner: string, until: Date) {
  const changed = await run(
    payload,
    'UPDATE "sync_sources" SET "lease_until" = ? WHERE "id" = ? AND "lease_owner" = ?',
    [until.toISOString(), id, owner],
  )
  return changed === 1
}

export async function releaseSource(payload: Payload, id: number, owner: string) {
  await run(payload, 'UPDATE "sync_sources" SET "lease_until" = NULL WHERE "id" = ? AND "lease_owner" = ?', [id, owner])
}
