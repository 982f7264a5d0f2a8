#!/usr/bin/env node
/**
 * `npm test`: the whole suite, in the order that fails fastest.
 *   1. unit tests;
 *   2. integration tests on SQLite (always) and, at the same time, on PostgreSQL when it answers
 *      (TEST_POSTGRES_URL, default postgres://postgres@127.0.0.1:5432/test): there, the files of
 *      POSTGRES_FILES, or all with TEST_POSTGRES_FULL=1; said loudly when it does not answer. Each file has its own database, so the two runs share nothing; their output is
 *      printed stage by stage when each finishes (TEST_SERIAL=1 runs them one after the other);
 *   3. meanwhile, once the first integration lane has ended, the production build the end-to-end
 *      tests use (tests/e2e/prebuild.ts; E2E_PREBUILD=1 starts it at once, 0 never);
 *   4. end-to-end tests in Chromium against that build (skipped only with E2E=0), as soon as the
 *      build is done, beside the rest of the other lane (E2E_OVERLAP=0: after both), in E2E_PARTS
 *      parts side by side (default 2), each with its own server.
 * Ends with one line "N passed, N failed, N skipped".
 */
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'

const root = path.resolve(import.meta.dirname, '..')
process.chdir(root)
const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pbgdpl-test-'))
const totals = { passed: 0, failed: 0, skipped: 0 }
let failedStage = false

/**
 * Runs one vitest stage. With `buffered`, its output goes to a file that is printed in one block
 * when the stage ends, so two stages running together never interleave their lines.
 */
