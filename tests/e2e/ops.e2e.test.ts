import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { ownBuild } from './global-setup'
import { baseURL } from './helpers'

/**
 * Operations endpoints on the production build: /healthz, /readyz, /metrics (loopback rule; a
 * proxied request is refused), X-Request-Id on pages. Then graceful shutdown of a second
 * `next start` on the same build, run as scripts/start.mjs runs it (NEXT_MANUAL_SIG_HANDLE=1): a
 * SIGTERM while a request's body is still arriving lets that request finish, and the exit code is 0.
 */

const root = path.resolve(import.meta.dirname, '..', '..')
const PORT = 3102
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pbgdpl-ops-e2e-'))
// The second server's own copy of the build (pages it regenerates stay its own).
const build = ownBuild('ops', `http://127.0.0.1:${PORT}`)
let second: ChildProcess | undefined

afterAll(() => {
  if (second && second.exitCode === null && second.pid) {
    try {
      process.kill(-second.pid, 'SIGKILL')
    } catch {
      // already gone
    }
  }
  fs.rmSync(tmp, { recursive: true, force: true })
  build.remove()
})

describe('operations endpoints on the production build', () => {
  it('/healthz, /readyz and request ids', async () => {
    const health = await fetch(`${baseURL()}/healthz`)
    expect(health.status).toBe(200)
    expect((await health.json()).status).toBe('ok')
    const ready = await fetch(`${baseURL()}/readyz`)
    expect(ready.status).toBe(200)
    const body = await ready.json()
    expect(body.checks.database.status).toBe('ok')
    expect(body.checks.storage.status).toBe('ok')
    const page = await fetch(`${baseURL()}/`, { headers: { 'x-request-id': 'e2e-trace-0001' } })
    expect(page.headers.get('x-request-id')).toBe('e2e-trace-0001')
    const other = await fetch(`${baseURL()}/van-ban`)
    expect(other.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/)
  })

  it('/metrics answers loopback callers in Prometheus text and refuses proxied ones', async () => {
    const res = await fetch(`${baseURL()}/metrics`)
    expect(res.status).toBe(200)
    const text = await res.text()
    expect(text).toMatch(/^pbgdpl_http_requests_total\{group="pages",status_class="2xx"\} \d+$/m)
    expect(text).toMatch(/^pbgdpl_http_request_duration_seconds_count\{group="ops"\} \d+$/m)
    expect(text).toMatch(/^pbgdpl_outbox_pending \d+$/m)
    expect(text).toMatch(/^pbgdpl_scheduler_last_tick_age_seconds [0-9.e+-]+$/m)
    expect(text).toMatch(/^pbgdpl_metrics_database_up 1$/m)
    const proxied = await fetch(`${baseURL()}/metrics`, { headers: { 'x-forwarded-for': '203.0.113.9' } })
    expect(proxied.status).toBe(403)
  })
})

describe('connections kept alive', () => {
  it('keeps an idle connection open longer than a proxy keeps its own (nginx: 60 s), not Node’s 5 s', async () => {
    // Closed first by the portal, a connection the proxy reuses at that moment fails, and a form's
    // POST is not sent again. One socket, two requests seven seconds apart.
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 })
    const sockets: unknown[] = []
    const get = () =>
      new Promise<number>((resolve, reject) => {
        const req = http.get(`${baseURL()}/healthz`, { agent }, (res) => {
          res.resume()
          res.on('end', () => resolve(res.statusCode ?? 0))
        })
        req.on('socket', (socket) => sockets.push(socket))
        req.on('error', reject)
      })
    try {
      expect(await get()).toBe(200)
      await new Promise((resolve) => setTimeout(resolve, 7_000))
      expect(await get()).toBe(200)
      expect(sockets).toHaveLength(2)
      expect(sockets[1]).toBe(sockets[0])
    } finally {
      agent.destroy()
    }
  })
})

describe('graceful shutdown of next start', () => {
  it('a SIGTERM while a request is in flight lets it finish and exits 0', async () => {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: 'production',
      NODE_OPTIONS: '--no-deprecation',
      NEXT_TELEMETRY_DISABLED: '1',
      NEXT_DIST_DIR: build.distDir,
      NEXT_MANUAL_SIG_HANDLE: '1',
      DATABASE_URL: `file:${path.join(tmp, 'shutdown.db')}`,
      UPLOAD_DIR: path.join(tmp, 'uploads'),
      PAYLOAD_SECRET: 'e2e-shutdown-secret-0123456789',
      PORT: String(PORT),
      SCHEDULER_INTERVAL_SECONDS: '2',
      SHUTDOWN_TIMEOUT_MS: '20000',
    }
    const migrated = spawnSync(path.join(root, 'node_modules', '.bin', 'tsx'), ['scripts/migrate.ts'], {
      cwd: root,
      env,
      encoding: 'utf8',
    })
    expect(migrated.status, migrated.stderr).toBe(0)
    let out = ''
    second = spawn(path.join(root, 'node_modules', '.bin', 'next'), ['start', '-p', String(PORT), '-H', '127.0.0.1'], {
      cwd: root,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    })
    second.stdout?.on('data', (c: Buffer) => (out += c.toString()))
    second.stderr?.on('data', (c: Buffer) => (out += c.toString()))
    const exited = new Promise<number | null>((resolve) => second?.on('exit', (code) => resolve(code)))
    const until = Date.now() + 90_000
    for (;;) {
      // The server may answer before instrumentation's register() has finished (seen: a request
      // sent just after the first 200 was not observed, and SIGTERM found nothing in flight), so
      // wait until /metrics shows the scheduler on, which register() sets after installing the
      // request observer and the signal handlers.
      const ok = await fetch(`http://127.0.0.1:${PORT}/metrics`).then(
        async (r) => r.ok && /^pbgdpl_scheduler_enabled 1$/m.test(await r.text()),
        () => false,
      )
      if (ok) break
      if (Date.now() > until || second.exitCode !== null) throw new Error(`second server did not start:\n${out}`)
      await new Promise((r) => setTimeout(r, 300))
    }
    // A login whose body arrives slowly: in flight when the signal comes.
    const body = JSON.stringify({ email: 'khong-co@example.vn', password: 'sai-mat-khau-123' })
    const answer = new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port: PORT,
          path: '/api/users/login',
          method: 'POST',
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
        },
        (res) => {
          let text = ''
          res.on('data', (c: Buffer) => (text += c.toString()))
          res.on('end', () => resolve({ status: res.statusCode ?? 0, text }))
        },
      )
      req.on('error', reject)
      req.write(body.slice(0, 10))
      setTimeout(() => {
        second?.kill('SIGTERM')
        setTimeout(() => req.end(body.slice(10)), 1500)
      }, 500)
    })
    const result = await answer
    expect(result.status).toBeGreaterThanOrEqual(400)
    expect(result.status).toBeLessThan(500)
    expect(await exited).toBe(0)
    expect(out).toContain('"msg":"shutdown: started"')
    expect(out).toMatch(/"msg":"request".*"path":"\/api\/users\/login"/)
    expect(out).toContain('"msg":"shutdown: done","code":0')
  }, 180_000)
})
