/**
 * Knows when the database has gone away (PostgreSQL restarting, the network to it cut), so that
 * meanwhile the portal answers 503 with Retry-After — "come back in a moment" — instead of failing
 * page by page with 500s, and comes back by itself:
 *  - the PostgreSQL pool reports a connection it lost (an idle client's 'error', e.g. 57P01 when the
 *    server shuts down), any query of the app that cannot open a connection is reported
 *    (`watchConnects`), and errors thrown while rendering are reported (src/instrumentation.ts);
 *    a connection error marks the database down;
 *  - while it is down, a probe (`SELECT 1`) runs every second; the first answer marks it up;
 *  - src/proxy.ts answers 503 to every request but static files and /healthz, /readyz, /metrics;
 *  - after a quiet spell, nothing may have noticed an outage yet: the pool's idle connections were
 *    closed after PG_POOL_IDLE_MS, or the one it still holds has not yet heard that its socket is
 *    gone. The first page would fail to render — as a 500. So the proxy first asks
 *    `checkBeforeServing()`: one shared `SELECT 1` (on a new connection when the idle one turns out
 *    dead; the connection stays in the pool for the page), and a refused or timed-out connection
 *    marks the database down before the request goes on. (Payload's adapter
 *    keeps one connection checked out for good, to notice a reset: it never runs a query, so it
 *    tells nothing.)
 * Process-wide state on globalThis: the proxy, the routes and the instrumentation share it.
 */
import { requestContextStorage, type RequestContext } from './request-context'

/** The figures of a pg Pool this module reads. */
export type PoolFigures = { totalCount: number; idleCount: number; waitingCount: number }
/** A pg client as the pool hands it back: whether it can still run a query. */
type ReleasedClient = { _queryable?: boolean; _ending?: boolean }
type ConnectCallback = (err: unknown, client?: unknown, done?: unknown) => void
/** A pg Pool as this module uses it: its figures, its 'release' event and its `connect`. */
export type WatchedPool = PoolFigures & {
  on(event: 'release', listener: (err?: unknown, client?: object) => void): unknown
  connect?: (callback?: ConnectCallback) => unknown
}
type PoolEntry = { pool: WatchedPool; probe: () => Promise<void>; lastRelease: number }

/** A pool that has handed back no connection for this long is checked before a request uses it. */
const QUIET_MS = 1000

type OutageState = {
  down: boolean
  since: number
  probe?: () => Promise<void>
  pools: PoolEntry[]
  checking?: Promise<void>
  timer?: ReturnType<typeof setTimeout>
  log: (entry: Record<string, unknown>) => void
}

const state = ((globalThis as { __pbgdplDbOutage?: OutageState }).__pbgdplDbOutage ??= {
  down: false,
  since: 0,
  pools: [],
  log: (entry) => console.warn(JSON.stringify(entry)),
})

const CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  // PostgreSQL: admin_shutdown, crash_shutdown, cannot_connect_now, connection_exception family
  '57P01',
  '57P02',
  '57P03',
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
])
const CONNECTION_MESSAGES =
  /Connection terminated|terminating connection|connection error|timeout exceeded when trying to connect|Client was closed|connect ECONNREFUSED|the database system is (starting up|shutting down)/i

/** Whether the error (or one it wraps) says the database connection failed, not the query. */
export function isConnectionError(err: unknown, depth = 0): boolean {
  if (!err || typeof err !== 'object' || depth > 5) return false
  const e = err as { code?: unknown; message?: unknown; cause?: unknown; errors?: unknown }
  if (typeof e.code === 'string' && CONNECTION_CODES.has(e.code)) return true
  if (typeof e.message === 'string' && CONNECTION_MESSAGES.test(e.message)) return true
  if (Array.isArray(e.errors) && e.errors.some((inner) => isConnectionError(inner, depth + 1))) return true
  return isConnectionError(e.cause, depth + 1)
}

export function databaseDown(): boolean {
  return state.down
}

/** How to check the database (set when Payload starts: payload.config.ts onInit). */
export function registerDatabaseProbe(probe: () => Promise<void>): void {
  state.probe = probe
}

/**
 * A PostgreSQL pool, with the probe that goes through it, so an empty pool is checked before a
 * request uses it (payload.config.ts onInit). Each pool is registered once, however often onInit
 * runs (a reload in development starts Payload again).
 */
