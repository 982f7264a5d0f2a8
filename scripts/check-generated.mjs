#!/usr/bin/env node
/**
 * Fails when generated files are stale: payload-types.ts, the admin import map, and the migrations of
 * both dialects (a schema change without a migration). Run by CI on a clean checkout.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import pg from 'pg'

const root = path.resolve(import.meta.dirname, '..')
process.chdir(root)
const payload = path.join('node_modules', '.bin', 'payload')
const env = { ...process.env, NODE_OPTIONS: '--no-deprecation', PAYLOAD_SECRET: 'check-generated-secret-0123456789' }
const run = (args, extra = {}) => {
  const r = spawnSync(payload, args, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...env, ...extra } })
  if (r.status !== 0) process.exit(r.status ?? 1)
}

run(['generate:types'])
run(['generate:importmap'])
run(['migrate:create', 'schema_check', '--skip-empty'], { DATABASE_URL: 'file:./data/check-generated.db' })
for (const f of ['check-generated.db', 'check-generated.db-wal', 'check-generated.db-shm']) {
  fs.rmSync(path.join('data', f), { force: true })
}
const pgUrl = process.env.TEST_POSTGRES_URL || 'postgres://postgres@127.0.0.1:5432/test'
const client = new pg.Client({ connectionString: pgUrl, connectionTimeoutMillis: 3000 })
const pgAnswers = await client.connect().then(
  () => true,
  () => false,
)
await client.end().catch(() => undefined)
if (pgAnswers) run(['migrate:create', 'schema_check', '--skip-empty'], { DATABASE_URL: pgUrl })
else console.warn('⚠ PostgreSQL does not answer: its migrations were NOT checked against the schema.')

const status = spawnSync(
  'git',
  ['status', '--porcelain', '--', 'src/payload-types.ts', 'src/app/(payload)/admin/importMap.js', 'src/migrations'],
  { encoding: 'utf8' },
)
if (status.stdout.trim()) {
  console.error('Generated files are out of date (regenerate and commit them):\n' + status.stdout)
  spawnSync('git', ['--no-pager', 'diff', '--stat', '--', 'src'], { stdio: 'inherit' })
  process.exit(1)
}
console.log('Generated files (types, import map, migrations for SQLite and PostgreSQL) are up to date.')
