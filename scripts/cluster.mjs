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
 *     foreground on CLUSTER_PORT (default 8080);
 *  5. on SIGTERM/SIGINT stops nginx, then the instances, each finishing its requests in flight.
 * Uploads: several machines need shared storage (S3_BUCKET…, see docs/deployment.md); on one
 * machine the instances share UPLOAD_DIR.
 */
import { spawn, spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

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
const nginxBin = env.NGINX_BIN || ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/bin/nginx'].find(fs.existsSync)
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
// The instances refresh nginx's copies after a change with this token (X-Cache-Refresh).
env.EDGE_CACHE_URL = env.EDGE_CACHE_URL || `http://127.0.0.1:${listenPort}`
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
  const child = spawn(bin('next'), ['start', '-p', String(port), '-H', appHost], {
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
const template = fs.readFileSync(path.join(root, 'deploy', 'nginx', 'pbgdpl.conf.template'), 'utf8')
// Placeholders are filled outside comments (the header comment names them).
const fill = (text, values) =>
  text
    .split('\n')
    .map((line) =>
      line.trimStart().startsWith('#')
        ? line
        : line.replace(/\{\{([A-Z_]+)\}\}/g, (whole, name) => (name in values ? values[name] : whole)),
    )
    .join('\n')
const site = fill(template, {
  LISTEN: `${env.CLUSTER_LISTEN_HOST || '0.0.0.0'}:${listenPort}`,
  UPSTREAM_SERVERS: Array.from(
    { length: instances },
    (_, i) => `    server ${appHost}:${firstPort + i} max_fails=2 fail_timeout=5s;`,
  ).join('\n'),
  CACHE_DIR: path.join(dir, 'cache'),
  CACHE_SECONDS: String(Number(env.CLUSTER_CACHE_SECONDS || 5)),
  REFRESH_TOKEN: env.EDGE_CACHE_TOKEN,
  MAX_BODY: env.NGINX_MAX_BODY || '400m',
})
const unused = /\{\{[A-Z_]+\}\}/.exec(
  site
    .split('\n')
    .filter((l) => !l.trimStart().startsWith('#'))
    .join('\n'),
)
if (unused) fail(`deploy/nginx/pbgdpl.conf.template: chỗ ${unused[0]} chưa được điền.`)
fs.writeFileSync(path.join(dir, 'pbgdpl.conf'), site)
const temp = (name) => `${name}_temp_path ${path.join(dir, 'tmp', name)};`
// Started as root, nginx's workers run as nobody: they get the cache and temporary folders.
let workerUser = ''
if (process.getuid?.() === 0) {
  const uid = Number(spawnSync('id', ['-u', 'nobody'], { encoding: 'utf8' }).stdout.trim())
  const gid = Number(spawnSync('id', ['-g', 'nobody'], { encoding: 'utf8' }).stdout.trim())
  if (Number.isInteger(uid) && Number.isInteger(gid)) {
    for (const sub of ['cache', 'tmp']) {
      fs.mkdirSync(path.join(dir, sub), { recursive: true })
      fs.chownSync(path.join(dir, sub), uid, gid)
    }
    workerUser = `user nobody ${spawnSync('id', ['-gn', 'nobody'], { encoding: 'utf8' }).stdout.trim() || 'nogroup'};`
  }
}
fs.writeFileSync(
  path.join(dir, 'nginx.conf'),
  [
    'daemon off;',
    workerUser,
    'worker_processes auto;',
    `pid ${path.join(dir, 'nginx.pid')};`,
    `error_log ${path.join(dir, 'nginx-error.log')} warn;`,
    'events { worker_connections 4096; }',
    'http {',
    '  include /etc/nginx/mime.types;',
    '  default_type application/octet-stream;',
    `  access_log ${env.CLUSTER_ACCESS_LOG === '1' ? path.join(dir, 'nginx-access.log') : 'off'};`,
    '  server_tokens off;',
    `  ${temp('client_body')}`,
    `  ${temp('proxy')}`,
    `  ${temp('fastcgi')}`,
    `  ${temp('uwsgi')}`,
    `  ${temp('scgi')}`,
    `  include ${path.join(dir, 'pbgdpl.conf')};`,
    '}',
    '',
  ].join('\n'),
)
const nginxArgs = ['-c', path.join(dir, 'nginx.conf'), '-p', dir]
const checked = spawnSync(nginxBin, ['-t', ...nginxArgs], { encoding: 'utf8' })
if (checked.status !== 0) fail(`Cấu hình nginx không hợp lệ:\n${checked.stderr}`)
for (let i = 0; i < instances; i++) startInstance(i)
const nginx = spawn(nginxBin, nginxArgs, { stdio: 'inherit' })
console.log(
  `\n▶ Cổng thông tin (hồ sơ B): http://localhost:${listenPort} → ${instances} máy chủ ứng dụng ` +
    `(cổng ${firstPort}–${firstPort + instances - 1}); nhật ký nginx: ${dir}`,
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
