#!/usr/bin/env node
/**
 * `npm run cluster`: deployment profile B on one machine (docs/deployment.md): PostgreSQL, Redis,
 * several application instances and nginx in front of them as load balancer and microcache.
 *  1. checks the configuration: DATABASE_URL must be postgres://, REDIS_URL set, nginx installed;
 *  2. prepares once with scripts/start.mjs (checks, migrations, demo content when empty, build);
 *  3. writes nginx's configuration from deploy/nginx/pbgdpl.conf.template into CLUSTER_DIR
 *     (default data/cluster) and checks it with `nginx -t`;
 *  4. starts CLUSTER_INSTANCES (default 2) servers on CLUSTER_APP_PORT, +1, … (default 3001), each
 *     with its own scheduler timer (Redis lets one tick run at a time) and the revalidation listener
 *     (an instance that dies is started again after a second, as systemd would), then nginx in the
 *     foreground on CLUSTER_PORT (default 8080), or with HTTPS (CLUSTER_TLS_CERT and CLUSTER_TLS_KEY,
 *     or CLUSTER_TLS_SELF_SIGNED=1 for a trial) on CLUSTER_TLS_PORT (default 8443), CLUSTER_PORT
 *     then sending visitors there;
 *  5. on SIGTERM/SIGINT stops nginx, then the instances, each finishing its requests in flight.
 * Uploads: several machines need shared storage (S3_BUCKET…, see docs/deployment.md); on one
 * machine the instances share UPLOAD_DIR.
 */
import { spawn, spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { findNginx, renderSite, selfSignedCertificate, writeConfiguration } from '../deploy/nginx/render.mjs'

const root = path.resolve(import.meta.dirname, '..')
process.chdir(root)
const bin = (name) => path.join(root, 'node_modules', '.bin', name)

function fail(message) {
  console.error(`✖ ${message}`)
  process.exit(2)
}

const env = { ...process.env, NODE_OPTIONS: [process.env.NODE_OPTIONS, '--no-deprecation'].filter(Boolean).join(' ') }
env.NODE_ENV = 'production'
env.NEXT_TELEMETRY_DISABLED = '1'

// 1. Configuration
if (!/^postgres(ql)?:\/\//i.test(env.DATABASE_URL || '')) {
  fail('Hồ sơ nhiều máy chủ cần PostgreSQL: đặt DATABASE_URL=postgres://người-dùng@máy:5432/tên-csdl.')
}
if (!env.REDIS_URL) fail('Hồ sơ nhiều máy chủ cần Redis dùng chung: đặt REDIS_URL=redis://máy:6379.')
const nginxBin = findNginx(env)
if (!nginxBin) fail('Không tìm thấy nginx: cài gói nginx (apt-get install nginx-light) hoặc đặt NGINX_BIN.')
const instances = Number(env.CLUSTER_INSTANCES || 2)
const firstPort = Number(env.CLUSTER_APP_PORT || 3001)
const listenPort = Number(env.CLUSTER_PORT || 8080)
const appHost = env.CLUSTER_APP_HOST || '127.0.0.1'
if (!Number.isInteger(instances) || instances < 1 || instances > 32) fail('CLUSTER_INSTANCES phải từ 1 đến 32.')
for (const [name, port] of [
  ['CLUSTER_APP_PORT', firstPort],
  ['CLUSTER_PORT', listenPort],
]) {
  if (!Number.isInteger(port) || port < 1 || port > 65535) fail(`${name} không phải số cổng hợp lệ.`)
}
const dir = path.resolve(env.CLUSTER_DIR || path.join('data', 'cluster'))
fs.mkdirSync(path.join(dir, 'tmp'), { recursive: true })

// HTTPS in nginx: a certificate of the province's (CLUSTER_TLS_CERT and CLUSTER_TLS_KEY) or, for a
// trial, a self-signed one (CLUSTER_TLS_SELF_SIGNED=1). nginx then serves https on CLUSTER_TLS_PORT,
// sends plain http on CLUSTER_PORT there, and the instances refresh its copies through
// CLUSTER_REFRESH_LISTEN (plain http, on loopback unless given).
let tls
if (env.CLUSTER_TLS_CERT || env.CLUSTER_TLS_KEY || env.CLUSTER_TLS_SELF_SIGNED === '1') {
  const tlsPort = Number(env.CLUSTER_TLS_PORT || 8443)
  if (!Number.isInteger(tlsPort) || tlsPort < 1 || tlsPort > 65535 || tlsPort === listenPort) {
    fail('CLUSTER_TLS_PORT không phải số cổng hợp lệ (và phải khác CLUSTER_PORT).')
  }
  const refreshListen = env.CLUSTER_REFRESH_LISTEN || '127.0.0.1:8081'
  if (!/^[\w.:[\]-]+:\d{1,5}$/.test(refreshListen))
    fail('CLUSTER_REFRESH_LISTEN phải có dạng địa-chỉ:cổng, ví dụ 127.0.0.1:8081.')
  let files
  if (env.CLUSTER_TLS_CERT || env.CLUSTER_TLS_KEY) {
    if (!env.CLUSTER_TLS_CERT || !env.CLUSTER_TLS_KEY)
      fail('Cần cả CLUSTER_TLS_CERT (chứng chỉ) và CLUSTER_TLS_KEY (khóa riêng).')
    for (const [name, file] of [
      ['CLUSTER_TLS_CERT', env.CLUSTER_TLS_CERT],
      ['CLUSTER_TLS_KEY', env.CLUSTER_TLS_KEY],
    ]) {
      try {
        fs.accessSync(file, fs.constants.R_OK)
      } catch {
        fail(`${name}: không đọc được tệp ${file}.`)
      }
    }
    files = { certificate: path.resolve(env.CLUSTER_TLS_CERT), key: path.resolve(env.CLUSTER_TLS_KEY) }
  } else {
    try {
      files = selfSignedCertificate(path.join(dir, 'tls'), ['localhost', '127.0.0.1'])
    } catch (err) {
      fail(err instanceof Error ? err.message : String(err))
    }
    console.warn('⚠ Chứng chỉ tự ký (CLUSTER_TLS_SELF_SIGNED=1): chỉ để dùng thử; trình duyệt sẽ cảnh báo.')
  }
  tls = { port: tlsPort, refreshListen, ...files }
}
// The instances refresh nginx's copies after a change with this token (X-Cache-Refresh).
env.EDGE_CACHE_URL = env.EDGE_CACHE_URL || (tls ? `http://${tls.refreshListen}` : `http://127.0.0.1:${listenPort}`)
env.EDGE_CACHE_TOKEN = env.EDGE_CACHE_TOKEN || randomBytes(24).toString('hex')
if (!/^[A-Za-z0-9_-]{16,}$/.test(env.EDGE_CACHE_TOKEN))
  fail('EDGE_CACHE_TOKEN phải có ít nhất 16 ký tự chữ, số, - hoặc _.')

// 2. Prepare once (the instances' own migration lock would also make this safe).
if (env.CLUSTER_SKIP_PREPARE !== '1') {
  const prepared = spawnSync('node', ['scripts/start.mjs'], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...env, START_PREPARE_ONLY: '1' },
  })
  if (prepared.status !== 0) process.exit(prepared.status ?? 1)
}
if (!env.PAYLOAD_SECRET && fs.existsSync(path.join('data', '.secret'))) {
  env.PAYLOAD_SECRET = fs.readFileSync(path.join('data', '.secret'), 'utf8').trim()
}