function vitest(name, args, env = {}, { buffered = false } = {}) {
  const report = path.join(outDir, `${name.replace(/\W+/g, '-')}.json`)
  const logFile = path.join(outDir, `${name.replace(/\W+/g, '-')}.log`)
  const started = Date.now()
  if (!buffered) console.log(`\n━━ ${name} ━━`)
  const out = buffered ? fs.openSync(logFile, 'w') : 'inherit'
  const child = spawn(
    path.join('node_modules', '.bin', 'vitest'),
    ['run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
    {
      stdio: ['ignore', out, out],
      env: { ...process.env, NODE_OPTIONS: '--no-deprecation', ...env },
    },
  )
  return new Promise((resolve) => {
    child.on('exit', (code, signal) => {
      if (buffered) {
        fs.closeSync(out)
        console.log(`\n━━ ${name} ━━`)
        process.stdout.write(fs.readFileSync(logFile, 'utf8'))
      }
      let json = null
      if (fs.existsSync(report)) {
        json = JSON.parse(fs.readFileSync(report, 'utf8'))
        totals.passed += json.numPassedTests ?? 0
        totals.failed += json.numFailedTests ?? 0
        totals.skipped += (json.numPendingTests ?? 0) + (json.numTodoTests ?? 0)
        printSlowest(json)
      }
      console.log(`━━ ${name}: ${((Date.now() - started) / 1000).toFixed(0)} s ━━`)
      if (code !== 0) {
        failedStage = true
        console.error(`✖ ${name} failed (exit ${signal ?? code})`)
      }
      resolve(json)
    })
  })
}

/** The slowest files of a stage, so CI's log shows where its time goes. */
function printSlowest(json) {
  const files = (json.testResults ?? [])
    .map((r) => ({ file: path.relative(root, r.name), ms: (r.endTime ?? 0) - (r.startTime ?? 0) }))
    .filter((f) => f.ms > 0)
    .sort((a, b) => b.ms - a.ms)
  if (files.length < 2) return
  const top = files.slice(0, 10).map((f) => `${(f.ms / 1000).toFixed(0)} s ${f.file}`)
  console.log(`slowest files: ${top.join(' · ')}`)
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

// E2E_ONLY=1: the browser tests alone (build, then the e2e parts), for work on them.
const e2eOnly = process.env.E2E_ONLY === '1'
if (e2eOnly) console.warn('\n⚠⚠⚠ E2E_ONLY=1: unit and integration tests NOT run ⚠⚠⚠')
else await vitest('unit', ['--project', 'unit'])

// The e2e production build (tests/e2e/prebuild.ts), run beside the integration tests so the e2e
// stage reuses it; its output is printed when it ends; on failure the e2e stage builds again and
// reports the error. By default it starts when the first integration lane ends (a core is free
// then; which lane is shorter varies from run to run). E2E_PREBUILD=1 starts it at once (with more cores); E2E_PREBUILD=0
// never (the e2e stage builds). Started with the two lanes on 2 cores it starved them (measured in
// CI: the build took 814 s instead of ≈ 300 s and the integration stage more than doubled).
let prebuild = Promise.resolve()
/** @type {Promise<void> | undefined} */
let e2eRun
const prebuildMode = process.env.E2E === '0' ? '0' : process.env.E2E_PREBUILD || 'after-first-lane'
/** @type {Promise<void> | undefined} */
let prebuildStarted
function startPrebuild() {
  prebuildStarted ??= buildForE2e()
  return prebuildStarted
}
function buildForE2e() {
  const started = Date.now()
  const logFile = path.join(outDir, 'e2e-prebuild.log')
  const out = fs.openSync(logFile, 'w')
  const child = spawn(path.join('node_modules', '.bin', 'tsx'), ['tests/e2e/prebuild.ts'], {
    stdio: ['ignore', out, out],
    env: { ...process.env, NODE_OPTIONS: '--no-deprecation' },
  })
  prebuild = new Promise((resolve) =>
    child.on('exit', (code) => {
      fs.closeSync(out)
      console.log(
        `\n━━ e2e build (alongside the integration tests): ${((Date.now() - started) / 1000).toFixed(0)} s ━━`,
      )
      process.stdout.write(fs.readFileSync(logFile, 'utf8'))
      if (code !== 0) console.warn('⚠ the e2e build beside the integration tests failed; the e2e stage builds again')
      resolve()
    }),
  )
  return prebuild
}
if (prebuildMode === '1') startPrebuild()

/**
 * The integration files run on PostgreSQL as well as SQLite: those whose code takes a different
 * path there (raw SQL, the search store, statistics aggregates, leases and claims, transactions and
 * races, migrations, backups, query translation of the access rules and the open API). Every file
 * runs on SQLite. TEST_POSTGRES_FULL=1 runs every file on PostgreSQL too (the 25-minute CI budget
 * on 2 cores does not hold both whole suites and the browser tests).
 */
const POSTGRES_FILES = [
  'tests/int/migrations.int.test.ts',
  'tests/int/secret-rotation.int.test.ts',
  'tests/int/migrate-command.int.test.ts',
  'tests/int/backup.int.test.ts',
  'tests/int/ops.int.test.ts',
  'tests/int/search-engine.int.test.ts',
  'tests/int/auth-and-search.int.test.ts',
  'tests/int/statistics.int.test.ts',
  'tests/int/statistics-export.int.test.ts',
  'tests/int/activities.int.test.ts',
  'tests/int/activities-scale.int.test.ts',
  'tests/int/registries.int.test.ts',
  'tests/int/contests-engine.int.test.ts',
  'tests/int/contests-public.int.test.ts',
  'tests/int/change-feed.int.test.ts',
  'tests/int/webhooks.int.test.ts',
  'tests/int/sync.int.test.ts',
  'tests/int/outbox.int.test.ts',
  'tests/int/access-matrix.int.test.ts',
  'tests/int/open-api.int.test.ts',
  'tests/int/legal-documents.int.test.ts',
  'tests/int/workflow.int.test.ts',
  'tests/int/delete-guard.int.test.ts',
]
for (const file of POSTGRES_FILES) {
  if (!fs.existsSync(file)) throw new Error(`scripts/test.mjs: ${file} (POSTGRES_FILES) does not exist`)
}

const serial = process.env.TEST_SERIAL === '1'
const integration = []
const sqliteRun = () =>
  vitest('integration (SQLite)', ['--project', 'integration'], { TEST_DB: 'sqlite' }, { buffered: !serial })
const pgUrl = process.env.TEST_POSTGRES_URL || 'postgres://postgres@127.0.0.1:5432/test'
if (e2eOnly) {
  integration.push(startPrebuild())
} else if (process.env.TEST_POSTGRES === '0') {
  console.warn('\n⚠⚠⚠ TEST_POSTGRES=0: integration tests on PostgreSQL NOT run ⚠⚠⚠')
  integration.push(sqliteRun())
} else if (await postgresAnswers(pgUrl)) {
  const full = process.env.TEST_POSTGRES_FULL === '1'
  if (!full) console.log(`\nPostgreSQL: ${POSTGRES_FILES.length} integration files (TEST_POSTGRES_FULL=1 for all)`)
  const pgRun = () =>
    vitest(
      full ? 'integration (PostgreSQL, every file)' : 'integration (PostgreSQL)',
      ['--project', 'integration', ...(full ? [] : POSTGRES_FILES)],
      { TEST_DB: 'postgres', TEST_POSTGRES_URL: pgUrl },
      { buffered: !serial },
    )
  if (serial) {
    await sqliteRun()
    await pgRun()
  } else {
    console.log('\n━━ integration tests on SQLite and PostgreSQL, side by side (output when each ends) ━━')
    // The browser tests keep about one core busy: once one lane and the build are done they run
    // beside the rest of the other lane (E2E_OVERLAP=0 runs them after both).
    const overlap = process.env.E2E_OVERLAP !== '0' && process.env.E2E !== '0' && prebuildMode === 'after-first-lane'
    const afterLane = () =>
      prebuildMode === 'after-first-lane' ? startPrebuild().then(() => (overlap ? runE2e() : undefined)) : undefined
    integration.push(sqliteRun().then(afterLane), pgRun().then(afterLane))
  }
} else {
  console.warn(
    `\n⚠⚠⚠ PostgreSQL does not answer at ${pgUrl.replace(/\/\/[^@]*@/, '//')}: integration tests on PostgreSQL were NOT run ⚠⚠⚠`,
  )
  integration.push(sqliteRun())
}
await Promise.all(integration)
await prebuild

if (process.env.E2E === '0') {
  console.warn('\n⚠⚠⚠ E2E=0: browser tests NOT run ⚠⚠⚠')
} else {
  await runE2e()
}

/** The end-to-end stage, once (it may already have run beside the SQLite lane). */
function runE2e() {
  e2eRun ??= (async () => {
    reportBusyProcesses()
    const parts = e2eParts()
    if (parts.length === 1) {
      await vitest('end-to-end (Chromium)', ['--project', 'e2e'])
      return
    }
    // Each part is its own vitest with its own server, port, database, mail box and copy of the
    // build (tests/e2e/global-setup.ts); the files of a part still run one at a time.
    const started = Date.now()
    console.log(`\n━━ end-to-end (Chromium) in ${parts.length} parts side by side (output when each ends) ━━`)
    parts.forEach((files, i) =>
      console.log(`part ${i + 1}: ${files.map((f) => path.basename(f, '.e2e.test.ts')).join(', ')}`),
    )
    const reports = await Promise.all(
      parts.map((files, i) =>
        vitest(
          `end-to-end (Chromium), part ${i + 1} of ${parts.length}`,
          ['--project', 'e2e', ...files],
          i === 0 ? {} : { E2E_PORT: String(3100 + 20 * i), E2E_DIST_DIR: `.next-e2e-part${i + 1}` },
          { buffered: true },
        ),
      ),
    )
    console.log(`━━ end-to-end (Chromium), all parts: ${((Date.now() - started) / 1000).toFixed(0)} s ━━`)
    // What balances the parts next time: copy this line's object into tests/e2e/durations.json.
    const seconds = Object.fromEntries(
      reports
        .flatMap((json) => json?.testResults ?? [])
        .map((r) => [path.basename(r.name), Math.round(((r.endTime ?? 0) - (r.startTime ?? 0)) / 1000)])
        .sort((a, b) => b[1] - a[1]),
    )
    console.log(`e2e seconds per file: ${JSON.stringify(seconds)}`)
  })()
  return e2eRun
}

/**
 * The e2e files split into E2E_PARTS parts (default 2: one server and browser keep about one core
 * busy, and CI has two), balanced by the seconds each file took in CI (tests/e2e/durations.json;
 * 12 s for a file not listed there): longest first, each to the part with the least so far.
 */
function e2eParts() {
  const dir = path.join('tests', 'e2e')
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.e2e.test.ts'))
    .sort()
    .map((f) => path.join(dir, f))
  const wanted = Number.parseInt(process.env.E2E_PARTS ?? '2', 10)
  const count = Math.max(1, Math.min(Number.isFinite(wanted) ? wanted : 2, files.length))
  if (count === 1) return [files]
  const seconds = JSON.parse(fs.readFileSync(path.join(dir, 'durations.json'), 'utf8'))
  const weight = (file) => seconds[path.basename(file)] ?? 12
  const parts = Array.from({ length: count }, () => ({ files: [], total: 0 }))
  for (const file of [...files].sort((a, b) => weight(b) - weight(a))) {
    const part = parts.reduce((least, p) => (p.total < least.total ? p : least))
    part.files.push(file)
    part.total += weight(file)
  }
  return parts.map((p) => p.files.sort())
}

/**
 * The browser tests are timed against the machine's other work: anything still using the CPU when
 * they start (a process left by an earlier stage) is printed, with the load average.
 */
function reportBusyProcesses() {
  const ps = spawnSync('ps', ['-eo', 'pid,pcpu,etimes,args', '--sort=-pcpu', '--no-headers'], { encoding: 'utf8' })
  const busy = (ps.stdout || '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && Number(line.split(/\s+/)[1]) >= 5 && !line.includes(' ps -eo'))
    .slice(0, 8)
  const load = os
    .loadavg()
    .map((n) => n.toFixed(2))
    .join(' ')
  console.log(`\n[test] before the browser tests: load ${load}${busy.length ? `; busy:\n  ${busy.join('\n  ')}` : ''}`)
}

fs.rmSync(outDir, { recursive: true, force: true })
console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`)
process.exit(failedStage || totals.failed > 0 ? 1 : 0)
