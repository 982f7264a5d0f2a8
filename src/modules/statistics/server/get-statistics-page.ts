import type { StatsParams } from '../params'
import type { StatsSection } from '../types'
import { portalPayload } from '@/shared/content/payload'
import { buildStatsQuery, collectStatistics } from './collect'
import { loadUnits, unitOptions, type UnitNode } from './unit-scope'

export type PublicStatistics = {
  sections: StatsSection[]
  unit: UnitNode | null
  units: { id: number | string; label: string }[]
}

/**
 * The public statistics page (§2.7): the public providers' figures for the period and unit, and
 * the unit list of the filter. Null for an unknown unit (the page answers 404).
 */
export async function getPublicStatistics(params: StatsParams): Promise<PublicStatistics | null> {
  const payload = await portalPayload()
  const units = await loadUnits(payload)
  let unit: UnitNode | null = null
  if (params.unitId !== null) {
    unit = units.find((u) => String(u.id) === String(params.unitId)) ?? null
    if (!unit) return null
  }
  const query = await buildStatsQuery(payload, params, 'public')
  const sections = await collectStatistics(payload, query, { publicOnly: true })
  return { sections, unit, units: unitOptions(units) }
}
