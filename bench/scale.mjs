#!/usr/bin/env node
/**
 * npm run bench:scale — deployment profile B on this machine (issue 8, docs/deployment.md).
 *
 * (1) Traffic: a fresh PostgreSQL database with the demo content, `npm run cluster` (two instances,
 *     Redis, nginx with its microcache), then mixed public traffic — the home page, sections,
 *     articles, legal documents and searches, in turn on each connection — at BENCH_CONNECTIONS (64)
 *     for BENCH_SECONDS (60) each:
 *       a. straight to one instance (its own page cache, no nginx);
 *       b. through nginx (load balancing and microcache: the profile as deployed);
 *       c. nginx serving static copies of the same pages (the ceiling), and the ratio b/c.
 * (2) Search at scale: bench/search.ts's latency part on PostgreSQL with 10k, 100k and 1M
 *     article-level entries (BENCH_SCALE_SEARCH="10000,100000,1000000"; "0" skips), p95 of real
 *     questions and of short keyword queries, and how it grows.
 *
 * BENCH_SCALE_TRAFFIC=0 runs the search part only.
 * Needs PostgreSQL (BENCH_POSTGRES_URL, default postgres://postgres@127.0.0.1:5432/postgres), Redis
 * (REDIS_URL, default redis://127.0.0.1:6379) and nginx. The load client shares the machine's cores.
 * Prints figures; never asserts. Last line: RESULT key=value …
 */
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import autocannon from 'autocannon'
import { waitFor } from './lib/wait-for.mjs'
import pg from 'pg'

const root = path.resolve(import.meta.dirname, '..')
process.chdir(root)
const seconds = Number(process.env.BENCH_SECONDS || 60)
const connections = Number(process.env.BENCH_CONNECTIONS || 64)
const pgAdmin = process.env.BENCH_POSTGRES_URL || 'postgres://postgres@127.0.0.1:5432/postgres'
const redisUrl = process.env.REDIS_URL || 'redis://127.0.0.1:6379'
const searchSizes = (process.env.BENCH_SCALE_SEARCH ?? '10000,100000,1000000')
  .split(',')
  .map(Number)
  .filter((n) => Number.isInteger(n) && n > 0)
const ports = { nginx: 3230, app: 3231, static: 3239 }
const work = path.join(root, 'bench', 'out', 'scale')
fs.rmSync(work, { recursive: true, force: true })
fs.mkdirSync(work, { recursive: true })
fs.chmodSync(work, 0o755)
const dbName = 'pbgdpl_bench_scale'
const dbUrl = (() => {
  const u = new URL(pgAdmin)
  u.pathname = `/${dbName}`
  return u.toString()
})()
const result = {}
const stops = []

/** Mixed traffic over `paths` (each connection takes them in turn) against `origin`. */
function load(origin, paths) {
  const url = new URL(origin)
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url: origin,
        connections,
        duration: seconds,
        headers: { 'accept-encoding': 'gzip, br', host: url.host },
        requests: paths.map((p) => ({ method: 'GET', path: p })),
      },
      (err, res) => {
        if (err) reject(err)
        else
          resolve({
            rps: res.requests.average,
            p50: res.latency.p50,
            p99: res.latency.p99,
            errors: res.errors + res.timeouts + res.non2xx,
            total: res.requests.total,
          })
      },
    )
  })
}

const row = (name, r) =>
  console.log(
    `${name.padEnd(34)} ${r.rps.toFixed(0).padStart(7)} req/s  p50 ${String(r.p50).padStart(5)} ms  ` +
      `p99 ${String(r.p99).padStart(5)} ms  errors ${r.errors}/${r.total}`,
  )

