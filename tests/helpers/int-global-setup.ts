import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import type { TestProject } from 'vitest/node'

/**
 * Global setup of the integration tests: one database of the run's dialect (TEST_DB) migrated with
 * the committed migrations by `scripts/migrate.ts`, which each test file then copies (a file copy on
 * SQLite, CREATE DATABASE … TEMPLATE on PostgreSQL) instead of migrating its own from scratch.
 * migrations.int.test.ts still migrates an empty database step by step. TEST_TEMPLATE=0 turns this
 * off (every file migrates its own database, as before).
 */

declare module 'vitest' {
  export interface ProvidedContext {
    /** The migrated template: a SQLite file path, or a PostgreSQL database name; '' for none. */
    templateDb: string
  }
}

const root = path.resolve(import.meta.dirname, '..', '..')

/**
 * Runs scripts/migrate.ts, up to three times: on a loaded machine tsx's loader now and then ends
 * the script before its top-level await settles (exit 13). `reset` empties the database first.
 */
async function migrate(databaseUrl: string, logFile: string, reset: () => Promise<void>): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await migrateOnce(databaseUrl, logFile)
      return
    } catch (err) {
      if (attempt >= 3) throw err
      console.warn(`[integration] migrating the template failed (try ${attempt}), trying again`)
      await reset()
    }
  }
}

function migrateOnce(databaseUrl: string, logFile: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const out = fs.openSync(logFile, 'a')
    const child = spawn(path.join(root, 'node_modules', '.bin', 'tsx'), ['scripts/migrate.ts'], {
      cwd: root,
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        PAYLOAD_SECRET: process.env.PAYLOAD_SECRET || 'integration-test-secret-0123456789',
        NODE_OPTIONS: '--no-deprecation',
      },
      stdio: ['ignore', out, out],
    })
    child.on('error', reject)
    child.on('exit', (code) => {
      fs.closeSync(out)
      if (code === 0) resolve()
      else reject(new Error(`Migrating the template database failed (${code}):\n${fs.readFileSync(logFile, 'utf8')}`))
    })
  })
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (process.env.TEST_TEMPLATE === '0') {
    project.provide('templateDb', '')
    return async () => undefined
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pbgdpl-template-'))
  const logFile = path.join(dir, 'migrate.log')
  const started = Date.now()
  if (process.env.TEST_DB === 'postgres') {
    const admin = process.env.TEST_POSTGRES_URL || 'postgres://postgres@127.0.0.1:5432/test'
    const name = `pbgdpl_tpl_${process.pid}_${Date.now().toString(36)}`
    const run = async (sql: string) => {
      const client = new pg.Client({ connectionString: admin })
      await client.connect()
      try {
        await client.query(sql)
      } finally {
        await client.end()
      }
    }
    await run(`CREATE DATABASE "${name}"`)
    const url = new URL(admin)
    url.pathname = `/${name}`
    await migrate(url.toString(), logFile, async () => {
      await run(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
      await run(`CREATE DATABASE "${name}"`)
    })
    console.log(`[integration] template database ${name} migrated in ${((Date.now() - started) / 1000).toFixed(1)} s`)
    project.provide('templateDb', name)
    return async () => {
      await run(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).catch(() => undefined)
      fs.rmSync(dir, { recursive: true, force: true })
    }
  }
  const file = path.join(dir, 'template.db')
  await migrate(`file:${file}`, logFile, async () => {
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true })
  })
  console.log(`[integration] template database migrated in ${((Date.now() - started) / 1000).toFixed(1)} s`)
  project.provide('templateDb', file)
  return async () => fs.rmSync(dir, { recursive: true, force: true })
}
