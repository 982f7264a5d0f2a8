#!/usr/bin/env node
/**
 * `npm start`: prepares and serves the portal in one command.
 *  0. the configuration is checked (scripts/preflight.ts): a missing or short secret, a bad or
 *     unreachable DATABASE_URL, an unwritable UPLOAD_DIR, an incomplete S3_* configuration or an
 *     unusable bucket stop here with one Vietnamese line;
 *  1. a secret (PAYLOAD_SECRET, or one generated once and kept in data/.secret);
 *  2. database migrations (SQLite file by default, PostgreSQL when DATABASE_URL is postgres://);
 *  3. demo content when the database is empty (SEED_DEMO=0 to skip);
 *  4. a production build when the sources changed since the last one;
 *  5. the server on PORT (default 3000), with graceful shutdown on SIGTERM/SIGINT
 *     (NEXT_MANUAL_SIG_HANDLE: src/shared/ops/shutdown.ts finishes the requests in flight);
 *     START_PREPARE_ONLY=1 stops before this step (scripts/cluster.mjs starts its own servers).
 */
import { spawnSync, spawn } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '..')
process.chdir(root)
const bin = (name) => path.join(root, 'node_modules', '.bin', name)
const env = { ...process.env, NODE_OPTIONS: [process.env.NODE_OPTIONS, '--no-deprecation'].filter(Boolean).join(' ') }
env.PORT = env.PORT || '3000'
env.NODE_ENV = 'production'
const distDir = env.NEXT_DIST_DIR || '.next'

function step(title) {
  console.log(`\n▶ ${title}`)
}

function run(cmd, args, extraEnv = {}) {
  // No stdin: `payload migrate` given an inherited stdin it cannot prompt on exits 0 without migrating.
  let result = spawnSync(cmd, args, { stdio: ['ignore', 'inherit', 'inherit'], env: { ...env, ...extraEnv } })
  // 75: a script whose modules never finished loading (tsx's loader on Node 20); it is run again.
  for (let retry = 0; result.status === 75 && retry < 2; retry++) {
    console.log(`  (chạy lại ${path.basename(args[0] ?? cmd)})`)
    result = spawnSync(cmd, args, { stdio: ['ignore', 'inherit', 'inherit'], env: { ...env, ...extraEnv } })
  }
  if (result.status !== 0) {
    console.error(`\n✖ Lệnh thất bại: ${path.basename(cmd)} ${args.join(' ')}`)
    process.exit(result.status ?? 1)
  }
}

// 0. Configuration: one clear message and exit code 2 when it cannot work.
{
  const result = spawnSync(bin('tsx'), ['scripts/preflight.ts'], { stdio: ['ignore', 'inherit', 'inherit'], env })
  if (result.status !== 0) process.exit(result.status ?? 2)
}

// 1. Secret
fs.mkdirSync(path.join(root, 'data'), { recursive: true })
if (!env.PAYLOAD_SECRET) {
  const file = path.resolve(root, env.SECRET_FILE || path.join('data', '.secret'))
  if (!fs.existsSync(file)) fs.writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 })
  env.PAYLOAD_SECRET = fs.readFileSync(file, 'utf8').trim()
  console.log('PAYLOAD_SECRET chưa đặt: dùng khóa bí mật sinh tự động trong data/.secret.')
  // Left by `npm run secret:rotate -- --generate` until `-- --finish`: what was made under the
  // old secret (cursors, cookies, two-factor keys) keeps working meanwhile.
  const previous = `${file}.previous`
  if (!env.PAYLOAD_SECRET_PREVIOUS && fs.existsSync(previous)) {
    env.PAYLOAD_SECRET_PREVIOUS = fs.readFileSync(previous, 'utf8').trim()
    console.log(`Đang đổi khóa bí mật: khóa cũ trong ${path.relative(root, previous)} vẫn được chấp nhận.`)
  }
}

// 2. Migrations
step(`Cập nhật cấu trúc cơ sở dữ liệu (${/^postgres/i.test(env.DATABASE_URL || '') ? 'PostgreSQL' : 'SQLite'})`)
run(bin('tsx'), ['scripts/migrate.ts'])
// The change feed starts from every document already public (idempotent: only types with an empty log).
run(bin('tsx'), ['scripts/changes-backfill.ts'])

// 3. Demo content
if (env.SEED_DEMO !== '0') {
  step('Nạp dữ liệu mẫu (nếu cơ sở dữ liệu còn trống)')
  run(bin('tsx'), ['scripts/seed.ts', '--if-empty'])
}

// 4. Build when the sources changed
function sourceHash() {
  const hash = createHash('sha256')
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else {
        hash.update(path.relative(root, full))
        hash.update(fs.readFileSync(full))
      }
    }
  }
  for (const item of ['src', 'public']) if (fs.existsSync(item)) walk(path.join(root, item))
  for (const file of ['package-lock.json', 'next.config.mjs', 'tsconfig.json'])
    if (fs.existsSync(file)) hash.update(fs.readFileSync(file))
  return hash.digest('hex')
}
const stampFile = path.join(root, distDir, 'pbgdpl-source-hash')
const current = sourceHash()
const built = fs.existsSync(stampFile) ? fs.readFileSync(stampFile, 'utf8') : ''
if (built !== current || env.FORCE_BUILD === '1') {
  step('Biên dịch giao diện (lần đầu mất khoảng 1–2 phút)')
  run(bin('next'), ['build'], { NEXT_TELEMETRY_DISABLED: '1', SCHEDULER: 'off' })
  fs.writeFileSync(stampFile, current)
} else {
  step('Bản biên dịch đã cập nhật: bỏ qua bước biên dịch')
}

// Profile B (scripts/cluster.mjs) prepares with this script, then starts its own instances.
if (env.START_PREPARE_ONLY === '1') process.exit(0)

// 5. Serve
step(`Khởi động cổng thông tin tại http://localhost:${env.PORT} (quản trị: /admin)`)
// Idle connections stay open longer than a proxy in front keeps its own (nginx: 60 s): closed
// first by the portal, a connection the proxy reuses at that moment fails, and a form's POST
// is not sent again (Node's default is 5 s).
const server = spawn(bin('next'), ['start', '-p', env.PORT, '--keepAliveTimeout', '75000'], {
  stdio: 'inherit',
  env: { ...env, NEXT_TELEMETRY_DISABLED: '1', NEXT_MANUAL_SIG_HANDLE: '1' },
})
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal))
server.on('exit', (code) => process.exit(code ?? 0))
