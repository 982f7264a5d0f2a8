/**
 * Applies the committed migrations of the configured database (SQLite or PostgreSQL):
 * `npm run migrate`. Used by `npm start`, the browser tests and the benchmarks. Safe to run from
 * several instances at once (src/shared/ops/migrate-lock.ts).
 *
 * NOTE: not `payload migrate`: on Node 20 its CLI loads our TypeScript config through tsx's
 * asynchronous loader and, on a busy machine, sometimes exits 0 before doing anything, leaving an
 * empty database. This script fails loudly instead, and checks the result.
 */

// Node 20 with tsx's loader thread: while a module is being loaded through that thread, the event
// loop can run empty for a moment, and Node then ends the process with 13 ("unsettled top-level
// await") before anything is migrated. A timer started before any module is loaded keeps the
// loop alive (the script ends with process.exit), so everything below is imported after it.
setInterval(() => undefined, 1_000)
// On Node 20 tsx's loader thread now and then never answers while modules load: the script would
// hang for ever. It gives up after SCRIPT_LOAD_TIMEOUT_MS (default 90 s) with exit code 75, which
// the callers (scripts/start.mjs, the test set-ups) take as "run it again". It is written out in
// each script rather than imported: a shared module would itself be loaded through that loader.
const stalled = setTimeout(
  () => {
    console.error('✖ Nạp mã nguồn quá lâu (trình nạp tsx bị treo): thoát với mã 75 để chạy lại.')
    process.exit(75)
  },
  Number(process.env.SCRIPT_LOAD_TIMEOUT_MS) || 90_000,
)

const { getPayload } = await import('payload')
const { default: config } = await import('../src/payload.config')
const { migrations: postgresMigrations } = await import('../src/migrations/postgres')
const { migrations: sqliteMigrations } = await import('../src/migrations/sqlite')
const { migrateAtomically, withMigrationLock } = await import('../src/shared/ops/migrate-lock')

const payload = await getPayload({ config })
clearTimeout(stalled)
const dialect = (payload.db as unknown as { name?: string }).name
const migrations = dialect === 'postgres' ? postgresMigrations : sqliteMigrations
type Migrations = NonNullable<Parameters<typeof payload.db.migrate>[0]>['migrations']
// Several instances starting together: one migrates, the others wait and then find nothing to do.
// A migration that fails leaves the database as it was: on PostgreSQL each runs in its own
// transaction; on SQLite (where Payload runs them without one) from a copy taken just before.
await withMigrationLock(
  () =>
    migrateAtomically(payload, migrations as unknown as { name: string }[], () =>
      payload.db.migrate({ migrations: migrations as unknown as Migrations }),
    ),
  { onWait: () => console.log('Đang chờ một tiến trình khác chuyển đổi cơ sở dữ liệu…') },
)
// A migration script, not a visitor: it checks the schema with system reads (a count on the users table).
await payload.count({ collection: 'users', overrideAccess: true })
const applied = await payload.count({ collection: 'payload-migrations', overrideAccess: true })
console.log(`Cơ sở dữ liệu (${dialect}) đã cập nhật: ${applied.totalDocs} lần chuyển đổi đã áp dụng.`)
await payload.db.destroy?.()
process.exit(0)

export {}
