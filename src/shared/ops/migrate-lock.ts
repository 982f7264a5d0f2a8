import fs from 'node:fs'
import Database from 'libsql'
import type { Payload } from 'payload'
import pg from 'pg'
import { chooseDatabase } from '@/shared/database'

/**
 * Runs `work` (the migrations) while holding a lock that every other migrating process of the same
 * database waits for, so several instances starting together migrate once: the first applies what
 * is pending, the others then find nothing left to do.
 * - PostgreSQL: a session-level advisory lock, held on a connection of its own (released when that
 *   connection ends, so a killed process never leaves it held).
 * - SQLite: an exclusive transaction on a small lock database beside the database file
 *   (`<file>.migrate-lock`), held on a connection of its own. The lock is the operating system's
 *   file lock, so it is released when that connection ends or the process dies, and no two
 *   processes can ever both believe they hold it. (A pid file cannot promise that: a file read
 *   half-written, or removed as stale while another process replaces it, lets two in.) The lock
 *   database stays in place: removing it while another process waits on it would let a third
 *   lock a new file. (SQLite is one machine by design.)
 * Waits at most `timeoutMs` (default 10 minutes) for the lock, then fails with a Vietnamese message.
 */
export const MIGRATION_LOCK_KEY = 471_766_2025

export async function withMigrationLock<T>(
  work: () => Promise<T>,
  { databaseUrl = process.env.DATABASE_URL, timeoutMs = 10 * 60 * 1000, onWait }: LockOptions = {},
): Promise<T> {
  const db = chooseDatabase(databaseUrl)
  if (db.dialect === 'postgres') return withAdvisoryLock(db.url, work, timeoutMs, onWait)
  if (db.file) return withLockDatabase(`${db.file}.migrate-lock`, work, timeoutMs, onWait)
  return work()
}

type LockOptions = { databaseUrl?: string; timeoutMs?: number; onWait?: () => void }

const tooLong = () =>
  new Error('Quá thời gian chờ một tiến trình khác chuyển đổi cơ sở dữ liệu (migration). Hãy kiểm tra rồi chạy lại.')

async function withAdvisoryLock<T>(
  url: string,
  work: () => Promise<T>,
  timeoutMs: number,
  onWait?: () => void,
): Promise<T> {
  const client = new pg.Client({ connectionString: url })
  client.on('error', () => undefined)
  await client.connect()
  try {
    const until = Date.now() + timeoutMs
    let told = false
    for (;;) {
      const { rows } = await client.query<{ ok: boolean }>('SELECT pg_try_advisory_lock($1) AS ok', [
        MIGRATION_LOCK_KEY,
      ])
      if (rows[0]?.ok) break
      if (!told) onWait?.()
      told = true
      if (Date.now() > until) throw tooLong()
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
    try {
      return await work()
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined)
    }
  } finally {
    await client.end().catch(() => undefined)
  }
}

async function withLockDatabase<T>(
  file: string,
  work: () => Promise<T>,
  timeoutMs: number,
  onWait?: () => void,
): Promise<T> {
  // The driver's own connection, not @libsql/client's: a statement that fails there for a busy lock
  // stays open, and its connection then cannot be closed (it keeps its file and, once it has taken
  // it, the lock). `exec` finalizes what it runs. No waiting inside SQLite (it would block the
  // process): a busy lock is tried again below.
  const db = new Database(file, { timeout: 0 })
  try {
    const until = Date.now() + timeoutMs
    let told = false
    for (;;) {
      try {
        db.exec('BEGIN EXCLUSIVE')
        break
      } catch (err) {
        if ((err as { code?: string }).code !== 'SQLITE_BUSY') throw err
        if (!told) onWait?.()
        told = true
        if (Date.now() > until) throw tooLong()
        await new Promise((resolve) => setTimeout(resolve, 250))
      }
    }
    try {
      return await work()
    } finally {
      try {
        db.exec('ROLLBACK')
      } catch {
        // closing the connection below ends the transaction as well
      }
    }
  } finally {
    db.close()
  }
}

/** Payload ended the process because a migration failed (see migrateAtomically). */
class MigrationExit extends Error {
  constructor(readonly code: number) {
    super(`a migration failed (exit ${code})`)
  }
}

/**
 * Runs `migrate` (Payload's migrate) so that a failing migration leaves the database as it was.
 * PostgreSQL: Payload runs each migration in a transaction already. SQLite: Payload runs them
 * without one, so when migrations are pending an online copy is taken first (VACUUM INTO) and put
 * back if one fails. Payload ends the process when a migration fails; that exit is turned into an
 * error here so the copy can be restored, then the process exits with 1.
 */
export async function migrateAtomically(
  payload: Payload,
  committed: { name: string }[],
  migrate: () => Promise<void>,
): Promise<void> {
  const db = chooseDatabase()
  if (db.dialect !== 'sqlite' || !db.file || !(await hasPending(payload, committed))) return migrate()
  const file = db.file
  const snapshot = `${file}.pre-migration`
  fs.rmSync(snapshot, { force: true })
  const client = (
    payload.db as unknown as { client: { execute: (q: { sql: string; args: unknown[] }) => Promise<unknown> } }
  ).client
  await client.execute({ sql: 'VACUUM INTO ?', args: [snapshot] })
  const exit = process.exit
  process.exit = ((code?: number) => {
    throw new MigrationExit(code ?? 0)
  }) as typeof process.exit
  try {
    await migrate()
  } catch (err) {
    process.exit = exit
    await payload.db.destroy?.()
    for (const suffix of ['-wal', '-shm']) fs.rmSync(file + suffix, { force: true })
    fs.copyFileSync(snapshot, file)
    fs.rmSync(snapshot, { force: true })
    console.error(
      `Chuyển đổi cơ sở dữ liệu thất bại; cơ sở dữ liệu đã được trả lại như trước khi chạy. ${err instanceof MigrationExit ? '' : String(err)}`.trim(),
    )
    process.exit(1)
  } finally {
    process.exit = exit
  }
  fs.rmSync(snapshot, { force: true })
}

async function hasPending(payload: Payload, committed: { name: string }[]): Promise<boolean> {
  try {
    // A migration step, not a visitor: a system read of Payload's own migrations table.
    const applied = await payload.find({
      collection: 'payload-migrations',
      limit: 0,
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
    const names = new Set(applied.docs.map((d) => (d as { name?: string }).name))
    return committed.some((m) => !names.has(m.name))
  } catch {
    // No migrations table yet: a new database, everything is pending.
    return true
  }
}
