import type { Payload, PayloadRequest } from 'payload'
import { instanceId, redisConfigured, redisKey, sharedRedis, warnOnce } from '@/shared/ops/redis'

/**
 * Public pages are cached (ISR) and rebuilt on demand. A publish, unpublish or change to shared
 * data (sections, settings, units) marks every public page stale at once: pages list each other
 * (home, sections, feeds, sitemap), and a province publishes a few items an hour, so a full
 * refresh is cheaper than tracking which list shows which item.
 *
 * With several instances (docs/deployment.md, profile B) each keeps its own page cache: the
 * instance where the change happened announces it on Redis, and every other instance refreshes its
 * own (src/shared/cache/revalidation-listener.ts). When a caching proxy sits in front
 * (EDGE_CACHE_URL), the pages the change touches most (`paths`: the home page, the item's own page)
 * are then fetched afresh through it, replacing what it holds, and once more when every instance
 * has refreshed (refreshEdgeCacheSettled); the rest expire with its short lifetime (a few seconds).
 */
export async function revalidatePublicSite(
  payload: Payload,
  reason: string,
  paths: string[] = [],
  req?: Pick<PayloadRequest, 'transactionID'>,
): Promise<void> {
  // Outside the Next.js server (seeds, tests, scripts) there is no cache to refresh.
  if (!process.env.NEXT_RUNTIME) return
  await revalidateThisInstance(payload, reason)
  if (!redisConfigured() && !edgeConfigured()) return
  // Hooks run inside the write's transaction: what follows must read the committed change, so it
  // waits for the commit and then goes through this instance's own endpoint, as the others do.
  const message: RevalidationMessage = { from: instanceId(), reason, paths }
  void afterCommit(payload, req).then(async () => {
    if (redisConfigured()) await announce(message)
    await refreshThroughOwnEndpoint(message)
  })
}

const edgeConfigured = () => Boolean(process.env.EDGE_CACHE_URL?.trim() && process.env.EDGE_CACHE_TOKEN?.trim())

/** Resolves once the request's transaction (if any) is committed or rolled back. */
async function afterCommit(payload: Payload, req?: Pick<PayloadRequest, 'transactionID'>): Promise<void> {
  const pending = req?.transactionID
  if (pending === undefined || pending === null) return
  const id = pending instanceof Promise ? await pending.catch(() => undefined) : pending
  const sessions = (payload.db as { sessions?: Record<string | number, unknown> }).sessions
  if (id === undefined || !sessions) return
  const until = Date.now() + 30_000
  while (sessions[id] && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 25))
  // The session is removed just before COMMIT is sent; give it time to land.
  await new Promise((resolve) => setTimeout(resolve, 100))
}

/** Has this instance's own /api/internal/revalidate refresh its pages, then the proxy's copies. */
export async function refreshThroughOwnEndpoint(
  message: RevalidationMessage,
  port = process.env.PORT || '3000',
): Promise<void> {
  const { schedulerToken } = await import('@/shared/workflow/scheduler-auth')
  try {
    const res = await fetch(`http://127.0.0.1:${port}/api/internal/revalidate`, {
      method: 'POST',
      headers: { 'x-scheduler-token': schedulerToken(), 'content-type': 'application/json' },
      body: JSON.stringify(message),
      signal: AbortSignal.timeout(20_000),
    })
    await res.arrayBuffer()
  } catch (err) {
    warnOnce('revalidate-local', 'Could not refresh this instance’s pages', err)
  }
}

/** Marks this instance's cached public pages stale (inside a request, where Next.js allows it). */
export async function revalidateThisInstance(payload: Payload, reason: string): Promise<void> {
  try {
    const { revalidatePath } = await import('next/cache')
    revalidatePath('/', 'layout')
    payload.logger.info({ msg: 'Public pages revalidated', reason })
  } catch (err) {
    payload.logger.error({ msg: 'Could not revalidate public pages', reason, err })
  }
}

export type RevalidationMessage = { from: string; reason: string; paths: string[] }

export const revalidationChannel = () => redisKey('revalidate')

async function announce(message: RevalidationMessage): Promise<void> {
  try {
    await sharedRedis()?.publish(revalidationChannel(), JSON.stringify(message))
  } catch (err) {
    // The others' pages then refresh when their own cache time runs out (at most an hour).
    warnOnce('revalidate-announce', 'Could not tell the other instances to refresh their pages', err)
  }
}

/** The pages fetched afresh through the caching proxy after a change. */
export function edgeRefreshPaths(paths: string[]): string[] {
  const safe = paths.filter((p) => p.startsWith('/') && !p.startsWith('//') && p.length < 1000)
  return [...new Set(['/', ...safe])]
}

/**
 * How long after a change the proxy's copies are fetched a second time. Every instance refreshes
 * the proxy once it has refreshed its own pages, but the proxy passes each refresh to whichever
 * instance it picks: one that has not yet heard of the change answers with the old page, and if
 * that answer lands last the proxy keeps it for its whole lifetime. By the second pass every
 * instance has refreshed (an announcement reaches them in milliseconds), so the copy kept is new.
 */
export const EDGE_SETTLE_MS = 1500

/** Refreshes the proxy's copies now and once more when every instance has refreshed its own pages. */
export async function refreshEdgeCacheSettled(paths: string[], settleMs = EDGE_SETTLE_MS): Promise<void> {
  await refreshEdgeCache(paths)
  const later = setTimeout(() => void refreshEdgeCache(paths), settleMs)
  later.unref?.()
}

/**
 * Asks the caching proxy (EDGE_CACHE_URL, e.g. nginx on http://127.0.0.1:8080) to fetch `paths`
 * from the application again and keep the fresh copies: the request carries EDGE_CACHE_TOKEN in
 * X-Cache-Refresh, which the proxy's configuration (deploy/nginx) turns into a cache bypass.
 */
export async function refreshEdgeCache(paths: string[]): Promise<void> {
  const base = process.env.EDGE_CACHE_URL?.trim().replace(/\/+$/, '')
  const token = process.env.EDGE_CACHE_TOKEN?.trim()
  if (!base || !token) return
  await Promise.all(
    edgeRefreshPaths(paths).map(async (p) => {
      try {
        const res = await fetch(`${base}${p}`, {
          headers: { 'x-cache-refresh': token },
          signal: AbortSignal.timeout(10_000),
        })
        await res.arrayBuffer()
      } catch (err) {
        warnOnce('edge-refresh', 'Could not refresh the caching proxy', err)
      }
    }),
  )
}
