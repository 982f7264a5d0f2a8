import type { Payload } from 'payload'

type LibsqlLike = { execute(q: { sql: string; args: unknown[] }): Promise<{ rowsAffected: number }> }
type PgLike = { query(text: string, values: unknown[]): Promise<{ rowCount: number | null }> }

/**
 * Claims a due webhook delivery for one attempt with a single conditional UPDATE (the outbox's
 * pattern, src/modules/outbox/claim.ts): the delivery's next attempt moves to the end of the lease,
 * so another copy of the portal or the next scheduler tick does not send it too; if this process
 * dies mid-send, the delivery becomes due again when the lease ends.
 */
export async function claimDelivery(payload: Payload, id: number, now: Date, until: Date): Promise<boolean> {
  const db = payload.db as unknown as { name?: string; client?: LibsqlLike; pool?: PgLike }
  const args = [until.toISOString(), id, 'pending', now.toISOString()]
  if (db.name === 'postgres' && db.pool) {
    const result = await db.pool.query(
      'UPDATE "webhook_deliveries" SET "next_attempt_at" = $1 WHERE "id" = $2 AND "status" = $3 AND "next_attempt_at" <= $4',
      args,
    )
    return result.rowCount === 1
  }
  if (db.name === 'sqlite' && db.client) {
    const result = await db.client.execute({
      sql: 'UPDATE "webhook_deliveries" SET "next_attempt_at" = ? WHERE "id" = ? AND "status" = ? AND "next_attempt_at" <= ?',
      args,
    })
    return result.rowsAffected === 1
  }
  throw new Error(`Webhooks: unsupported database "${db.name ?? '?'}"`)
}
