import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { inject } from 'vitest'

/**
 * Creates a fresh database for one test file (empty, or a copy of the run's migrated template) and
 * sets DATABASE_URL to it. The dialect comes from TEST_DB (sqlite by default, or postgres).
 * PostgreSQL tests get their own database on the server named by TEST_POSTGRES_URL (default
 * postgres://postgres@127.0.0.1:5432/test).
 */
export type TestDatabase = { dialect: 'sqlite' | 'postgres'; url: string; drop: () => Promise<void> }

/** The template database of this run ('' when there is none, e.g. outside the integration project). */
function templateDb(): string {
  try {
    return inject('templateDb') || ''
  } catch {
    return ''
  }
}

export const testDialect = (): 'sqlite' | 'postgres' => (process.env.TEST_DB === 'postgres' ? 'postgres' : 'sqlite')

export async function createTestDatabase(
  name: string,
  { fromTemplate = false }: { fromTemplate?: boolean } = {},
): Promise<TestDatabase> {
  // The migrated copy made once per run by tests/helpers/int-global-setup.ts, when asked for.
  const template = fromTemplate ? templateDb() : ''
  const safe = name.replace(/[^a-z0-9]+/gi, '_').toLowerCase()
  // Uploads of every dialect go to a throw-away folder, never into the project's data/uploads.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `pbgdpl-${safe}-`))
  process.env.UPLOAD_DIR = path.join(dir, 'uploads')
  if (testDialect() === 'postgres') {
    const admin = process.env.TEST_POSTGRES_URL || 'postgres://postgres@127.0.0.1:5432/test'
    const dbName = `pbgdpl_t_${safe}_${process.pid}_${Date.now().toString(36)}`.slice(0, 60)
    const client = new pg.Client({ connectionString: admin })
    await client.connect()
    await client.query(template ? `CREATE DATABASE "${dbName}" TEMPLATE "${template}"` : `CREATE DATABASE "${dbName}"`)
    await client.end()
    const url = new URL(admin)
    url.pathname = `/${dbName}`
    process.env.DATABASE_URL = url.toString()
    return {
      dialect: 'postgres',
      url: url.toString(),
      drop: async () => {
        const c = new pg.Client({ connectionString: admin })
        await c.connect()
        await c.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`)
        await c.end()
        fs.rmSync(dir, { recursive: true, force: true })
      },
    }
  }
  const file = path.join(dir, 'test.db')
  if (template) {
    // With its write-ahead log, if the migration left one behind.
    for (const suffix of ['', '-wal']) {
      if (fs.existsSync(template + suffix)) fs.copyFileSync(template + suffix, file + suffix)
    }
  }
  process.env.DATABASE_URL = `file:${file}`
  return {
    dialect: 'sqlite',
    url: `file:${file}`,
    drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
  }
}
