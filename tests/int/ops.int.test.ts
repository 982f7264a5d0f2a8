import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { createClient } from '@libsql/client'
import pg from 'pg'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { healthResponse, metricsResponse, readinessResponse } from '@/shared/ops/handlers'
import { installHttpObserver, observerState, uninstallHttpObserver } from '@/shared/ops/http-observer'
import { portalLogger } from '@/shared/ops/logger'
import { checkMetricsAccess } from '@/shared/ops/metrics-access'
import { metricsState } from '@/shared/ops/metrics'
import { startTestPayload, type TestPayload } from '../helpers/payload'
import { freePort } from '../helpers/processes'
import { testDialect } from '../helpers/test-database'

/**
 * Operations endpoints against the real database of this run (SQLite or PostgreSQL): /healthz,
 * /readyz (with a real Redis when redis-server is installed, and with a database that does not
 * answer), /metrics (token, loopback rule, Prometheus text with the outbox queue), and the HTTP
 * observer on a real Node.js server (request ids, the logger's mixin, request metrics).
 */

let t: TestPayload
let storageDir: string
let redis: ChildProcess | undefined
let redisPort = 0

const hasRedis = fs.existsSync('/usr/bin/redis-server')

beforeAll(async () => {
  t = await startTestPayload('ops')
  storageDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pbgdpl-ops-storage-'))
  if (hasRedis) {
    redisPort = await freePort()
    redis = spawn(
      '/usr/bin/redis-server',
      ['--port', String(redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      {
        stdio: 'ignore',
      },
    )
    for (let i = 0; i < 50; i++) {
      const up = await new Promise<boolean>((resolve) => {
        const s = net.connect(redisPort, '127.0.0.1', () => {
          s.destroy()
          resolve(true)
        })
        s.on('error', () => resolve(false))
      })
      if (up) break
      await new Promise((r) => setTimeout(r, 100))
    }
  }
}, 120_000)

afterAll(async () => {
  redis?.kill('SIGTERM')
  fs.rmSync(storageDir, { recursive: true, force: true })
  await t?.close()
})

describe('/healthz', () => {
  it('answers 200 JSON without touching the database', async () => {
    const res = healthResponse()
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe('no-store')
    const body = await res.json()
    expect(body.status).toBe('ok')
    expect(body.message).toBe('Máy chủ đang chạy.')
    expect(typeof body.uptimeSeconds).toBe('number')
  })
})

describe('/readyz', () => {
  it('is ready with the real database and a writable uploads directory, each check timed', async () => {
    const res = await readinessResponse({ payload: async () => t.payload, storageDir })
    expect(res.status).toBe(200)
    const body = await res.json()
    expect(body.status).toBe('ready')
    expect(body.checks.database.status).toBe('ok')
    expect(body.checks.database.latencyMs).toBeGreaterThanOrEqual(0)
    expect(body.checks.storage.status).toBe('ok')
    expect(body.checks.cache.status).toBe('skipped')
    // the probe file was removed
    expect(fs.readdirSync(storageDir)).toEqual([])
  })

  it.skipIf(!hasRedis)('checks Redis when REDIS_URL is set: ok when it answers, 503 when it does not', async () => {
    const ok = await readinessResponse({
      payload: async () => t.payload,
      storageDir,
      redisUrl: `redis://127.0.0.1:${redisPort}/0`,
    })
    expect(ok.status).toBe(200)
    expect((await ok.json()).checks.cache.status).toBe('ok')
    const down = await readinessResponse({
      payload: async () => t.payload,
      storageDir,
      redisUrl: `redis://127.0.0.1:${await freePort()}`,
    })
    expect(down.status).toBe(503)
    const body = await down.json()
    expect(body.checks.cache).toMatchObject({ status: 'error', error: 'ECONNREFUSED' })
    expect(body.message).toContain('Redis')
  })

  it('answers 503 with a Vietnamese and machine-readable body when the database does not answer', async () => {
    let db: unknown
    let cleanup = async () => undefined as unknown
    if (testDialect() === 'postgres') {
      // A second pool, at a port where nothing listens.
      const pool = new pg.Pool({ connectionString: `postgres://postgres@127.0.0.1:${await freePort()}/test` })
      pool.on('error', () => undefined)
      db = { pool }
      cleanup = () => pool.end()
    } else {
      // A database file that SQLite cannot read (damaged): every query fails.
      const file = path.join(os.tmpdir(), `pbgdpl-ops-broken-${process.pid}.db`)
      fs.writeFileSync(file, Buffer.alloc(8192, 'not a database '))
      const client = createClient({ url: `file:${file}` })
      db = { client }
      cleanup = async () => {
        client.close()
        fs.rmSync(file, { force: true })
      }
    }
    try {
      const res = await readinessResponse({ payload: async () => ({ db }) as unknown as Payload, storageDir })
      expect(res.status).toBe(503)
      expect(res.headers.get('content-type')).toContain('application/json')
      const body = await res.json()
      expect(body.status).toBe('not_ready')
      expect(body.message).toBe('Chưa sẵn sàng: Không kết nối được cơ sở dữ liệu.')
      expect(body.checks.database.status).toBe('error')
      expect(typeof body.checks.database.error).toBe('string')
      if (testDialect() === 'postgres') expect(body.checks.database.error).toBe('ECONNREFUSED')
      expect(body.checks.storage.status).toBe('ok')
    } finally {
      await cleanup()
    }
  })

  it('answers 503 when Payload itself cannot start, and when uploads cannot be written', async () => {
    const failing = await readinessResponse({
      payload: async () => {
        throw new Error('cannot connect')
      },
      storageDir,
    })
    expect(failing.status).toBe(503)
    expect((await failing.json()).checks.database.status).toBe('error')
    const blocked = path.join(storageDir, 'a-file')
    fs.writeFileSync(blocked, 'x')
    const unwritable = await readinessResponse({
      payload: async () => t.payload,
      storageDir: path.join(blocked, 'uploads'),
    })
    expect(unwritable.status).toBe(503)
    const body = await unwritable.json()
    expect(body.checks.storage).toMatchObject({ status: 'error', error: 'ENOTDIR' })
    expect(body.message).toContain('Không ghi được vào thư mục lưu tệp tải lên.')
    fs.rmSync(blocked)
  })
})

/** Parses Prometheus text format 0.0.4: every sample line `name{labels} value`. */
function parseMetrics(text: string): Map<string, number> {
  const samples = new Map<string, number>()
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('# HELP ') || line.startsWith('# TYPE ')) continue
    const m =
      /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{(?:[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\]|\\.)*",?)*\})? (-?[0-9.e+]+|[+-]Inf|NaN)$/.exec(
        line,
      )
    if (!m) throw new Error(`not a Prometheus sample line: ${line}`)
    samples.set(`${m[1]}${m[2] ?? ''}`, Number(m[3]))
  }
  return samples
}