async function traffic() {
  const nginxBin = ['/usr/sbin/nginx', '/usr/local/sbin/nginx'].find((p) => fs.existsSync(p))
  if (!nginxBin) {
    console.log('⚠ nginx is not installed (apt-get install nginx-light): traffic part skipped')
    return
  }
  const admin = new pg.Client({ connectionString: pgAdmin })
  await admin.connect()
  await admin.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`)
  await admin.query(`CREATE DATABASE "${dbName}"`)
  await admin.end()

  console.log('▶ npm run cluster on a fresh PostgreSQL database with the demo content (build in .next-bench)…')
  const log = fs.openSync(path.join(work, 'cluster.log'), 'w')
  const cluster = spawn('node', ['scripts/cluster.mjs'], {
    env: {
      ...process.env,
      DATABASE_URL: dbUrl,
      REDIS_URL: redisUrl,
      REDIS_PREFIX: 'pbgdpl-bench:',
      NEXT_DIST_DIR: '.next-bench',
      UPLOAD_DIR: path.join(work, 'uploads'),
      PAYLOAD_SECRET: 'bench-scale-secret-0123456789abcdef',
      PUBLIC_URL: `http://127.0.0.1:${ports.nginx}`,
      CLUSTER_DIR: path.join(work, 'cluster'),
      CLUSTER_PORT: String(ports.nginx),
      CLUSTER_LISTEN_HOST: '127.0.0.1',
      CLUSTER_APP_PORT: String(ports.app),
      CLUSTER_INSTANCES: process.env.BENCH_INSTANCES || '2',
      ACCESS_LOG: '0',
      LOG_LEVEL: 'warn',
      SEED_DEMO: '1',
    },
    stdio: ['ignore', log, log],
  })
  stops.push(
    () =>
      new Promise((resolve) => {
        if (cluster.exitCode !== null) return resolve()
        cluster.once('exit', resolve)
        cluster.kill('SIGTERM')
      }),
  )
  const started = Date.now()
  await waitFor(`http://127.0.0.1:${ports.nginx}/readyz`, 900_000)
  console.log(`  ready after ${((Date.now() - started) / 1000).toFixed(0)} s (log: ${path.join(work, 'cluster.log')})`)

  const edge = `http://127.0.0.1:${ports.nginx}`
  const app = `http://127.0.0.1:${ports.app}`
  const api = async (p) => (await (await fetch(`${app}${p}`)).json()).docs ?? []
  const slugs = async (collection, n) =>
    (await api(`/api/${collection}?limit=${n}&depth=0&sort=-publishedAt&select[slug]=true`)).map((d) => d.slug)
  const paths = [
    '/',
    ...(await slugs('sections', 3)).map((s) => `/chuyen-muc/${s}`),
    ...(await slugs('articles', 5)).map((s) => `/bai-viet/${s}`),
    ...(await slugs('legal-documents', 3)).map((s) => `/van-ban/${s}`),
    ...['hợp đồng lao động', 'xử phạt vi phạm hành chính', 'đất đai'].map(
      (q) => `/tim-kiem?q=${encodeURIComponent(q)}`,
    ),
  ]
  for (const p of paths) {
    const res = await fetch(`${app}${p}`)
    if (!res.ok) throw new Error(`${p} answered ${res.status}`)
  }
  console.log(`  ${paths.length} pages: ${paths.join(' ')}`)

  // Static copies of the same pages, served by a plain nginx.
  const staticDir = path.join(work, 'static')
  fs.mkdirSync(staticDir, { recursive: true })
  const staticPaths = []
  for (const [i, p] of paths.entries()) {
    fs.writeFileSync(path.join(staticDir, `p${i}.html`), await (await fetch(`${app}${p}`)).text())
    staticPaths.push(`/p${i}.html`)
  }
  const tmp = path.join(work, 'nginx-static-tmp')
  fs.mkdirSync(tmp, { recursive: true })
  const conf = path.join(work, 'nginx-static.conf')
  fs.writeFileSync(
    conf,
    `daemon off; worker_processes auto; pid ${work}/nginx-static.pid; error_log ${work}/nginx-static-error.log;
${process.getuid?.() === 0 ? 'user root;' : ''}
events { worker_connections 4096; }
http { access_log off; gzip on; gzip_types text/html; gzip_min_length 1024; default_type text/html;
  client_body_temp_path ${tmp}; proxy_temp_path ${tmp}; fastcgi_temp_path ${tmp}; uwsgi_temp_path ${tmp}; scgi_temp_path ${tmp};
  server { listen 127.0.0.1:${ports.static}; root ${staticDir}; location / { try_files $uri =404; } } }
`,
  )
  const nginx = spawn(nginxBin, ['-c', conf, '-p', work], { stdio: 'ignore' })
  stops.push(() => nginx.kill('SIGTERM'))
  await waitFor(`http://127.0.0.1:${ports.static}/p0.html`, 10_000)

  console.log(`\n▶ Mixed traffic, ${connections} connections × ${seconds} s each (client on the same cores)\n`)
  const direct = await load(app, paths)
  row('one instance, no nginx', direct)
  const micro = await load(edge, paths)
  row(`nginx → ${process.env.BENCH_INSTANCES || 2} instances, microcache`, micro)
  const stat = await load(`http://127.0.0.1:${ports.static}`, staticPaths)
  row('nginx, static copies', stat)
  const ratio = micro.rps / stat.rps
  console.log(`\nmicrocache / static: ${(ratio * 100).toFixed(0)} % of the static server's requests per second`)
  Object.assign(result, {
    app_rps: direct.rps.toFixed(0),
    app_p50_ms: direct.p50,
    app_p99_ms: direct.p99,
    app_errors: direct.errors,
    cluster_rps: micro.rps.toFixed(0),
    cluster_p50_ms: micro.p50,
    cluster_p99_ms: micro.p99,
    cluster_errors: micro.errors,
    static_rps: stat.rps.toFixed(0),
    static_p99_ms: stat.p99,
    cluster_vs_static: ratio.toFixed(2),
  })
}

