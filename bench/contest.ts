/**
 * npm run bench:contest — the start-of-contest surge (issue 6 §3). Prints; never asserts.
 *
 * On a fresh database (SQLite; PostgreSQL with BENCH_CONTEST_DB=postgres, server from
 * TEST_POSTGRES_URL) migrated with the committed migrations, a child process seeds a published
 * contest with one open round (10 questions drawn from a bank of 40, 20 minutes) and 1,000
 * verified entries, each with its contestant cookie token. The production build (`next build`
 * into .next-bench; BENCH_SKIP_BUILD=1 reuses it) is started with
 * `next start`, then 1,000 simulated contestants start an attempt within 10 seconds (uniformly
 * spread), answer each of their 10 questions at a human pace (one answer every 3–8 s, with jitter)
 * and submit, through the same JSON API as the attempt page. Latency is measured per request
 * from the client, on the same 2 cores as the server. `npm run bench:contest` holds the shared build
 * lock (/tmp/pbgdpl-next-build.lock) for the whole run, so no build or browser test shares the
 * cores with the load.
 *
 * Env: BENCH_CONTEST_DB (sqlite|postgres), BENCH_CONTESTANTS (1000), BENCH_START_WINDOW_S (10),
 * BENCH_SKIP_BUILD=1. Last line: RESULT start_p99_ms=… answer_p99_ms=… submit_p99_ms=… errors=…
 */
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import pg from 'pg'

const root = path.resolve(import.meta.dirname, '..')
process.chdir(root)
const CONTESTANTS = Number(process.env.BENCH_CONTESTANTS || 1000)
const START_WINDOW_MS = Number(process.env.BENCH_START_WINDOW_S || 10) * 1000
const QUESTIONS = 10
const dialect = process.env.BENCH_CONTEST_DB === 'postgres' ? 'postgres' : 'sqlite'
const port = 3210
const work = path.join(root, 'bench', 'out')
const tokensFile = path.join(work, 'contest-tokens.json')
fs.mkdirSync(work, { recursive: true })
const bin = (n: string) => path.join(root, 'node_modules', '.bin', n)

type Seeded = { roundId: number; tokens: string[] }

