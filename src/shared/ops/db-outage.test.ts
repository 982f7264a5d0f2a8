import { EventEmitter } from 'node:events'
import net from 'node:net'
import pg from 'pg'
import { describe, expect, it } from 'vitest'
import {
  checkBeforeServing,
  databaseDown,
  isConnectionError,
  outageResponse,
  poolFigures,
  registerDatabasePool,
  registerDatabaseProbe,
  forgetPools,
  reportDatabaseError,
} from './db-outage'

/** A port that refuses connections (a server listened there and closed). */
async function closedPort(): Promise<number> {
  const server = net.createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as net.AddressInfo).port
  await new Promise((resolve) => server.close(resolve))
  return port
}

/** Waits until the once-a-second probe has brought the database back. */
async function recovered(): Promise<void> {
  for (let i = 0; i < 40 && databaseDown(); i++) await new Promise((resolve) => setTimeout(resolve, 100))
  expect(databaseDown()).toBe(false)
}

describe('database outage', () => {
  it('tells a lost connection from a failed query, through wrapped causes', () => {
    expect(
      isConnectionError(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })),
    ).toBe(true)
    expect(isConnectionError(new Error('Connection terminated unexpectedly'))).toBe(true)
    expect(
      isConnectionError(
        Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }),
      ),
    ).toBe(true)
    expect(
      isConnectionError(
        new Error('Failed query: select 1', { cause: Object.assign(new Error('x'), { code: 'ECONNRESET' }) }),
      ),
    ).toBe(true)
    expect(isConnectionError(Object.assign(new Error('duplicate key value'), { code: '23505' }))).toBe(false)
    expect(isConnectionError(new Error('Không tìm thấy'))).toBe(false)
    expect(isConnectionError(null)).toBe(false)
  })

  it('answers 503 in Vietnamese while down (JSON for the API), lets the probes through, and recovers', async () => {
    let answers = false
    registerDatabaseProbe(async () => {
      if (!answers) throw new Error('still down')
    })
    expect(outageResponse('/', 'text/html')).toBeNull()
    expect(reportDatabaseError(new Error('unique violation'))).toBe(false)
    expect(databaseDown()).toBe(false)
    expect(reportDatabaseError(Object.assign(new Error('refused'), { code: 'ECONNREFUSED' }))).toBe(true)
    expect(databaseDown()).toBe(true)

    const page = outageResponse('/tin-tuc', 'text/html')!
    expect(page.status).toBe(503)
    expect(page.headers.get('retry-after')).toBe('5')
    expect(await page.text()).toContain('tạm gián đoạn kết nối cơ sở dữ liệu')
    const api = outageResponse('/api/articles', null)!
    expect(api.status).toBe(503)
    expect(((await api.json()) as { errors: { message: string }[] }).errors[0]!.message).toMatch(/Vui lòng thử lại/)
    for (const p of ['/healthz', '/readyz', '/metrics', '/_next/static/chunks/a.js'])
      expect(outageResponse(p, null)).toBeNull()

    // The probe runs every second; the first answer ends the outage.
    await new Promise((resolve) => setTimeout(resolve, 1300))
    expect(databaseDown()).toBe(true)
    answers = true
    await new Promise((resolve) => setTimeout(resolve, 1300))
    expect(databaseDown()).toBe(false)
    expect(outageResponse('/', 'text/html')).toBeNull()
  })

  it('checks an empty PostgreSQL pool before serving, so the first request after a quiet spell is a 503', async () => {
    // A real pg pool whose server refuses connections, as while PostgreSQL restarts.
    const refused = new pg.Pool({ connectionString: `postgres://u@127.0.0.1:${await closedPort()}/x` })
    refused.on('error', () => undefined)
    let calls = 0
    registerDatabaseProbe(async () => undefined)
    registerDatabasePool(refused, async () => {
      calls++
      await refused.query('SELECT 1')
    })
    try {
      expect(poolFigures()).toEqual({ totalCount: 0, idleCount: 0, waitingCount: 0, pools: 1 })
      // Requests arriving together share one probe.
      await Promise.all([checkBeforeServing(), checkBeforeServing(), checkBeforeServing()])
      expect(calls).toBe(1)
      expect(databaseDown()).toBe(true)
      expect(outageResponse('/van-ban', 'text/html')!.status).toBe(503)
    } finally {
      await recovered()
      await refused.end()
      forgetPools()
    }
  })

  it('gives up on a server that accepts but never answers, and marks the database down', async () => {
    const sockets = new Set<net.Socket>()
    const silent = net.createServer((socket) => void sockets.add(socket))
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve))
    const port = (silent.address() as net.AddressInfo).port
    const pool = new pg.Pool({ connectionString: `postgres://u@127.0.0.1:${port}/x` })
    pool.on('error', () => undefined)
    registerDatabasePool(pool, async () => void (await pool.query('SELECT 1')))
    try {
      const started = Date.now()
      await checkBeforeServing(300)
      expect(Date.now() - started).toBeLessThan(2000)
      expect(databaseDown()).toBe(true)
    } finally {
      await recovered()
      forgetPools()
      for (const s of sockets) s.destroy()
      await new Promise((resolve) => silent.close(resolve))
      void pool.end().catch(() => undefined)
    }
  })

  it('probes only a quiet pool without an idle connection, never one in use, and none on SQLite', async () => {
    // The figures of a pool in use: the decision reads only these and the 'release' event.
    const pool = Object.assign(new EventEmitter(), { totalCount: 3, idleCount: 0, waitingCount: 2 })
    let calls = 0
    registerDatabasePool(pool, async () => void calls++)
    try {
      // Busy (no idle connection) but connections came back just now: traffic, not a quiet spell.
      pool.emit('release')
      await checkBeforeServing()
      expect(calls).toBe(0)
      // An idle connection: an outage would have shown as its 'error' event.
      pool.idleCount = 1
      await checkBeforeServing(3000, Date.now() + 5000)
      expect(calls).toBe(0)
      // No idle connection (Payload's own held one aside) and nothing handed back for a while: checked.
      pool.idleCount = 0
      pool.totalCount = 1
      await checkBeforeServing(3000, Date.now() + 5000)
      expect(calls).toBe(1)
      expect(databaseDown()).toBe(false)
      forgetPools()
      expect(poolFigures()).toBeNull()
      await checkBeforeServing(3000, Date.now() + 5000)
      expect(calls).toBe(1)
    } finally {
      forgetPools()
    }
  })
})