describe('/metrics', () => {
  it('is refused without the token, with a wrong one, and from a non-loopback or proxied peer', () => {
    expect(checkMetricsAccess(null, undefined, 's3cret-token')).toMatchObject({ allowed: false, status: 401 })
    expect(checkMetricsAccess('Bearer nope', undefined, 's3cret-token')).toMatchObject({ allowed: false, status: 403 })
    expect(checkMetricsAccess('Bearer s3cret-token', undefined, 's3cret-token')).toEqual({ allowed: true })
    const local = { requestId: 'x', peerAddress: '127.0.0.1', forwarded: false }
    expect(checkMetricsAccess(null, local, '')).toEqual({ allowed: true })
    expect(checkMetricsAccess(null, { ...local, peerAddress: '::ffff:127.0.0.1' }, '')).toEqual({ allowed: true })
    expect(checkMetricsAccess(null, { ...local, forwarded: true }, '')).toMatchObject({ allowed: false, status: 403 })
    expect(checkMetricsAccess(null, { ...local, peerAddress: '10.1.2.3' }, '')).toMatchObject({ allowed: false })
    expect(checkMetricsAccess(null, undefined, '')).toMatchObject({ allowed: false })
    // With a token, loopback alone is not enough.
    expect(checkMetricsAccess(null, local, 's3cret-token')).toMatchObject({ allowed: false, status: 401 })
  })

  it('serves Prometheus text with the outbox queue, request and process figures to the token holder', async () => {
    const before = new Date(Date.now() - 90_000)
    // System write: the outbox is the system's queue (see src/modules/outbox/outbox.ts).
    await t.payload.create({
      collection: 'outbox-mails',
      data: {
        to: 'nguoi.dan@example.vn',
        subject: 'Thư thử',
        text: 'Nội dung',
        kind: 'test',
        status: 'pending',
        attempts: 1,
        nextAttemptAt: before.toISOString(),
      },
      overrideAccess: true,
    })
    await t.payload.create({
      collection: 'outbox-mails',
      data: {
        to: 'khac@example.vn',
        subject: 'Thư sau',
        text: 'Nội dung',
        kind: 'test',
        status: 'pending',
        attempts: 1,
        nextAttemptAt: new Date(Date.now() + 3_600_000).toISOString(),
      },
      overrideAccess: true,
    })
    const saved = process.env.METRICS_TOKEN
    process.env.METRICS_TOKEN = 'token-for-the-test-0123'
    try {
      const denied = await metricsResponse(new Request('http://x/metrics'), { payload: async () => t.payload })
      expect(denied.status).toBe(401)
      expect(denied.headers.get('www-authenticate')).toContain('Bearer')
      expect((await denied.json()).message).toContain('Cần mã truy cập')
      const res = await metricsResponse(
        new Request('http://x/metrics', { headers: { authorization: 'Bearer token-for-the-test-0123' } }),
        { payload: async () => t.payload },
      )
      expect(res.status).toBe(200)
      expect(res.headers.get('content-type')).toBe('text/plain; version=0.0.4; charset=utf-8')
      const samples = parseMetrics(await res.text())
      expect(samples.get('pbgdpl_outbox_pending')).toBe(2)
      expect(samples.get('pbgdpl_outbox_due')).toBe(1)
      // The due mail was created just now: its age is measured from its creation.
      expect(samples.get('pbgdpl_outbox_oldest_due_age_seconds')).toBeGreaterThanOrEqual(0)
      expect(samples.get('pbgdpl_outbox_oldest_due_age_seconds')).toBeLessThan(60)
      expect(samples.get('pbgdpl_metrics_database_up')).toBe(1)
      expect(samples.get('process_resident_memory_bytes')).toBeGreaterThan(10_000_000)
      expect(samples.get('pbgdpl_http_requests_in_flight')).toBeGreaterThanOrEqual(0)
      const webhooks = !!t.payload.collections['webhook-deliveries' as never]
      expect(samples.has('pbgdpl_webhook_deliveries_queued')).toBe(webhooks)
    } finally {
      if (saved === undefined) delete process.env.METRICS_TOKEN
      else process.env.METRICS_TOKEN = saved
    }
  })
})

