import fs from 'node:fs'
import { createClient, type Client } from '@libsql/client'
import pg from 'pg'
import { run } from './files'

/**
 * The database side of backup and restore. SQLite: `VACUUM INTO` on the live database (a
 * consistent copy taken inside one read transaction, safe while the portal runs). PostgreSQL:
 * pg_dump -Fc in a snapshot exported from a REPEATABLE READ transaction, so the row counts
 * written in the manifest are exactly those of the dump. Restores go through pg_restore.
 */

export type TableCounts = Record<string, number>

/** Tables that exist in a freshly migrated, still empty database. */
const BOOKKEEPING = new Set(['payload_migrations'])

const quoteIdent = (name: string): string => `"${name.replace(/"/g, '""')}"`

// ---------- SQLite ----------

async function sqliteCounts(client: Client): Promise<TableCounts> {
  const tables = await client.execute(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
  )
  const counts: TableCounts = {}
  for (const row of tables.rows) {
    const name = String(row.name)
    const r = await client.execute(`SELECT count(*) AS n FROM ${quoteIdent(name)}`)
    counts[name] = Number(r.rows[0]?.n ?? 0)
  }
  return counts
}

async function sqliteMigrations(client: Client, counts: TableCounts): Promise<string[]> {
  if (!('payload_migrations' in counts)) return []
  const r = await client.execute('SELECT name FROM payload_migrations ORDER BY id')
  return r.rows.map((row) => String(row.name))
}

export async function dumpSqlite(url: string, dest: string): Promise<{ tables: TableCounts; migrations: string[] }> {
  const live = createClient({ url })
  try {
    await live.execute({ sql: 'VACUUM INTO ?', args: [dest] })
  } finally {
    live.close()
  }
  const copy = createClient({ url: `file:${dest}` })
  try {
    const tables = await sqliteCounts(copy)
    return { tables, migrations: await sqliteMigrations(copy, tables) }
  } finally {
    copy.close()
  }
}

/** Counts the rows of an SQLite file and checks its integrity. */
export async function inspectSqliteFile(file: string): Promise<{ tables: TableCounts; integrity: string }> {
  const client = createClient({ url: `file:${file}` })
  try {
    const check = await client.execute('PRAGMA integrity_check')
    return { tables: await sqliteCounts(client), integrity: String(check.rows[0]?.[0] ?? '') }
  } finally {
    client.close()
  }
}

export async function sqliteHasData(file: string): Promise<boolean> {
  if (!fs.existsSync(file) || fs.statSync(file).size === 0) return false
  const client = createClient({ url: `file:${file}` })
  try {
    const counts = await sqliteCounts(client)
    return Object.entries(counts).some(([name, n]) => n > 0 && !BOOKKEEPING.has(name))
  } finally {
    client.close()
  }
}

/** Puts an SQLite file in place of the database (with its -wal/-shm removed). */
export function replaceSqliteFile(target: string, source: string): void {
  const staged = `${target}.restoring`
  fs.copyFileSync(source, staged)
  for (const suffix of ['-wal', '-shm', '-journal']) fs.rmSync(`${target}${suffix}`, { force: true })
  fs.renameSync(staged, target)
}

// ---------- PostgreSQL ----------

async function pgCounts(client: pg.Client): Promise<TableCounts> {
  const tables = await client.query<{ name: string }>(
    "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename",
  )
  const counts: TableCounts = {}
  for (const { name } of tables.rows) {
    const r = await client.query<{ n: string }>(`SELECT count(*) AS n FROM public.${quoteIdent(name)}`)
    counts[name] = Number(r.rows[0]?.n ?? 0)
  }
  return counts
}

async function pgMigrations(client: pg.Client, counts: TableCounts): Promise<string[]> {
  if (!('payload_migrations' in counts)) return []
  const r = await client.query<{ name: string }>('SELECT name FROM public.payload_migrations ORDER BY id')
  return r.rows.map((row) => row.name)
}

async function connect(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 })
  client.on('error', () => undefined)
  await client.connect()
  return client
}

export async function dumpPostgres(url: string, dest: string): Promise<{ tables: TableCounts; migrations: string[] }> {
  const client = await connect(url)
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY')
    const snapshot = (await client.query<{ id: string }>('SELECT pg_export_snapshot() AS id')).rows[0]?.id
    if (!snapshot) throw new Error('no snapshot')
    const tables = await pgCounts(client)
    const migrations = await pgMigrations(client, tables)
    await run('pg_dump', ['--format=custom', `--snapshot=${snapshot}`, `--file=${dest}`, `--dbname=${url}`])
    await client.query('COMMIT')
    return { tables, migrations }
  } finally {
    await client.end().catch(() => undefined)
  }
}

export async function postgresHasData(url: string): Promise<boolean> {
  const client = await connect(url)
  try {
    const counts = await pgCounts(client)
    return Object.entries(counts).some(([name, n]) => n > 0 && !BOOKKEEPING.has(name))
  } finally {
    await client.end().catch(() => undefined)
  }
}

export async function postgresCounts(url: string): Promise<TableCounts> {
  const client = await connect(url)
  try {
    return await pgCounts(client)
  } finally {
    await client.end().catch(() => undefined)
  }
}

/**
 * Empties the public schema (DROP SCHEMA public CASCADE; CREATE SCHEMA public) and restores the
 * dump into it. The database user must own the schema.
 */
export async function restorePostgres(url: string, dump: string): Promise<void> {
  const client = await connect(url)
  try {
    await client.query('DROP SCHEMA IF EXISTS public CASCADE')
    await client.query('CREATE SCHEMA public')
  } finally {
    await client.end().catch(() => undefined)
  }
  await run('pg_restore', [
    '--no-owner',
    '--no-privileges',
    '--exit-on-error',
    '--single-transaction',
    `--dbname=${url}`,
    dump,
  ])
}

/** A throw-away database on the same server, for `--verify`; dropped by the returned function. */
export async function scratchPostgres(url: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `pbgdpl_verify_${process.pid}_${Date.now().toString(36)}`
  const admin = await connect(url)
  try {
    await admin.query(`CREATE DATABASE ${quoteIdent(name)}`)
  } finally {
    await admin.end().catch(() => undefined)
  }
  const scratch = new URL(url)
  scratch.pathname = `/${name}`
  return {
    url: scratch.toString(),
    drop: async () => {
      const c = await connect(url)
      try {
        await c.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`)
      } finally {
        await c.end().catch(() => undefined)
      }
    },
  }
}
