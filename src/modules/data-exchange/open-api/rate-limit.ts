import { clientAddress } from '@/shared/security/rate-limit'

/**
 * Per-client rate limit of the open API: a fixed one-minute window per client key, kept in this
 * process's memory (each instance limits on its own; a restart starts the windows afresh).
 */

export const WINDOW_MS = 60_000

/** Requests per minute of an anonymous client (by IP); OPEN_API_RATE_LIMIT overrides. */
export function anonymousLimit(): number {
  const value = Number(process.env.OPEN_API_RATE_LIMIT)
  return Number.isInteger(value) && value > 0 ? value : 120
}

type Window = { start: number; count: number }
const windows = new Map<string, Window>()

export type RateDecision = { allowed: boolean; limit: number; remaining: number; retryAfter: number }

export function takeRequest(client: string, limit: number, now = Date.now()): RateDecision {
  let window = windows.get(client)
  if (!window || now - window.start >= WINDOW_MS) {
    window = { start: now, count: 0 }
    windows.set(client, window)
    // Forget expired windows now and then so the map does not grow with every address seen.
    if (windows.size > 10_000) for (const [k, w] of windows) if (now - w.start >= WINDOW_MS) windows.delete(k)
  }
  window.count += 1
  const retryAfter = Math.max(1, Math.ceil((window.start + WINDOW_MS - now) / 1000))
  return { allowed: window.count <= limit, limit, remaining: Math.max(0, limit - window.count), retryAfter }
}

/** The client's address as the reverse proxy reports it (the portal-wide rule, X-Real-IP first). */
export const clientIp = (request: Request): string => clientAddress(request.headers)
