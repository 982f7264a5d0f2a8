/**
 * Test helper run as its own process (Payload's migrate exits the process when a migration fails):
 * applies the committed migrations of DATABASE_URL followed by one that creates a table, writes to
 * it and then fails. tests/int/migrate-command.int.test.ts checks what is left afterwards.
 */
import { sql } from 'drizzle-orm'

// As in scripts/migrate.ts: a timer first (Node 20 + tsx), then the modules.
setInterval(() => undefined, 1_000)
const { getPayload } = await import('payload')
const { default: config } = await import('../../src/payload.config')
const { migrations: postgresMigrations } = await import('../../src/migrations/postgres')
const { migrations: sqliteMigrations } = await import('../../src/migrations/sqlite')
const { migrateAtomically } = await import('../../src/shared/ops/migrate-lock')
const payload = await getPayload({ config })
const dialect = (payload.db as unknown as { name?: string }).name
const migrations = dialect === 'postgres' ? postgresMigrations : sqliteMigrations
type Migrations = NonNullable<Parameters<typeof payload.db.migrate>[0]>['migrations']
type Db = { execute?: (q: unknown) => Promise<unknown>; run?: (q: unknown) => Promise<unknown> }
const broken = {
  name: '20991231_000000_broken_on_purpose',
  up: async ({ db }: { db: Db }) => {
    const exec = (q: unknown) => (db.run ? db.run(q) : db.execute!(q))
    await exec(sql`CREATE TABLE broken_probe (id integer PRIMARY KEY, note text)`)
    await exec(sql`INSERT INTO broken_probe (id, note) VALUES (1, 'half done')`)
    await exec(sql`UPDATE users SET name = 'ĐÃ BỊ SỬA' WHERE id = (SELECT min(id) FROM users)`)
    throw new Error('this migration fails on purpose, after changing the schema and the data')
  },
  down: async () => undefined,
}
const all = [...migrations, broken]
// The same way scripts/migrate.ts runs them.
await migrateAtomically(payload, all, () => payload.db.migrate({ migrations: all as unknown as Migrations }))
// Not reached: the process exits with 1 when a migration fails.
process.exit(0)