export function registerDatabasePool(pool: WatchedPool, probe: () => Promise<void>): void {
  if (state.pools.some((p) => p.pool === pool)) return
  const entry: PoolEntry = { pool, probe, lastRelease: 0 }
  pool.on('release', (err, client) => {
    // Only a connection handed back whole is a sign of traffic. One handed back broken (a scheduled
    // job's query as the database went, with the error or with a socket that has closed) says the
    // pool's recent traffic is no proof any more: the next request is checked first, however
    // recently another connection came back whole.
    const released = client as ReleasedClient | undefined
    const broken = Boolean(err) || released?._queryable === false || released?._ending === true
    entry.lastRelease = broken ? 0 : Date.now()
  })
  watchConnects(pool)
  watchQueries(pool)
  state.pools.push(entry)
}

type QueryFn = (...args: unknown[]) => unknown
type Queryable = { query?: QueryFn }
const WATCHED = Symbol.for('pbgdpl.ops.watchedQuery')

/**
 * A query that fails because its connection did (the database restarting under a render in
 * flight) marks the request it was made for, so the answer is a 503 with Retry-After rather than a
 * 500 (http-observer.ts). It does not mark the database down: a stale connection alone fails the
 * same way while the database is there (the pool's next connection answers). The request is the
 * one whose code called `query`, read at the call (a callback of the pool may run in another's).
 */
function markRequest(err: unknown, context: RequestContext | undefined): void {
  if (context && isConnectionError(err)) context.databaseConnectionFailed = true
}

function watchQuery(target: Queryable, promiseOnly: boolean): void {
  const query = target.query
  if (typeof query !== 'function' || (query as { [WATCHED]?: boolean })[WATCHED]) return
  const watched: QueryFn = function (this: unknown, ...args: unknown[]) {
    const context = requestContextStorage().getStore()
    const last = args.length - 1
    const callback = args[last]
    if (typeof callback === 'function') {
      if (!promiseOnly) {
        args[last] = (err: unknown, ...rest: unknown[]) => {
          if (err) markRequest(err, context)
          return (callback as (...a: unknown[]) => unknown)(err, ...rest)
        }
      }
      return query.apply(this, args)
    }
    const result = query.apply(this, args) as { then?: unknown } | undefined
    if (result && typeof result.then === 'function') {
      return (result as Promise<unknown>).catch((err: unknown) => {
        markRequest(err, context)
        throw err
      })
    }
    return result
  }
  Object.defineProperty(watched, WATCHED, { value: true })
  target.query = watched
}

/**
 * `pool.query` (Payload's queries outside a transaction) and the clients `connect()` hands out
 * (transactions): each client's promise form only, since the pool's own use of it passes a
 * callback from whatever context handed the client over.
 */
function watchQueries(pool: WatchedPool): void {
  watchQuery(pool as unknown as Queryable, false)
  const connect = pool.connect
  if (typeof connect !== 'function') return
  pool.connect = function (this: WatchedPool, callback?: ConnectCallback) {
    if (typeof callback === 'function') return connect.call(this, callback)
    return (connect.call(this) as Promise<unknown>).then((client) => {
      if (client && typeof client === 'object') watchQuery(client as Queryable, true)
      return client
    })
  }
}

/**
 * A connection the pool could not open (refused, timed out) says at once that the database is away,
 * whoever asked for it: a scheduled job's query may be the first to find out, and the requests
 * that come next, which the quiet-pool check lets through while the pool has been busy, then get
 * the 503 instead of a page that fails to render. `pool.query` opens its connections through
 * `connect` too, with a callback.
 */
function watchConnects(pool: WatchedPool): void {
  const connect = pool.connect
  if (typeof connect !== 'function') return
  pool.connect = function (this: WatchedPool, callback?: ConnectCallback) {
    if (typeof callback === 'function') {
      return connect.call(this, (err, client, done) => {
        if (err) reportDatabaseError(err, connectionAttemptBy())
        callback(err, client, done)
      })
    }
    return (connect.call(this) as Promise<unknown>).catch((err: unknown) => {
      reportDatabaseError(err, connectionAttemptBy())
      throw err
    })
  }
}

/** For the log: the quiet-pool check's own probe, or any other query of the app. */
const connectionAttemptBy = () => (state.checking ? 'quiet-pool check' : 'connection attempt')

/** Tests only: forgets the registered pools. */
export function forgetPools(): void {
  state.pools.length = 0
}

/** The registered pools' figures added up (for /metrics), or null when there is none (SQLite). */
export function poolFigures(): (PoolFigures & { pools: number }) | null {
  if (state.pools.length === 0) return null
  const sum = { totalCount: 0, idleCount: 0, waitingCount: 0, pools: state.pools.length }
  for (const { pool } of state.pools) {
    sum.totalCount += pool.totalCount
    sum.idleCount += pool.idleCount
    sum.waitingCount += pool.waitingCount
  }
  return sum
}

