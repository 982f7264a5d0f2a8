#!/usr/bin/env node
/**
 * `npm test`: the whole suite, in the order that fails fastest.
 *   1. unit tests;
 *   2. integration tests on SQLite (always);
 *   3. integration tests on PostgreSQL when it answers (TEST_POSTGRES_URL, default
 *      postgres://postgres@127.0.0.1:5432/test); said loudly when it does not;
 *   4. end-to-end tests in Chromium against a production build (skipped only with E2E=0).
 * Ends with one line "N passed, N failed, N skipped".
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'

const root = path.resolve(import.meta.dirname, '..')
process.chdir(root)
const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pbgdpl-test-'))
const totals = { passed: 0, failed: 0, skipped: 0 }
let failedStage = false

function vitest(name, args, env = {}) {
  console.log(`\n━━ ${name} ━━`)
  const report = path.join(outDir, `${name.replace(/\W+/g, '-')}.json`)
  const result = spawnSync(
    path.join('node_modules', '.bin', 'vitest'),
    ['run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
    {
      stdio: 'inherit',
      env: { ...process.env, NODE_OPTIONS: '--no-deprecation', ...env },
    },
  )
  if (fs.existsSync(report)) {
    const json = JSON.parse(fs.readFileSync(report, 'utf8'))
    totals.passed += json.numPassedTests ?? 0
    totals.failed += json.numFailedTests ?? 0
    totals.skipped += (json.numPendingTests ?? 0) + (json.numTodoTests ?? 0)
  }
  if (result.status !== 0) {
    failedStage = true
    console.error(`✖ ${name} failed (exit ${result.status})`)
  }
}

async function postgresAnswers(url) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 })
  try {
    await client.connect()
    await client.query('select 1')
    return true
  } catch {
    return false
  } finally {
    await client.end().catch(() => undefined)
  }
}

vitest('unit', ['--project', 'unit'])
vitest('integration (SQLite)', ['--project', 'integration'], { TEST_DB: 'sqlite' })

const pgUrl = process.env.TEST_POSTGRES_URL || 'postgres://postgres@127.0.0.1:5432/test'
if (process.env.TEST_POSTGRES === '0') {
  console.warn('\n⚠⚠⚠ TEST_POSTGRES=0: integration tests on PostgreSQL NOT run ⚠⚠⚠')
} else if (await postgresAnswers(pgUrl)) {
  vitest('integration (PostgreSQL)', ['--project', 'integration'], { TEST_DB: 'postgres', TEST_POSTGRES_URL: pgUrl })
} else {
  console.warn(
    `\n⚠⚠⚠ PostgreSQL does not answer at ${pgUrl.replace(/\/\/[^@]*@/, '//')}: integration tests on PostgreSQL were NOT run ⚠⚠⚠`,
  )
}

if (process.env.E2E === '0') {
  console.warn('\n⚠⚠⚠ E2E=0: browser tests NOT run ⚠⚠⚠')
} else {
  vitest('end-to-end (Chromium)', ['--project', 'e2e'])
}

fs.rmSync(outDir, { recursive: true, force: true })
console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`)
process.exit(failedStage || totals.failed > 0 ? 1 : 0)