// ---------------------------------------------------------------------------------------------
// Child: seed the contest (run as `tsx bench/contest.ts --seed`, with DATABASE_URL set).
// ---------------------------------------------------------------------------------------------
async function seed(): Promise<void> {
  const { getPayload } = await import('payload')
  const { default: config } = await import('../src/payload.config')
  const { newAccessToken } = await import('../src/modules/contests/server/contestant-session')
  const payload = await getPayload({ config })
  const { migrations } =
    dialect === 'postgres' ? await import('../src/migrations/postgres') : await import('../src/migrations/sqlite')
  type Migrations = NonNullable<Parameters<typeof payload.db.migrate>[0]>['migrations']
  await payload.db.migrate({ migrations: migrations as unknown as Migrations })
  // A benchmark's set-up, written as the system.
  const sys = { overrideAccess: true, depth: 0 } as const
  const started = performance.now()
  for (let i = 1; i <= 40; i++) {
    await payload.create({
      collection: 'contest-questions',
      data: {
        code: `BENCH-${i}`,
        kind: i % 10 === 0 ? 'multiple' : i % 7 === 0 ? 'true-false' : 'single',
        text: `Câu hỏi thử tải số ${i}: theo Luật Phổ biến, giáo dục pháp luật năm 2012, quy định nào đúng?`,
        options:
          i % 7 === 0 && i % 10 !== 0
            ? [
                { text: 'Đúng', correct: true },
                { text: 'Sai', correct: false },
              ]
            : ['A', 'B', 'C', 'D'].map((k, j) => ({
                text: `Phương án ${k}`,
                correct: i % 10 === 0 ? j < 2 : j === i % 4,
              })),
      },
      ...sys,
    })
  }
  const contest = await payload.create({
    collection: 'contests',
    data: {
      title: 'Cuộc thi thử tải',
      status: 'published',
      eligibility: 'open',
      contactKinds: ['email'],
      certificateRule: 'participation',
    },
    ...sys,
  })
  const now = Date.now()
  const round = await payload.create({
    collection: 'contest-rounds',
    data: {
      contest: contest.id,
      number: 1,
      title: 'Vòng thử tải',
      opensAt: new Date(now - 3600_000).toISOString(),
      closesAt: new Date(now + 86_400_000).toISOString(),
      questionCount: QUESTIONS,
      timeLimitMinutes: 20,
      attemptsAllowed: 1,
    },
    ...sys,
  })
  const tokens: string[] = []
  const batch = 8
  for (let i = 0; i < CONTESTANTS; i += batch) {
    await Promise.all(
      Array.from({ length: Math.min(batch, CONTESTANTS - i) }, async (_, k) => {
        const n = i + k
        const { token, hash } = newAccessToken()
        tokens[n] = token
        await payload.create({
          collection: 'contest-entries',
          data: {
            contest: contest.id,
            round: round.id,
            fullName: `Thí sinh ${n + 1}`,
            publicName: `Thí sinh ${n + 1}`,
            school: `Trường THPT số ${(n % 25) + 1}`,
            contactKind: 'email',
            contact: `thi-sinh-${n + 1}@example.vn`,
            contactHash: `bench-${n + 1}`,
            verifiedAt: new Date(now - 600_000).toISOString(),
            accessTokenHash: hash,
          },
          ...sys,
        })
      }),
    )
  }
  fs.writeFileSync(tokensFile, JSON.stringify({ roundId: round.id, tokens } satisfies Seeded))
  console.log(
    `  seeded 40 questions, 1 round, ${CONTESTANTS} entries in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  )
  await payload.db.destroy?.()
  process.exit(0)
}

// ---------------------------------------------------------------------------------------------
// Parent: database, build, server, load.
// ---------------------------------------------------------------------------------------------
async function freshDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  if (dialect === 'sqlite') {
    const file = path.join(work, 'contest.db')
    for (const f of [file, `${file}-journal`, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true })
    return { url: `file:${file}`, drop: async () => undefined }
  }
  const admin = process.env.TEST_POSTGRES_URL || 'postgres://postgres@127.0.0.1:5432/test'
  const name = 'pbgdpl_bench_contest'
  const c = new pg.Client({ connectionString: admin })
  await c.connect()
  await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
  await c.query(`CREATE DATABASE "${name}"`)
  await c.end()
  const url = new URL(admin)
  url.pathname = `/${name}`
  return {
    url: url.toString(),
    drop: async () => {
      const d = new pg.Client({ connectionString: admin })
      await d.connect()
      await d.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
      await d.end()
    },
  }
}

async function waitFor(url: string, ms = 60_000): Promise<void> {
  const until = Date.now() + ms
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).status < 500) return
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 300))
  }
  throw new Error(`${url} did not answer`)
}

/** CPU seconds used so far by a process and its descendants (Linux /proc), or null elsewhere. */
function cpuSeconds(root: number | undefined): number | null {
  if (!root || !fs.existsSync('/proc/self/stat')) return null
  const stats = new Map<number, { ppid: number; ticks: number }>()
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue
    try {
      const f = fs.readFileSync(`/proc/${name}/stat`, 'utf8').split(') ')[1]!.split(' ')
      stats.set(Number(name), { ppid: Number(f[1]), ticks: Number(f[11]) + Number(f[12]) })
    } catch {
      /* the process ended meanwhile */
    }
  }
  let ticks = 0
  const todo = [root]
  while (todo.length) {
    const pid = todo.pop()!
    ticks += stats.get(pid)?.ticks ?? 0
    for (const [child, st] of stats) if (st.ppid === pid) todo.push(child)
  }
  return ticks / 100
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
const pct = (sorted: number[], p: number) =>
  sorted.length ? (sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0) : 0

type Kind = 'start' | 'answer' | 'submit'
const latencies: Record<Kind, number[]> = { start: [], answer: [], submit: [] }
const errors: Record<Kind, number> = { start: 0, answer: 0, submit: 0 }
const errorSamples: string[] = []
/** [seconds since the load began, latency ms] of slow requests (≥ 500 ms), to see when they happen */
const slow: [number, Kind, number][] = []
let t0 = 0

type Item = { index: number; kind: string; options: { id: string }[] }

async function call(
  base: string,
  kind: Kind,
  action: string,
  headers: Record<string, string>,
  body: unknown,
): Promise<Record<string, unknown> | null> {
  const started = performance.now()
  try {
    const res = await fetch(`${base}/api/cuoc-thi/lam-bai/${action}`, {
      method: 'POST',
      headers,
      body: JSON.stringify(body),
    })
    const json = (await res.json()) as Record<string, unknown>
    const ms = performance.now() - started
    latencies[kind].push(ms)
    if (ms >= 500) slow.push([(started - t0) / 1000, kind, ms])
    if (!res.ok) {
      errors[kind] += 1
      if (errorSamples.length < 5) errorSamples.push(`${kind} ${res.status}: ${String(json.message)}`)
      return null
    }
    return json
  } catch (err) {
    latencies[kind].push(performance.now() - started)
    errors[kind] += 1
    if (errorSamples.length < 5) errorSamples.push(`${kind}: ${(err as Error).message}`)
    return null
  }
}

async function contestant(base: string, roundId: number, token: string, n: number): Promise<void> {
  await sleep(Math.random() * START_WINDOW_MS)
  const headers = {
    'content-type': 'application/json',
    origin: base,
    cookie: `pbgdpl_ct_${roundId}=${token}`,
    'x-contest-session': `bench-session-${n}-${Math.random().toString(36).slice(2, 12)}`,
  }
  const started = await call(base, 'start', `${roundId}/bat-dau`, headers, {})
  const attempt = started?.attempt as { attemptId: number; items: Item[] } | undefined
  if (!attempt) return
  for (const item of attempt.items) {
    await sleep(3000 + Math.random() * 5000)
    const pick = item.options[Math.floor(Math.random() * item.options.length)]!
    await call(base, 'answer', `${roundId}/tra-loi`, headers, {
      attemptId: attempt.attemptId,
      itemIndex: item.index,
      choice: [pick.id],
    })
  }
  await sleep(1000 + Math.random() * 3000)
  await call(base, 'submit', `${roundId}/nop-bai`, headers, { attemptId: attempt.attemptId })
}

async function main(): Promise<void> {
  const db = await freshDatabase()
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    NODE_OPTIONS: '--no-deprecation',
    DATABASE_URL: db.url,
    UPLOAD_DIR: path.join(work, 'uploads'),
    PAYLOAD_SECRET: 'bench-secret-0123456789abcdef',
    NEXT_DIST_DIR: '.next-bench',
    NEXT_TELEMETRY_DISABLED: '1',
    PORT: String(port),
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    SCHEDULER: 'off',
  }
  console.log(`▶ contest surge on ${dialect}: ${CONTESTANTS} contestants, starts within ${START_WINDOW_MS / 1000} s`)
  const seeded = spawnSync(bin('tsx'), [path.join('bench', 'contest.ts'), '--seed'], {
    env: { ...env, NODE_ENV: 'development' } as NodeJS.ProcessEnv,
    stdio: ['ignore', 'inherit', 'inherit'],
  })
  if (seeded.status !== 0) throw new Error('seeding failed')
  const { roundId, tokens } = JSON.parse(fs.readFileSync(tokensFile, 'utf8')) as Seeded
  if (process.env.BENCH_SKIP_BUILD !== '1' || !fs.existsSync(path.join(root, '.next-bench', 'BUILD_ID'))) {
    console.log('  building (next build)…')
    const b0 = performance.now()
    const built = spawnSync(bin('next'), ['build'], {
      env,
      stdio: ['ignore', 'ignore', 'inherit'],
    })
    if (built.status !== 0) throw new Error('next build failed')
    console.log(`  built in ${((performance.now() - b0) / 1000).toFixed(0)} s`)
  }
  const server = spawn(bin('next'), ['start', '-p', String(port)], { env, stdio: 'ignore' })
  const base = `http://127.0.0.1:${port}`
  try {
    await waitFor(`${base}/cuoc-thi`)
    // A server that has just started loads each route's code on its first request: warm the
    // attempt API (refused requests: no contestant cookie) as a server would be before a contest.
    for (const action of ['bat-dau', 'tra-loi', 'nop-bai']) {
      await fetch(`${base}/api/cuoc-thi/lam-bai/${roundId}/${action}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: base },
        body: '{}',
      })
    }
    const loadBefore = os.loadavg()[0]!.toFixed(1)
    const cpuBefore = cpuSeconds(server.pid)
    t0 = performance.now()
    await Promise.all(tokens.map((token, n) => contestant(base, roundId, token, n)))
    const wall = (performance.now() - t0) / 1000
    const cpuAfter = cpuSeconds(server.pid)
    const requests = latencies.start.length + latencies.answer.length + latencies.submit.length
    if (cpuBefore !== null && cpuAfter !== null) {
      const used = cpuAfter - cpuBefore
      console.log(
        `  server CPU during the load: ${used.toFixed(1)} s for ${requests} requests (${((used * 1000) / requests).toFixed(2)} ms per request, ${((used / wall) * 100).toFixed(0)} % of one core on average)`,
      )
    }
    // Other work on the machine skews every figure: show the 1-minute load average before and after.
    console.log(
      `\n  load finished in ${wall.toFixed(0)} s; machine load average ${loadBefore} before, ${os.loadavg()[0]!.toFixed(1)} after (2 cores)\n`,
    )
    console.log('request   count   p50 ms   p99 ms   max ms   errors')
    const fig: Record<string, string | number> = {}
    for (const kind of ['start', 'answer', 'submit'] as Kind[]) {
      const sorted = [...latencies[kind]].sort((a, b) => a - b)
      const p50 = Math.round(pct(sorted, 50))
      const p99 = Math.round(pct(sorted, 99))
      const max = Math.round(sorted[sorted.length - 1] ?? 0)
      console.log(
        `${kind.padEnd(8)} ${String(sorted.length).padStart(6)} ${String(p50).padStart(8)} ${String(p99).padStart(8)} ${String(max).padStart(8)} ${String(errors[kind]).padStart(8)}`,
      )
      fig[`${kind}_p50_ms`] = p50
      fig[`${kind}_p99_ms`] = p99
    }
    for (const s of errorSamples) console.log(`  error: ${s}`)
    if (slow.length) {
      const bySecond = new Map<number, number>()
      for (const [at] of slow) bySecond.set(Math.floor(at), (bySecond.get(Math.floor(at)) ?? 0) + 1)
      console.log(
        `  requests ≥ 500 ms by second of the run: ${[...bySecond.entries()].map(([sec, n]) => `${sec}s×${n}`).join(' ')}`,
      )
    }
    const total = errors.start + errors.answer + errors.submit
    console.log(
      `RESULT db=${dialect} contestants=${CONTESTANTS} load_avg=${os.loadavg()[0]!.toFixed(1)} start_p50_ms=${fig.start_p50_ms} start_p99_ms=${fig.start_p99_ms} answer_p50_ms=${fig.answer_p50_ms} answer_p99_ms=${fig.answer_p99_ms} submit_p50_ms=${fig.submit_p50_ms} submit_p99_ms=${fig.submit_p99_ms} errors=${total}`,
    )
  } finally {
    server.kill('SIGTERM')
    await sleep(500)
    await db.drop()
  }
}

if (process.argv.includes('--seed')) await seed()
else await main()
