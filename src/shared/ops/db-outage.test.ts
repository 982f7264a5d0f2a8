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
import { requestContextStorage, type RequestContext } from './request-context'

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

  it('never takes a connection handed back broken for traffic', async () => {
    const pool = Object.assign(new EventEmitter(), { totalCount: 1, idleCount: 0, waitingCount: 0 })
    let calls = 0
    registerDatabasePool(pool, async () => void calls++)
    try {
      // A scheduled job's connection lost as the database went, just before a request: the request
      // is still checked first (a whole connection handed back would have spared it the check).
      pool.emit('release', new Error('Connection terminated unexpectedly'))
      await checkBeforeServing()
      expect(calls).toBe(1)
      pool.emit('release', Object.assign(new Error('syntax error at or near "SELEC"'), { code: '42601' }))
      await checkBeforeServing()
      expect(calls).toBe(2)
      pool.emit('release')
      await checkBeforeServing()
      expect(calls).toBe(2)
      // A whole connection came back just now, then a dead one (its socket closed under a
      // transaction, handed back without the error): the recent traffic proves nothing any more.
      pool.emit('release')
      pool.emit('release', undefined, { _queryable: false, _ending: false })
      await checkBeforeServing()
      expect(calls).toBe(3)
      pool.emit('release')
      pool.emit('release', new Error('Connection terminated unexpectedly'), { _queryable: false })
      await checkBeforeServing()
      expect(calls).toBe(4)
      expect(databaseDown()).toBe(false)
    } finally {
      forgetPools()
    }
  })

  it('probes only a quiet pool, never one in use, and none on SQLite', async () => {
    // The figures of a pool in use: the decision reads only these and the 'release' event.
    const pool = Object.assign(new EventEmitter(), { totalCount: 3, idleCount: 0, waitingCount: 2 })
    let calls = 0
    registerDatabasePool(pool, async () => void calls++)
    try {
      // Busy (no idle connection) but connections came back just now: traffic, not a quiet spell.
      pool.emit('release')
      await checkBeforeServing()
      expect(calls).toBe(0)
      // Nothing handed back for a while, with an idle connection (maybe dead without knowing it): checked.
      pool.idleCount = 1
      await checkBeforeServing(3000, Date.now() + 5000)
      expect(calls).toBe(1)
      // No idle connection (Payload's own held one aside) and nothing handed back for a while: checked.
      pool.idleCount = 0
      pool.totalCount = 1
      await checkBeforeServing(3000, Date.now() + 5000)
      expect(calls).toBe(2)
      expect(databaseDown()).toBe(false)
      forgetPools()
      expect(poolFigures()).toBeNull()
      await checkBeforeServing(3000, Date.now() + 5000)
      expect(calls).toBe(2)
    } finally {
      forgetPools()
    }
  })
})

/**
 * A TCP relay in front of the real PostgreSQL: `cut()` drops every connection through it, and
 * `refuse` makes it turn new ones away too, as when the database or the network to it goes.
 */
