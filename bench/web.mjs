#!/usr/bin/env node
/**
 * npm run bench:web — throughput and page weight of the public site.
 *
 * Builds the portal on a fresh, seeded SQLite database (its own dist dir), starts the production
 * server, and measures with autocannon (32 connections) the home page, a section page and an article
 * page once they are cached. The same bytes are then served as static files by nginx on this machine
 * and measured the same way, so the app's figures can be read as a ratio of a static server's.
 * Finally it adds up the bytes an article page transfers (HTML, CSS, JS, compressed as served).
 *
 * Env: BENCH_SECONDS (default 10), BENCH_CONNECTIONS (32), BENCH_SKIP_BUILD=1 to reuse the build.
 * Prints figures; never asserts. Last line: RESULT key=value …
 */
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'
import autocannon from 'autocannon'
import { waitFor } from './lib/wait-for.mjs'

const root = path.resolve(import.meta.dirname, '..')
process.chdir(root)
const seconds = Number(process.env.BENCH_SECONDS || 10)
const connections = Number(process.env.BENCH_CONNECTIONS || 32)
const appPort = 3200
const nginxPort = 3201
const work = path.join(root, 'bench', 'out')
fs.mkdirSync(work, { recursive: true })
const env = {
  ...process.env,
  NODE_ENV: 'production',
  NODE_OPTIONS: '--no-deprecation',
  DATABASE_URL: `file:${path.join(work, 'bench.db')}`,
  UPLOAD_DIR: path.join(work, 'uploads'),
  PAYLOAD_SECRET: 'bench-secret-0123456789abcdef',
  NEXT_DIST_DIR: '.next-bench',
  NEXT_TELEMETRY_DISABLED: '1',
  PORT: String(appPort),
  PUBLIC_URL: `http://127.0.0.1:${appPort}`,
  SCHEDULER: 'off',
}
const bin = (n) => path.join(root, 'node_modules', '.bin', n)
const run = (cmd, args, extra = {}) => {
  const r = spawnSync(cmd, args, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...env, ...extra } })
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed`)
}

function measure(url) {
  return new Promise((resolve, reject) => {
    autocannon({ url, connections, duration: seconds, headers: { 'accept-encoding': 'gzip, br' } }, (err, res) => {
      if (err) reject(err)
      else
        resolve({
          rps: res.requests.average,
          p50: res.latency.p50,
          p99: res.latency.p99,
          errors: res.errors + res.non2xx,
        })
    })
  })
}

console.log('▶ Preparing a fresh database and production build…')
if (process.env.BENCH_SKIP_BUILD !== '1') {
  for (const f of ['bench.db', 'bench.db-wal', 'bench.db-shm']) fs.rmSync(path.join(work, f), { force: true })
  fs.rmSync(path.join(work, 'uploads'), { recursive: true, force: true })
  run(bin('tsx'), ['scripts/migrate.ts'])
  run(bin('tsx'), ['scripts/seed.ts'])
  run(bin('next'), ['build'])
}
const server = spawn(bin('next'), ['start', '-p', String(appPort)], { env, stdio: 'ignore' })
const stopAll = []
stopAll.push(() => server.kill('SIGTERM'))
try {
  const base = `http://127.0.0.1:${appPort}`
  await waitFor(`${base}/`)
  const home = await (await fetch(`${base}/`)).text()
  const article = home.match(/href="(\/bai-viet\/[a-z0-9-]+)"/)?.[1]
  const section = home.match(/href="(\/chuyen-muc\/[a-z0-9-]+)"/)?.[1]
  if (!article || !section) throw new Error('could not find an article and a section link on the home page')
  const pages = { home: '/', section, article }
  for (const p of Object.values(pages)) for (let i = 0; i < 3; i++) await fetch(base + p)

  // The same HTML as static files behind nginx.
  let nginx = null
  const staticDir = path.join(work, 'static')
  fs.rmSync(staticDir, { recursive: true, force: true })
  for (const [name, p] of Object.entries(pages)) {
    fs.mkdirSync(staticDir, { recursive: true })
    fs.writeFileSync(path.join(staticDir, `${name}.html`), await (await fetch(base + p)).text())
  }
  const nginxBin = fs.existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : null
  if (!nginxBin) {
    console.log('  nginx is not installed; trying apt-get install -y nginx-light (or nginx)…')
    spawnSync(
      'bash',
      [
        '-c',
        'apt-get install -y -qq nginx-light >/dev/null 2>&1 || (apt-get update -qq && apt-get install -y -qq nginx >/dev/null 2>&1)',
      ],
      { stdio: 'inherit' },
    )
  }
  if (fs.existsSync('/usr/sbin/nginx')) {
    const conf = path.join(work, 'nginx.conf')
    fs.writeFileSync(
      conf,
      `worker_processes 2; daemon off; pid ${work}/nginx.pid; error_log ${work}/nginx-error.log;
events { worker_connections 1024; }
http { access_log off; gzip on; gzip_types text/html; gzip_min_length 256; default_type text/html;
  client_body_temp_path ${os.tmpdir()}; proxy_temp_path ${os.tmpdir()}; fastcgi_temp_path ${os.tmpdir()}; uwsgi_temp_path ${os.tmpdir()}; scgi_temp_path ${os.tmpdir()};
  server { listen 127.0.0.1:${nginxPort}; root ${staticDir}; location / { try_files $uri =404; } } }
`,
    )
    nginx = spawn('/usr/sbin/nginx', ['-c', conf, '-p', work], { stdio: 'ignore' })
    stopAll.push(() => nginx.kill('SIGTERM'))
    await waitFor(`http://127.0.0.1:${nginxPort}/home.html`, 10_000)
  } else {
    console.log('  nginx unavailable: static comparison skipped')
  }

  const results = {}
  console.log(`\n▶ Load: ${connections} connections × ${seconds} s per page (client on the same 2 cores)\n`)
  console.log('page      app req/s   p50 ms  p99 ms  errors │ nginx req/s  p50  p99 │ app/nginx')
  for (const [name, p] of Object.entries(pages)) {
    const app = await measure(base + p)
    const st = nginx ? await measure(`http://127.0.0.1:${nginxPort}/${name}.html`) : null
    results[name] = { app, st }
    const ratio = st ? (app.rps / st.rps).toFixed(2) : 'n/a'
    console.log(
      `${name.padEnd(9)} ${app.rps.toFixed(0).padStart(9)} ${String(app.p50).padStart(8)} ${String(app.p99).padStart(7)} ${String(app.errors).padStart(7)} │ ${st ? st.rps.toFixed(0).padStart(11) : '        n/a'} ${st ? String(st.p50).padStart(4) : ' n/a'} ${st ? String(st.p99).padStart(4) : ' n/a'} │ ${ratio}`,
    )
  }

  // Page weight of an article, compressed as a browser would receive it.
  const articleRes = await fetch(base + article, { headers: { 'accept-encoding': 'br, gzip' } })
  const html = await articleRes.text()
  const gz = (s) => zlib.gzipSync(Buffer.from(s)).length
  const assets = [...html.matchAll(/<(?:script[^>]+src|link[^>]+rel="stylesheet"[^>]+href)="([^"]+)"/g)].map(
    (m) => m[1],
  )
  const css = [...html.matchAll(/<link[^>]+href="([^"]+\.css[^"]*)"/g)].map((m) => m[1])
  // noModule scripts are polyfills that modern browsers never download.
  const js = [...html.matchAll(/<script([^>]+)>/g)]
    .filter((m) => !/noModule/i.test(m[1]))
    .map((m) => m[1].match(/src="([^"]+)"/)?.[1])
    .filter(Boolean)
  const sizeOf = async (u) => gz(await (await fetch(new URL(u, base))).text())
  const br = (s) => zlib.brotliCompressSync(Buffer.from(s)).length
  let jsBrotli = 0
  for (const u of [...new Set(js)]) jsBrotli += br(await (await fetch(new URL(u, base))).text())
  const uniq = (a) => [...new Set(a)]
  let cssBytes = 0
  let jsBytes = 0
  for (const u of uniq(css)) cssBytes += await sizeOf(u)
  for (const u of uniq(js)) jsBytes += await sizeOf(u)
  const htmlBytes = gz(html)
  const total = htmlBytes + cssBytes + jsBytes
  console.log(
    `\n▶ Article page weight (gzip): HTML ${(htmlBytes / 1024).toFixed(1)} KB, CSS ${(cssBytes / 1024).toFixed(1)} KB, JS ${(jsBytes / 1024).toFixed(1)} KB in ${uniq(js).length} files; total ${(total / 1024).toFixed(1)} KB (targets: total ≤ 150 KB, JS ≤ 100 KB); ${uniq(assets).length} assets`,
  )
  console.log(
    `  (JavaScript with brotli, as nginx or a CDN with brotli would serve it: ${(jsBrotli / 1024).toFixed(1)} KB)`,
  )

  const r = (n) => Math.round(n)
  console.log(
    `RESULT home_rps=${r(results.home.app.rps)} home_p50_ms=${results.home.app.p50} home_p99_ms=${results.home.app.p99} section_rps=${r(results.section.app.rps)} section_p99_ms=${results.section.app.p99} article_rps=${r(results.article.app.rps)} article_p99_ms=${results.article.app.p99} nginx_home_rps=${results.home.st ? r(results.home.st.rps) : 'na'} app_to_nginx_home=${results.home.st ? (results.home.app.rps / results.home.st.rps).toFixed(3) : 'na'} article_html_kb=${(htmlBytes / 1024).toFixed(1)} article_css_kb=${(cssBytes / 1024).toFixed(1)} article_js_kb=${(jsBytes / 1024).toFixed(1)} article_js_brotli_kb=${(jsBrotli / 1024).toFixed(1)} article_total_kb=${(total / 1024).toFixed(1)} errors=${Object.values(results).reduce((s, x) => s + x.app.errors, 0)}`,
  )
} finally {
  for (const stop of stopAll) stop()
}
