import type { Payload } from 'payload'

type LibsqlLike = { execute(q: { sql: string; args: unknown[] }): Promise<{ rowsAffected: number }> }
type PgLike = { query(text: string, values: unknown[]): Promise<{ rowCount: number | null }> }

/**
 * Claims a due mail for one sending attempt with a single conditional UPDATE, so that two copies
 * of the portal (or two scheduler ticks) never send the same mail: only the one whose UPDATE
 * changed the row goes on. Raw SQL because Payload's update-by-where reads then writes, which
 * is not atomic; the statement is the same for both dialects apart from placeholders.
 */
export async function claimMail(payload: Payload, id: number | string, now: Date, until: Date): Promise<boolean> {
  const db = payload.db as unknown as { name?: string; client?: LibsqlLike; pool?: PgLike }
  const args = [until.toISOString(), id, 'pending', now.toISOString()]
  if (db.name === 'postgres' && db.pool) {
    const result = await db.pool.query(
      'UPDATE "outbox_mails" SET "next_attempt_at" = $1 WHERE "id" = $2 AND "status" = $3 AND "next_attempt_at" <= $4',
      args,
    )
    return result.rowCount === 1
  }
  if (db.name === 'sqlite' && db.client) {
    const result = await db.client.execute({
      sql: 'UPDATE "outbox_mails" SET "next_attempt_at" = ? WHERE "id" = ? AND "status" = ? AND "next_attempt_at" <= ?',
      args,
    })
    return result.rowsAffected === 1
  }
  throw new Error(`Outbox: unsupported database "${db.name ?? '?'}"`)
}
