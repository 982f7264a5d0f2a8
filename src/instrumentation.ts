/**
 * Starts the scheduler when the Node.js server boots: every SCHEDULER_INTERVAL_SECONDS (default 15)
 * it asks its own server to publish what is due. Going through HTTP keeps the work inside a request,
 * where the cache can be revalidated.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.SCHEDULER === 'off') return
  if (process.env.NEXT_PHASE === 'phase-production-build') return
  const { schedulerToken } = await import('./shared/workflow/scheduler-auth')
  const seconds = Math.max(2, Number(process.env.SCHEDULER_INTERVAL_SECONDS || 15))
  const port = process.env.PORT || '3000'
  const tick = async () => {
    try {
      await fetch(`http://127.0.0.1:${port}/api/internal/publish-scheduled`, {
        method: 'POST',
        headers: { 'x-scheduler-token': schedulerToken() },
        signal: AbortSignal.timeout(20_000),
      })
    } catch (err) {
      // The first ticks may come before the server listens; later failures are worth seeing.
      console.warn(JSON.stringify({ msg: 'Scheduler tick failed', err: String(err) }))
    }
  }
  const timer = setInterval(tick, seconds * 1000)
  timer.unref()
}
