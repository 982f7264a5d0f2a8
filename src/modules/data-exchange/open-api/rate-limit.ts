import { clientAddress, createRateLimiter } from '@/shared/security/rate-limit'

/**
 * Per-client rate limit of the open API: a fixed one-minute window per client key, counted in
 * Redis across instances when REDIS_URL is set, else in this process's memory.
 */

export const WINDOW_MS = 60_000

/** Requests per minute of an anonymous client (by IP); OPEN_API_RATE_LIMIT overrides. */
export function anonymousLimit(): number {
  const value = Number(process.env.OPEN_API_RATE_LIMIT)
  return Number.isInteger(value) && value > 0 ? value : 120
}

const limiter = createRateLimiter({ name: 'open-api', limit: 120, windowMs: WINDOW_MS, maxKeys: 10_000 })

export type RateDecision = { allowed: boolean; limit: number; remaining: number; retryAfter: number }

export async function takeRequest(client: string, limit: number, now?: number): Promise<RateDecision> {
  const hit = await limiter.hit(client, { limit, now })
  return {
    allowed: hit.allowed,
    limit,
    remaining: Math.max(0, limit - hit.count),
    retryAfter: Math.max(1, hit.retryAfterSeconds),
  }
}

/** The client's address as the reverse proxy reports it (the portal-wide rule, X-Real-IP first). */
export const clientIp = (request: Request): string => clientAddress(request.headers)
