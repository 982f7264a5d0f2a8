/**
 * A fixed-window counter per key, kept in this process's memory. Enough for one instance; several
 * instances need a shared store (Redis), which the production-readiness milestone adds.
 */
export type RateLimiter = {
  /** Counts one hit; says whether it is allowed and, when not, how many seconds to wait. */
  hit(key: string, now?: number): { allowed: boolean; retryAfterSeconds: number }
}

export function createRateLimiter(args: { limit: number; windowMs: number; maxKeys?: number }): RateLimiter {
  const windows = new Map<string, { start: number; count: number }>()
  const maxKeys = args.maxKeys ?? 50_000
  return {
    hit(key, now = Date.now()) {
      let w = windows.get(key)
      if (!w || now - w.start >= args.windowMs) {
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
      const allowed = w.count <= args.limit
      return { allowed, retryAfterSeconds: allowed ? 0 : Math.ceil((w.start + args.windowMs - now) / 1000) }
    },
  }
}

/** The client's address as seen through the reverse proxy in front of the portal. */
export function clientAddress(headers: Headers): string {
  return headers.get('x-real-ip') || headers.get('x-forwarded-for')?.split(',')[0]?.trim() || 'unknown'
}