async function relayToPostgres(): Promise<{
  port: number
  cut: () => void
  refuse: boolean
  close: () => Promise<void>
}> {
  const sockets = new Set<net.Socket>()
  const relay = {
    port: 0,
    refuse: false,
    cut: () => {
      for (const s of sockets) s.destroy()
      sockets.clear()
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
  const server = net.createServer((client) => {
    if (relay.refuse) return void client.destroy()
    const upstream = net.connect({ host: '127.0.0.1', port: 5432 })
    sockets.add(client).add(upstream)
    client.pipe(upstream).pipe(client)
    const drop = () => {
      client.destroy()
      upstream.destroy()
    }
    client.on('error', drop).on('close', drop)
    upstream.on('error', drop).on('close', drop)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  relay.port = (server.address() as net.AddressInfo).port
  return relay
}

async function postgresAnswers(): Promise<boolean> {
  const client = new pg.Client({
    connectionString: 'postgres://postgres@127.0.0.1:5432/test',
    connectionTimeoutMillis: 2000,
  })
  try {
    await client.connect()
    return true
  } catch {
    return false
  } finally {
    await client.end().catch(() => undefined)
  }
}

const withPostgres = await postgresAnswers()
if (!withPostgres)
  console.warn('⚠⚠⚠ PostgreSQL does not answer at 127.0.0.1:5432: the stale-connection tests are NOT run ⚠⚠⚠')

describe.runIf(withPostgres)('database outage, with a real PostgreSQL behind a relay', () => {
  async function poolThrough(port: number) {
    const pool = new pg.Pool({
      connectionString: `postgres://postgres@127.0.0.1:${port}/test`,
      connectionTimeoutMillis: 2000,
    })
    pool.on('error', () => undefined)
    await pool.query('SELECT 1')
    expect(pool.idleCount).toBe(1)
    registerDatabaseProbe(async () => void (await pool.query('SELECT 1')))
    registerDatabasePool(pool, async () => void (await pool.query('SELECT 1')))
    return pool
  }

  it('finds the outage behind an idle connection that has not heard of it yet: 503 from the first request', async () => {
    const relay = await relayToPostgres()
    const pool = await poolThrough(relay.port)
    try {
      // The database goes: its connections drop and new ones are refused. The request comes at once,
      // before the pool's idle connection has told anybody.
      relay.refuse = true
      relay.cut()
      await checkBeforeServing(3000, Date.now() + 5000)
      expect(databaseDown()).toBe(true)
      expect(outageResponse('/van-ban', 'text/html')!.status).toBe(503)
      relay.refuse = false
    } finally {
      await recovered()
      forgetPools()
      await pool.end().catch(() => undefined)
      await relay.close()
    }
  })

  it('marks the database down when any query of the app cannot open a connection, before a request checks', async () => {
    // A scheduled job's query is the first to find the database gone: the requests that follow at
    // once (the pool was busy a moment ago, so they are not checked) must already get the 503.
    const relay = await relayToPostgres()
    const pool = await poolThrough(relay.port)
    try {
      relay.refuse = true
      relay.cut()
      await new Promise((resolve) => setTimeout(resolve, 50))
      await expect(pool.query('SELECT 1')).rejects.toThrow()
      expect(databaseDown()).toBe(true)
      expect(outageResponse('/van-ban', 'text/html')!.status).toBe(503)
      // The promise form of connect() reports too.
      relay.refuse = false
      await recovered()
      relay.refuse = true
      relay.cut()
      await new Promise((resolve) => setTimeout(resolve, 50))
      await expect(pool.connect()).rejects.toThrow()
      expect(databaseDown()).toBe(true)
      relay.refuse = false
    } finally {
      await recovered()
      forgetPools()
      await pool.end().catch(() => undefined)
      await relay.close()
    }
  }, 15_000)

  it('marks the request whose query lost its connection mid-way (pool and transaction), not the database', async () => {
    const relay = await relayToPostgres()
    const pool = await poolThrough(relay.port)
    const inRequest = <T>(context: RequestContext, work: () => Promise<T>) => requestContextStorage().run(context, work)
    const fresh = (requestId: string): RequestContext => ({ requestId, peerAddress: undefined, forwarded: false })
    try {
      // A page's query (pool.query) when the database restarts under it.
      const page = fresh('page')
      const running = inRequest(page, () => pool.query('SELECT pg_sleep(5)'))
      setTimeout(() => relay.cut(), 300)
      await expect(running).rejects.toThrow()
      expect(page.databaseConnectionFailed).toBe(true)
      // A stale connection fails the same way while the database is there: not an outage by itself.
      expect(databaseDown()).toBe(false)

      // A transaction's client (connect(), then its own queries), as PostgreSQL runs Payload's hooks.
      const save = fresh('save')
      const client = await pool.connect()
      // A checked-out client reports its lost socket as an 'error' event too.
      client.on('error', () => undefined)
      const inTransaction = inRequest(save, () => client.query('SELECT pg_sleep(5)'))
      setTimeout(() => relay.cut(), 300)
      await expect(inTransaction).rejects.toThrow()
      client.release(true)
      expect(save.databaseConnectionFailed).toBe(true)

      // A query that fails on its own (bad SQL) marks nothing, and other requests are untouched.
      const bad = fresh('bad')
      await expect(inRequest(bad, () => pool.query('SELEC 1'))).rejects.toThrow()
      expect(bad.databaseConnectionFailed).toBeUndefined()
      const other = fresh('other')
      expect((await inRequest(other, () => pool.query('SELECT 1 AS one'))).rows[0]).toEqual({ one: 1 })
      expect(other.databaseConnectionFailed).toBeUndefined()
    } finally {
      forgetPools()
      await pool.end().catch(() => undefined)
      await relay.close()
    }
  }, 20_000)

  it('does not turn to 503 for a stale idle connection alone: the retry on a new one answers', async () => {
    const relay = await relayToPostgres()
    const pool = await poolThrough(relay.port)
    try {
      // The idle connection was closed (a restart that is over, a firewall's idle timeout); the database is there.
      relay.cut()
      await checkBeforeServing(3000, Date.now() + 5000)
      expect(databaseDown()).toBe(false)
      expect((await pool.query('SELECT 1 AS one')).rows[0]).toEqual({ one: 1 })
    } finally {
      forgetPools()
      await pool.end().catch(() => undefined)
      await relay.close()
    }
  })
})
