/**
 * Runs when the Node.js server boots:
 *  - the HTTP observer (src/shared/ops/http-observer.ts): request ids, request metrics, access log;
 *  - graceful shutdown when NEXT_MANUAL_SIG_HANDLE is set (scripts/start.mjs sets it);
 *  - with REDIS_URL (several instances), the listener that refreshes this instance's pages when
 *    another instance announces a change (src/shared/cache/revalidation-listener.ts);
 *  - the scheduler: every SCHEDULER_INTERVAL_SECONDS (default 15) it asks its own server to publish
 *    what is due. Going through HTTP keeps the work inside a request, where the cache can be
 *    revalidated. With several instances a lock in Redis lets one tick run at a time.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  if (process.env.NEXT_PHASE === 'phase-production-build') return
  const { installHttpObserver } = await import('./shared/ops/http-observer')
  const { metricsState, recordSchedulerTick } = await import('./shared/ops/metrics')
  const accessLog = (process.env.ACCESS_LOG ?? (process.env.NODE_ENV === 'production' ? '1' : '0')) !== '0'
  installHttpObserver({ accessLog })

  const scheduler: { timer?: ReturnType<typeof setInterval> } = {}
  if (process.env.NEXT_MANUAL_SIG_HANDLE) {
    const { installGracefulShutdown } = await import('./shared/ops/shutdown')
    installGracefulShutdown({ stopScheduler: () => clearInterval(scheduler.timer) })
  }

  const port = process.env.PORT || '3000'
  if (process.env.REDIS_URL) {
    const { installRevalidationListener } = await import('./shared/cache/revalidation-listener')
    installRevalidationListener(port)
  }

  if (process.env.SCHEDULER === 'off') return
  const { schedulerToken } = await import('./shared/workflow/scheduler-auth')
  const seconds = Math.max(2, Number(process.env.SCHEDULER_INTERVAL_SECONDS || 15))
  const tick = async () => {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/api/internal/publish-scheduled`, {
        method: 'POST',
        headers: { 'x-scheduler-token': schedulerToken() },
        signal: AbortSignal.timeout(20_000),
      })
      recordSchedulerTick(res.ok)
    } catch (err) {
      recordSchedulerTick(false)
      // The first ticks may come before the server listens; later failures are worth seeing.
      console.warn(JSON.stringify({ msg: 'Scheduler tick failed', err: String(err) }))
    }
  }
  metricsState().schedulerEnabled = true
  scheduler.timer = setInterval(tick, seconds * 1000)
  scheduler.timer.unref()
}

/** Counts errors thrown while rendering or in route handlers (for /metrics), and notices a lost database. */
export async function onRequestError(error: unknown, _request: unknown, context: { routeType?: string }) {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { recordServerError } = await import('./shared/ops/metrics')
  recordServerError(context?.routeType ?? 'unknown')
  // A lost database connection: the next requests answer 503 until it is back.
  const { reportDatabaseError } = await import('./shared/ops/db-outage')
  reportDatabaseError(error)
}
