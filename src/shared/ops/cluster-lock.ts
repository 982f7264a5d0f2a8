import { randomUUID } from 'node:crypto'
import { redisKey, sharedRedis, warnOnce } from './redis'

/**
 * Runs `work` only if no other instance is running the same named job, so scheduled work done by
 * every instance's timer happens once across the deployment (docs/deployment.md, profile B).
 * - With REDIS_URL: SET NX PX with a random token; released with a compare-and-delete script, so an
 *   instance never releases a lock that expired and was taken by another. The expiry bounds how
 *   long a killed instance can hold it.
 * - Without Redis: one lock per process (one instance: SQLite, or PostgreSQL without Redis), and a
 *   PostgreSQL deployment relies on the jobs' own atomic claims.
 * When Redis does not answer the job is skipped rather than run twice; the next tick tries again.
 */
export type LockOutcome<T> = { ran: true; result: T } | { ran: false; reason: 'held' | 'unavailable' }

const RELEASE_SCRIPT = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`

const local = ((globalThis as { __pbgdplLocalLocks?: Set<string> }).__pbgdplLocalLocks ??= new Set())

export async function withClusterLock<T>(name: string, ttlMs: number, work: () => Promise<T>): Promise<LockOutcome<T>> {
  // Within one process the same job never overlaps itself either (a slow tick and the next one).
  if (local.has(name)) return { ran: false, reason: 'held' }
  const redis = sharedRedis()
  const token = randomUUID()
  const key = redisKey(`lock:${name}`)
  if (redis) {
    try {
      const taken = await redis.set(key, token, 'PX', ttlMs, 'NX')
      if (taken !== 'OK') return { ran: false, reason: 'held' }
    } catch (err) {
      warnOnce('cluster-lock', `Job "${name}" skipped: Redis did not answer`, err)
      return { ran: false, reason: 'unavailable' }
    }
  }
  local.add(name)
  try {
    return { ran: true, result: await work() }
  } finally {
    local.delete(name)
    if (redis) await redis.eval(RELEASE_SCRIPT, 1, key, token).catch(() => undefined)
  }
}
