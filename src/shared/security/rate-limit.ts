import { redisKey, sharedRedis, warnOnce, clearWarning } from '@/shared/ops/redis'

/**
 * A fixed-window counter per key. With REDIS_URL set the counters live in Redis, so every instance
 * behind the load balancer counts the same hits (docs/deployment.md, profile B); without it, or
 * while Redis does not answer, they live in this process's memory (one instance; a Redis outage
 * then limits per instance rather than not at all, and says so once in the log).
 */
export type RateDecision = {
  allowed: boolean
  /** seconds until the window ends (0 when allowed) */
  retryAfterSeconds: number
  /** hits counted in this window, this one included */
  count: number
  limit: number
}

export type RateLimiter = {
  /** Counts one hit of `key`; `limit` overrides the limiter's own for this key (per-client limits). */
  hit(key: string, options?: { limit?: number; now?: number }): Promise<RateDecision>
  /** The decision the next hit of `key` would meet, without counting one (limits that count failures only). */
  peek(key: string, options?: { limit?: number; now?: number }): Promise<RateDecision>
}

export type RateLimiterOptions = {
  /** names the counters in Redis: limiters of different purposes never share a key */
  name: string
  limit: number
  windowMs: number
  maxKeys?: number
  /** false keeps the counters in memory even when Redis is configured (tests of the memory store) */
  shared?: boolean
}

// INCR then, on the first hit of a window, set its expiry; returns the count and the time left.
const HIT_SCRIPT = `
local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]); ttl = tonumber(ARGV[1]) end
return {count, ttl}`

export function createRateLimiter(args: RateLimiterOptions): RateLimiter {
  const memory = memoryCounter(args.windowMs, args.maxKeys ?? 50_000)
  const decide = (count: number, limit: number, msLeft: number): RateDecision => {
    const allowed = count <= limit
    return { allowed, retryAfterSeconds: allowed ? 0 : Math.max(1, Math.ceil(msLeft / 1000)), count, limit }
  }
  return {
    async hit(key, options = {}) {
      const limit = options.limit ?? args.limit
      const redis = args.shared === false ? null : sharedRedis()
      if (redis) {
        try {
          const [count, msLeft] = (await redis.eval(
            HIT_SCRIPT,
            1,
            redisKey(`rate:${args.name}:${key}`),
            String(args.windowMs),
          )) as [number, number]
          clearWarning('rate-limit-redis')
          return decide(Number(count), limit, Number(msLeft))
        } catch (err) {
          warnOnce('rate-limit-redis', 'Rate limits fall back to this instance’s memory: Redis did not answer', err)
        }
      }
      const { count, msLeft } = memory(key, options.now ?? Date.now())
      return decide(count, limit, msLeft)
    },
    async peek(key, options = {}) {
      const limit = options.limit ?? args.limit
      const redis = args.shared === false ? null : sharedRedis()
      if (redis) {
        try {
          const name = redisKey(`rate:${args.name}:${key}`)
          const [count, msLeft] = await Promise.all([redis.get(name), redis.pttl(name)])
          clearWarning('rate-limit-redis')
          return decide(Number(count ?? 0) + 1, limit, Number(msLeft))
        } catch (err) {
          warnOnce('rate-limit-redis', 'Rate limits fall back to this instance’s memory: Redis did not answer', err)
        }
      }
      const { count, msLeft } = memory(key, options.now ?? Date.now(), false)
      return decide(count + 1, limit, msLeft)
    },
  }
}

function memoryCounter(windowMs: number, maxKeys: number) {
  const windows = new Map<string, { start: number; count: number }>()
  return (key: string, now: number, count = true) => {
    let w = windows.get(key)
    if (!count) {
      const live = w && now - w.start < windowMs ? w : null
      return { count: live?.count ?? 0, msLeft: live ? live.start + windowMs - now : windowMs }
    }
    if (!w || now - w.start >= windowMs) {
      if (!w && windows.size >= maxKeys) {
        // Forget the oldest keys rather than grow without bound under a spray of addresses.
        for (const k of windows.keys()) {
          windows.delete(k)
          if (windows.size < maxKeys * 0.9) break
        }
      }
      w = { start: now, count: 0 }
      windows.set(key, w)
    }
    w.count += 1
    return { count: w.count, msLeft: w.start + windowMs - now }
  }
}

/** The client's address as seen through the reverse proxy in front of the portal. */
export function clientAddress(headers: Headers): string {
  return headers.get('x-real-ip') || headers.get('x-forwarded-for')?.split(',')[0]?.trim() || 'unknown'
}
