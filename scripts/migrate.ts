/**
 * Applies the committed migrations of the configured database (SQLite or PostgreSQL):
 * `npm run migrate`. Used by `npm start`, the browser tests and the benchmarks.
 *
 * NOTE: not `payload migrate`: on Node 20 its CLI loads our TypeScript config through tsx's
 * asynchronous loader and, on a busy machine, sometimes exits 0 before doing anything, leaving an
 * empty database. This script fails loudly instead, and checks the result.
 */
import { getPayload } from 'payload'
import config from '../src/payload.config'

const payload = await getPayload({ config })
const dialect = (payload.db as unknown as { name?: string }).name
const { migrations } =
  dialect === 'postgres' ? await import('../src/migrations/postgres') : await import('../src/migrations/sqlite')
type Migrations = NonNullable<Parameters<typeof payload.db.migrate>[0]>['migrations']
await payload.db.migrate({ migrations: migrations as unknown as Migrations })
// A migration script, not a visitor: it checks the schema with system reads (a count on the users table).
await payload.count({ collection: 'users', overrideAccess: true })
const applied = await payload.count({ collection: 'payload-migrations', overrideAccess: true })
console.log(`Cơ sở dữ liệu (${dialect}) đã cập nhật: ${applied.totalDocs} lần chuyển đổi đã áp dụng.`)
await payload.db.destroy?.()
process.exit(0)