/**
 * Before a request that may use the database: when a pool has handed no connection back for a
 * second (no traffic: under load, connections come back all the time), runs its probe once for
 * every request waiting on it (at most `timeoutMs`). Its idle connections, if it holds any, may
 * already be dead (closed by an outage the pool has not heard of yet), and a pool without one
 * would open a connection for the request. A connection error marks the database down, so the
 * caller's `outageResponse` answers 503; any other failure is left to the request.
 */
export async function checkBeforeServing(timeoutMs = 3000, now = Date.now()): Promise<void> {
  if (state.down) return
  const quiet = state.pools.filter((p) => now - p.lastRelease >= QUIET_MS)
  if (quiet.length === 0) return
  state.checking ??= (async () => {
    let timer: ReturnType<typeof setTimeout> | undefined
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(Object.assign(new Error('timeout exceeded when trying to connect'), { code: 'ETIMEDOUT' })),
        timeoutMs,
      )
    })
    try {
      await Promise.race([Promise.all(quiet.map(probeQuietPool)), timeout])
    } catch (err) {
      reportDatabaseError(err, 'quiet-pool check')
    } finally {
      clearTimeout(timer)
      state.checking = undefined
    }
  })()
  await state.checking
}

/**
 * The probe of a pool after a quiet spell. An idle connection may be one the server or the network
 * has closed without the pool having heard of it yet: the query on it fails, the pool drops it and
 * the next try opens a new connection. Only a failure of that one says the database is away, so a
 * stale connection alone never turns the portal to 503.
 */
async function probeQuietPool(entry: PoolEntry): Promise<void> {
  const retries = Math.min(entry.pool.idleCount, 2)
  for (let attempt = 0; ; attempt++) {
    try {
      return await entry.probe()
    } catch (err) {
      if (attempt >= retries || !isConnectionError(err)) throw err
    }
  }
}

/**
 * Marks the database down when `err` is a connection failure; returns whether it was one. `via`
 * names what noticed it, for the log.
 */
export function reportDatabaseError(err: unknown, via = 'error'): boolean {
  if (!isConnectionError(err)) return false
  if (!state.down) {
    state.down = true
    state.since = Date.now()
    state.log({ level: 'error', msg: 'Database unreachable: answering 503 until it is back', via, err: String(err) })
    scheduleProbe()
  }
  return true
}

function scheduleProbe(): void {
  if (state.timer) return
  state.timer = setTimeout(async () => {
    state.timer = undefined
    try {
      if (!state.probe) throw new Error('no probe registered')
      await state.probe()
      const seconds = (Date.now() - state.since) / 1000
      state.down = false
      state.log({ level: 'info', msg: 'Database reachable again', downSeconds: Math.round(seconds * 10) / 10 })
    } catch {
      scheduleProbe()
    }
  }, 1000)
  state.timer.unref?.()
}

const OPS_PATHS = new Set(['/healthz', '/readyz', '/metrics'])

export const OUTAGE_MESSAGE = 'Hệ thống đang tạm gián đoạn kết nối cơ sở dữ liệu. Vui lòng thử lại sau ít giây.'

/**
 * What a request gets while the database is away: JSON problem for the API (and JSON clients), a
 * small Vietnamese page that reloads itself for everyone else. No script, no external file.
 */
export function outageAnswer(pathname: string, accept: string | null): { contentType: string; body: string } {
  if (pathname.startsWith('/api/') || (accept ?? '').includes('application/json')) {
    return {
      contentType: 'application/json; charset=utf-8',
      body: JSON.stringify({ errors: [{ message: OUTAGE_MESSAGE }] }),
    }
  }
  return {
    contentType: 'text/html; charset=utf-8',
    body: `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta http-equiv="refresh" content="10"><title>Tạm gián đoạn</title><style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.6;color:#1a1a1a}a{color:#8b1a1a}</style></head><body><main><h1>Tạm gián đoạn</h1><p>${OUTAGE_MESSAGE}</p><p>Trang sẽ tự tải lại sau 10 giây.</p></main></body></html>`,
  }
}

/** The headers of every outage answer. */
export const OUTAGE_HEADERS = { 'Retry-After': '5', 'Cache-Control': 'no-store' } as const

/** The 503 answer while the database is away, or null when the request may go on. */
export function outageResponse(pathname: string, accept: string | null): Response | null {
  if (!state.down || OPS_PATHS.has(pathname) || pathname.startsWith('/_next/')) return null
  const { contentType, body } = outageAnswer(pathname, accept)
  return new Response(body, { status: 503, headers: { ...OUTAGE_HEADERS, 'Content-Type': contentType } })
}
