import type { Payload } from 'payload'
import type { Pool as PgPool } from 'pg'
import { createTestDatabase, type TestDatabase } from './test-database'

export type TestPayload = { payload: Payload; db: TestDatabase; close: () => Promise<void> }

/**
 * Boots Payload on a fresh database, migrated with the committed migrations (so every test run
 * also checks them), for one integration test file. The database is a copy of the run's migrated
 * template when there is one; migrate() then finds nothing left to do.
 */
export async function startTestPayload(name: string): Promise<TestPayload> {
  const db = await createTestDatabase(name, { fromTemplate: true })
  process.env.PAYLOAD_SECRET = process.env.PAYLOAD_SECRET || 'integration-test-secret-0123456789'
  const { default: configPromise } = await import('@/payload.config')
  const { getPayload } = await import('payload')
  const payload = await getPayload({ config: configPromise })
  const { migrations } =
    db.dialect === 'postgres' ? await import('@/migrations/postgres') : await import('@/migrations/sqlite')
  type Migrations = NonNullable<Parameters<typeof payload.db.migrate>[0]>['migrations']
  await payload.db.migrate({ migrations: migrations as unknown as Migrations })
  return {
    payload,
    db,
    close: async () => {
      // The Postgres adapter's destroy() leaves its pool open, with one client checked out for
      // ever (its reconnect watch), so pool.end() never settles: close the idle clients without
      // waiting, swallow their errors, and let the forced DROP end that last connection.
      const pool = (payload.db as unknown as { pool?: PgPool }).pool
      pool?.on('error', () => undefined)
      void pool?.end().catch(() => undefined)
      await payload.db.destroy?.()
      await db.drop()
    },
  }
}
