import { observerState } from './http-observer'

/**
 * Graceful shutdown for `next start` run with NEXT_MANUAL_SIG_HANDLE=1 (scripts/start.mjs sets it),
 * which tells Next.js to leave SIGTERM/SIGINT to us. On the signal:
 *  1. /readyz answers 503 "draining" and new requests on kept-alive connections get
 *     `Connection: close`;
 *  2. the scheduler timer stops;
 *  3. every listening server stops accepting connections and closes its idle ones;
 *  4. requests in flight may finish for SHUTDOWN_TIMEOUT_MS (default 25 000 ms); after that their
 *     connections are cut;
 *  5. the database pool (PostgreSQL) or file (SQLite) is closed;
 *  6. the process exits 0 (1 when the timeout had to cut requests).
 * Without NEXT_MANUAL_SIG_HANDLE, Next.js's own handler runs instead: it also stops accepting and
 * waits for the requests in flight (with no time limit), then exits with code 143.
 */

type Closable = { pool?: { end(): Promise<void>; on?(e: string, f: () => void): void }; client?: { close(): void } }
type PayloadCache = Map<string, { payload: { db: Closable } | null }>

function log(msg: string, extra: Record<string, unknown> = {}): void {
  process.stdout.write(`${JSON.stringify({ level: 30, time: Date.now(), msg, ...extra })}\n`)
}

function within<T>(work: Promise<T>, ms: number): Promise<T | 'timeout'> {
  let timer: ReturnType<typeof setTimeout> | undefined
  return Promise.race([
    work,
    new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), ms)
    }),
  ]).finally(() => clearTimeout(timer))
}

/** Closes the database connections of the Payload instance(s) cached by getPayload. */
export async function closeDatabases(): Promise<void> {
  const cache = (globalThis as unknown as { _payload?: PayloadCache })._payload
  for (const entry of cache?.values() ?? []) {
    const db = entry.payload?.db
    if (!db) continue
    try {
      if (db.pool) {
        db.pool.on?.('error', () => undefined)
        // The adapter keeps one client checked out to watch for reconnects, so end() may never
        // settle: idle clients are closed at once and the process exit ends that last one.
        await within(db.pool.end(), 2000)
      } else if (db.client) {
        db.client.close()
      }
    } catch (err) {
      log('shutdown: closing the database failed', { level: 40, err: String(err) })
    }
  }
}

export function installGracefulShutdown(options: { stopScheduler: () => void }): void {
  const holder = globalThis as { [k: symbol]: boolean | undefined }
  const KEY = Symbol.for('pbgdpl.ops.shutdownInstalled')
  if (holder[KEY]) return
  holder[KEY] = true
  let started = false
  const onSignal = (signal: NodeJS.Signals) => {
    if (started) return
    started = true
    void shutdown(signal, options).then(
      (code) => process.exit(code),
      (err) => {
        log('shutdown: failed', { level: 50, err: String(err) })
        process.exit(1)
      },
    )
  }
  process.on('SIGTERM', onSignal)
  process.on('SIGINT', onSignal)
}

async function shutdown(signal: NodeJS.Signals, options: { stopScheduler: () => void }): Promise<number> {
  const state = observerState()
  const timeoutMs = Math.max(0, Number(process.env.SHUTDOWN_TIMEOUT_MS) || 25_000)
  state.draining = true
  log('shutdown: started', { signal, inFlight: state.inFlight.size, timeoutMs })
  options.stopScheduler()
  const closed = [...state.servers].map(
    (server) =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeIdleConnections()
      }),
  )
  // A response that finishes on a kept-alive connection leaves it idle: close those as they appear.
  const idleSweep = setInterval(() => state.servers.forEach((s) => s.closeIdleConnections()), 100)
  const drained = await within(Promise.all(closed), timeoutMs)
  clearInterval(idleSweep)
  let code = 0
  if (drained === 'timeout') {
    code = 1
    log('shutdown: timeout, cutting the remaining requests', { level: 40, inFlight: state.inFlight.size })
    state.servers.forEach((s) => s.closeAllConnections())
  }
  await closeDatabases()
  log('shutdown: done', { code })
  return code
}
