import type { Payload } from 'payload'
import type { StatisticsProvider, StatsContribution, StatsQuery } from '../types'

/**
 * A small in-memory cache of providers' results, per process. A result is reused while (1) it is
 * younger than STATS_CACHE_SECONDS (default 60; 0 turns the cache off) and (2) the provider's
 * `sources` collections have the same row count and latest `updatedAt` as when it was computed, so
 * a new, changed or deleted record shows at once. Providers without `sources` are not cached.
 * Several server copies each keep their own.
 */
type Entry = { at: number; fingerprint: string; value: StatsContribution }

const MAX_ENTRIES = 500
const entries = new Map<string, Entry>()

export const cacheSeconds = (): number => {
  const raw = Number(process.env.STATS_CACHE_SECONDS ?? 60)
  return Number.isFinite(raw) && raw >= 0 ? raw : 60
}

export function cacheKey(provider: StatisticsProvider, query: StatsQuery): string {
  const units = query.unitIds === null ? '*' : [...query.unitIds].map(String).sort().join(',')
  return `${provider.key}|${query.scope}|${query.from.toISOString()}|${query.to.toISOString()}|${units}`
}

/** Row count and latest change of each source collection: two indexed queries each. */
export async function fingerprint(payload: Payload, sources: string[] | undefined): Promise<string> {
  if (!sources || sources.length === 0) return ''
  const parts = await Promise.all(
    sources.map(async (collection) => {
      const slug = collection as Parameters<Payload['count']>[0]['collection']
      const [count, latest] = await Promise.all([
        // System reads: only a count and a timestamp, never shown.
        payload.count({ collection: slug, overrideAccess: true }),
        payload.find({
          collection: slug,
          sort: '-updatedAt',
          limit: 1,
          depth: 0,
          pagination: false,
          select: { updatedAt: true } as never,
          overrideAccess: true,
        }),
      ])
      const doc = latest.docs[0] as { updatedAt?: string } | undefined
      return `${collection}:${count.totalDocs}:${doc?.updatedAt ?? ''}`
    }),
  )
  return parts.join('|')
}

export function cached(key: string, print: string): StatsContribution | null {
  const entry = entries.get(key)
  if (!entry) return null
  if (Date.now() - entry.at > cacheSeconds() * 1000 || entry.fingerprint !== print) {
    entries.delete(key)
    return null
  }
  return entry.value
}

export function remember(key: string, print: string, value: StatsContribution): void {
  if (cacheSeconds() === 0) return
  if (entries.size >= MAX_ENTRIES) {
    const oldest = entries.keys().next().value
    if (oldest !== undefined) entries.delete(oldest)
  }
  entries.set(key, { at: Date.now(), fingerprint: print, value })
}

/** Drop every cached result (tests, benchmarks measuring cold numbers). */
export function clearStatsCache(): void {
  entries.clear()
}
