import type { Payload, PayloadRequest } from 'payload'
import type { StatisticsProvider } from '@/modules/statistics/types'
import type { Indicator } from '../indicators'
import { periodRange } from '../period-range'
import { loadUnits, withSubUnits } from './units'

/** Where a pre-filled value came from, kept with the report so the form can say so. */
export type PrefillSource = { figure: string; label: string; value: number; at: string }

export type PrefillResult = { values: Record<string, number>; sources: Record<string, PrefillSource> }

async function providers(): Promise<StatisticsProvider[]> {
  // Imported when used: the module list imports this module's manifest, so a static import would be a cycle.
  const { statisticsProviders } = await import('@/modules')
  return statisticsProviders()
}

/**
 * The figures of a unit (and the units under it) for a period, from the statistics providers of
 * the other modules (scope 'internal'), for the indicators that name a figure. Only providers whose
 * key is the first part of a wanted figure key are asked (all of them when none matches). A
 * figure no provider gives is left empty.
 */
export async function computePrefill(
  payload: Payload,
  input: {
    period: { from: string; to: string; indicators?: Indicator[] | null }
    unitId: number
    req?: PayloadRequest
  },
): Promise<PrefillResult> {
  const wanted = (input.period.indicators ?? []).filter((i) => i.type === 'number' && i.prefill)
  if (wanted.length === 0) return { values: {}, sources: {} }
  const prefixes = new Set(wanted.map((i) => i.prefill!.split('.')[0]!))
  const all = (await providers()).filter((p) => p.key !== 'reports')
  const matching = all.filter((p) => prefixes.has(p.key))
  const asked = matching.length ? matching : all
  const units = await loadUnits(payload, input.req)
  const { from, to } = periodRange(input.period)
  const query = { from, to, unitIds: withSubUnits(units, input.unitId), scope: 'internal' as const }
  const figures = new Map<string, { value: number; label: string }>()
  for (const provider of asked) {
    try {
      const contribution = await provider.collect(payload, query)
      for (const f of contribution.figures) figures.set(f.key, { value: f.value, label: f.label })
    } catch (err) {
      // One module's failure must not stop a unit from opening its report; the value stays empty.
      payload.logger.error({ msg: 'Reports: statistics provider failed during prefill', provider: provider.key, err })
    }
  }
  const at = new Date().toISOString()
  const result: PrefillResult = { values: {}, sources: {} }
  for (const indicator of wanted) {
    const figure = figures.get(indicator.prefill!)
    if (!figure || !Number.isFinite(figure.value)) continue
    const value = Math.max(0, Math.round(figure.value))
    result.values[indicator.key] = value
    result.sources[indicator.key] = { figure: indicator.prefill!, label: figure.label, value, at }
  }
  return result
}
