import type { Payload } from 'payload'
import { statisticsProviders } from '@/modules'
import type { StatisticsProvider, StatsContribution, StatsQuery, StatsSection } from '../types'
import { cached, cacheKey, cacheSeconds, fingerprint, remember } from './cache'

import { resolveUnitScope as resolveUnitScopeImpl } from './unit-scope'
export { resolveUnitScope } from './unit-scope'
export { parseStatsParams } from '../params'

export type CollectOptions = {
  /** only the providers whose figures are public, counted with scope 'public' (the /thong-ke page) */
  publicOnly?: boolean
  /** false: compute everything afresh (benchmarks' cold numbers) */
  cache?: boolean
  /** the providers to run (default: every module's, see statisticsProviders()) */
  providers?: StatisticsProvider[]
}

/**
 * Runs every statistics provider of the modules' manifests in parallel for one query and returns
 * their sections in order. Providers aggregate with system rights (they count, never list
 * personal data); what is shown to whom is decided here (publicOnly) and by the callers' access
 * checks. A provider that fails gives an empty section with a note instead of failing the page.
 */
export async function collectStatistics(
  payload: Payload,
  query: StatsQuery,
  opts: CollectOptions = {},
): Promise<StatsSection[]> {
  const all = opts.providers ?? statisticsProviders()
  const providers = opts.publicOnly ? all.filter((p) => p.public) : all
  const effective: StatsQuery = opts.publicOnly ? { ...query, scope: 'public' } : query
  const useCache = opts.cache !== false && cacheSeconds() > 0
  const sections = await Promise.all(
    providers.map(async (provider): Promise<StatsSection> => {
      const head = { key: provider.key, title: provider.title, order: provider.order, public: provider.public }
      const contribution = await runProvider(payload, provider, effective, useCache)
      return contribution ? { ...head, ...contribution } : { ...head, figures: [], tables: [], failed: true }
    }),
  )
  return sections.sort((a, b) => a.order - b.order)
}

async function runProvider(
  payload: Payload,
  provider: StatisticsProvider,
  query: StatsQuery,
  useCache: boolean,
): Promise<StatsContribution | null> {
  try {
    // A provider that does not say which collections it reads is never cached: it could not be
    // invalidated when they change.
    if (!useCache || !provider.sources?.length) return await provider.collect(payload, query)
    const key = cacheKey(provider, query)
    const print = await fingerprint(payload, provider.sources)
    const hit = cached(key, print)
    if (hit) return hit
    const value = await provider.collect(payload, query)
    remember(key, print, value)
    return value
  } catch (err) {
    payload.logger.error({ msg: `statistics provider "${provider.key}" failed`, err })
    return null
  }
}

/** Every figure of a list of sections by key (report pre-filling, headline figures). */
export function figureMap(sections: StatsSection[]): Map<string, number> {
  return new Map(sections.flatMap((s) => s.figures.map((f) => [f.key, f.value] as const)))
}

/** The query of a set of filters: the chosen unit with its sub-units, or the whole province. */
export async function buildStatsQuery(
  payload: Payload,
  params: { from: Date; to: Date; unitId: number | string | null },
  scope: StatsQuery['scope'],
): Promise<StatsQuery> {
  const unit = await resolveUnitScopeImpl(payload, params.unitId)
  return { from: params.from, to: params.to, unitIds: unit ? unit.unitIds : null, scope }
}