function searchScale() {
  if (searchSizes.length === 0) return
  console.log(`\n▶ Search on PostgreSQL at ${searchSizes.map((n) => n.toLocaleString('en')).join(' → ')} entries`)
  const rows = []
  for (const n of searchSizes) {
    const run = spawnSync(path.join(root, 'node_modules', '.bin', 'tsx'), ['bench/search.ts'], {
      env: {
        ...process.env,
        BENCH_SEARCH_SKIP: 'quality',
        BENCH_SEARCH_DB: 'postgres',
        BENCH_SEARCH_ENTRIES: String(n),
        BENCH_POSTGRES_URL: pgAdmin,
      },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    })
    const line = (run.stdout || '').split('\n').find((l) => l.startsWith('RESULT '))
    if (run.status !== 0 || !line) {
      console.log(`  ${n}: bench/search.ts failed\n${(run.stderr || run.stdout || '').slice(-2000)}`)
      continue
    }
    const values = Object.fromEntries(
      line
        .slice(7)
        .split(' ')
        .map((kv) => kv.split('=')),
    )
    const p95 = Number(values.postgres_p95_ms)
    const shortP95 = Number(values.postgres_short_p95_ms)
    rows.push({ n, p95, shortP95 })
    console.log(
      `  ${n.toLocaleString('en').padStart(9)} entries: questions p95 ${p95.toFixed(1)} ms, short queries p95 ${shortP95.toFixed(1)} ms; ` +
        `indexed in ${values.postgres_build_s} s, database ${values.postgres_size_mb} MB`,
    )
    const k = n >= 1_000_000 ? `${n / 1_000_000}m` : `${n / 1000}k`
    result[`search_${k}_p95_ms`] = p95.toFixed(1)
    result[`search_${k}_short_p95_ms`] = shortP95.toFixed(1)
    result[`search_${k}_build_s`] = values.postgres_build_s
    result[`search_${k}_size_mb`] = values.postgres_size_mb
  }
  if (rows.length >= 2) {
    const first = rows[0]
    const last = rows[rows.length - 1]
    const growth = last.p95 / first.p95
    console.log(
      `  p95 grows ×${growth.toFixed(1)} for ×${(last.n / first.n).toFixed(0)} entries (questions), ` +
        `×${(last.shortP95 / first.shortP95).toFixed(1)} (short queries)`,
    )
    result.search_p95_growth = growth.toFixed(2)
  }
}

try {
  if (process.env.BENCH_SCALE_TRAFFIC !== '0') await traffic()
} catch (err) {
  console.error(`traffic part failed: ${err instanceof Error ? err.message : String(err)}`)
  result.traffic_error = 1
} finally {
  for (const stop of stops.reverse()) await stop()
  const admin = new pg.Client({ connectionString: pgAdmin })
  await admin.connect().catch(() => undefined)
  await admin.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`).catch(() => undefined)
  await admin.end().catch(() => undefined)
}
searchScale()
console.log(
  `RESULT ${Object.entries(result)
    .map(([k, v]) => `${k}=${v}`)
    .join(' ')}`,
)