describe('HTTP observer on a real server', () => {
  it('gives every request an id (the client’s when sane), echoes it, carries it into the logger, and counts it', async () => {
    installHttpObserver({ accessLog: false })
    const mixin = (portalLoggerOptions().mixin ?? (() => ({}))) as () => Record<string, unknown>
    const server = http.createServer(async (req, res) => {
      // Work across awaits, as a real handler does, then report what the logger's mixin sees.
      const delay = Number(new URL(req.url ?? '/', 'http://x').searchParams.get('ms') ?? 0)
      await new Promise((r) => setTimeout(r, delay))
      const seen = mixin()
      await Promise.resolve()
      res.setHeader('content-type', 'application/json')
      res.end(JSON.stringify({ seen, header: req.headers['x-request-id'] }))
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const base = `http://127.0.0.1:${(server.address() as net.AddressInfo).port}`
    const before = metricsState().requests.get('pages|2xx') ?? 0
    try {
      const [slow, fast, bad, none] = await Promise.all([
        fetch(`${base}/a?ms=150`, { headers: { 'x-request-id': 'client-id-slow.1' } }),
        fetch(`${base}/b?ms=10`, { headers: { 'x-request-id': 'client-id-fast:2' } }),
        fetch(`${base}/c`, { headers: { 'x-request-id': 'bad id <script>' } }),
        fetch(`${base}/d`),
      ])
      expect(slow.headers.get('x-request-id')).toBe('client-id-slow.1')
      expect(await slow.json()).toEqual({ seen: { reqId: 'client-id-slow.1' }, header: 'client-id-slow.1' })
      expect(fast.headers.get('x-request-id')).toBe('client-id-fast:2')
      expect((await fast.json()).seen).toEqual({ reqId: 'client-id-fast:2' })
      const badId = bad.headers.get('x-request-id')
      expect(badId).toMatch(/^[0-9a-f-]{36}$/)
      expect((await bad.json()).seen).toEqual({ reqId: badId })
      expect(none.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/)
      await none.text()
      // Counted when the response closes, just after the client got it.
      await new Promise((r) => setTimeout(r, 50))
      expect(metricsState().requests.get('pages|2xx')).toBe(before + 4)
      expect(metricsState().latency.get('pages')?.sum).toBeGreaterThan(0.15)
      expect(observerState().inFlight.size).toBe(0)
      // Outside a request the logger adds nothing.
      expect(mixin()).toEqual({})
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()))
      uninstallHttpObserver()
    }
  })
})

function portalLoggerOptions(): { mixin?: () => object } {
  const saved = process.env.LOG_FORMAT
  process.env.LOG_FORMAT = 'json'
  try {
    const logger = portalLogger() as { options: { mixin?: () => object } }
    return logger.options
  } finally {
    if (saved === undefined) delete process.env.LOG_FORMAT
    else process.env.LOG_FORMAT = saved
  }
}