// Instances (started after nginx's configuration is checked)
let stopping = false
const servers = new Map()
function startInstance(index) {
  const port = firstPort + index
  // Idle connections outlive nginx's (keepalive_timeout 60 s in the upstream block): see scripts/start.mjs.
  const child = spawn(bin('next'), ['start', '-p', String(port), '-H', appHost, '--keepAliveTimeout', '75000'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...env, PORT: String(port), NEXT_MANUAL_SIG_HANDLE: '1', INSTANCE_NAME: `app${index + 1}` },
  })
  const label = `[app${index + 1}:${port}]`
  for (const stream of [child.stdout, child.stderr]) {
    let rest = ''
    stream.on('data', (chunk) => {
      const lines = (rest + chunk.toString('utf8')).split('\n')
      rest = lines.pop() ?? ''
      for (const line of lines) console.log(`${label} ${line}`)
    })
  }
  child.on('exit', (code, signal) => {
    servers.delete(index)
    if (stopping) return
    console.error(`${label} dừng (${signal ?? code}); khởi động lại sau 1 giây`)
    setTimeout(() => {
      if (!stopping) startInstance(index)
    }, 1000)
  })
  servers.set(index, child)
}

// 3. nginx's configuration, then 4. the instances and nginx
let nginxArgs
try {
  nginxArgs = writeConfiguration({
    nginxBin,
    dir,
    accessLog: env.CLUSTER_ACCESS_LOG === '1',
    site: renderSite({
      host: env.CLUSTER_LISTEN_HOST || '0.0.0.0',
      listenPort,
      upstreams: Array.from({ length: instances }, (_, i) => `${appHost}:${firstPort + i}`),
      cacheDir: path.join(dir, 'cache'),
      cacheSeconds: Number(env.CLUSTER_CACHE_SECONDS || 5),
      refreshToken: env.EDGE_CACHE_TOKEN,
      maxBody: env.NGINX_MAX_BODY || '400m',
      tls,
      behindTlsProxy: env.CLUSTER_BEHIND_TLS_PROXY === '1',
    }),
  })
} catch (err) {
  fail(err instanceof Error ? err.message : String(err))
}
for (let i = 0; i < instances; i++) startInstance(i)
const nginx = spawn(nginxBin, nginxArgs, { stdio: 'inherit' })
console.log(
  `\n▶ Cổng thông tin (hồ sơ B): ${tls ? `https://localhost:${tls.port}` : `http://localhost:${listenPort}`} → ` +
    `${instances} máy chủ ứng dụng (cổng ${firstPort}–${firstPort + instances - 1}); nhật ký nginx: ${dir}` +
    (tls ? `\n  http://…:${listenPort} chuyển sang https; làm mới bộ đệm qua http://${tls.refreshListen}` : ''),
)
nginx.on('exit', (code) => {
  if (!stopping) {
    console.error(`nginx dừng (${code}); dừng cả cụm`)
    void shutdown(1)
  }
})

// 5. Shutdown
async function shutdown(code = 0) {
  if (stopping) return
  stopping = true
  nginx.kill('SIGQUIT')
  const exits = [...servers.values()].map(
    (child) => new Promise((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', resolve))),
  )
  for (const child of servers.values()) child.kill('SIGTERM')
  const timer = setTimeout(() => {
    for (const child of servers.values()) child.kill('SIGKILL')
  }, 30_000)
  await Promise.all(exits)
  clearTimeout(timer)
  process.exit(code)
}
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => void shutdown(0))
