import type { Payload } from 'payload'
import { collectStatistics, resolveUnitScope } from '../server/collect'
import type { StatisticsProvider } from '../types'
import { composeReport } from './compose'
import { vietnamMidnight } from './format'
import { loadIssuer, unitIssuer } from './issuer'
import type { ReportIssuer, SummaryReport } from './model'

export type BuildReportInput = {
  programme: { name: string; basis: string | null }
  /** 'YYYY-MM-DD', both days included (Vietnam calendar) */
  fromDay: string
  toDay: string
  unitId?: number | string | null
  /** default: from the site settings (the province's Sở Tư pháp), or the unit when one is chosen */
  issuer?: ReportIssuer
  issuedAt?: Date
  /** false: compute every figure afresh (benchmarks) */
  cache?: boolean
  /** the providers to run (default: every module's; tests pass fixed ones) */
  providers?: StatisticsProvider[]
}

const dayStart = (day: string): Date => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number]
  return vietnamMidnight(y, m, d)
}

/**
 * The summary report of a programme for a period: every statistics provider of the modules'
 * manifests, counted as managers see them (scope 'internal': submitted and verified records),
 * for the whole province or one unit with its sub-units.
 */
export async function buildSummaryReport(payload: Payload, input: BuildReportInput): Promise<SummaryReport> {
  const from = dayStart(input.fromDay)
  const lastDay = dayStart(input.toDay)
  const to = new Date(lastDay.getTime() + 86_400_000)
  const scope = await resolveUnitScope(payload, input.unitId ?? null)
  const [sections, settings, unitDoc] = await Promise.all([
    collectStatistics(
      payload,
      { from, to, unitIds: scope ? scope.unitIds : null, scope: 'internal' },
      { cache: input.cache, providers: input.providers },
    ),
    loadIssuer(payload),
    scope
      ? // System read of a public collection: the unit's name and abbreviation.
        payload.findByID({ collection: 'units', id: scope.unit.id, depth: 0, overrideAccess: true })
      : null,
  ])
  const base = input.issuer ?? settings.issuer
  const issuer = unitDoc && !input.issuer ? unitIssuer(base, unitDoc) : base
  return composeReport({
    sections,
    programme: input.programme,
    from,
    to: lastDay,
    unit: scope ? { id: scope.unit.id, title: scope.unit.title } : null,
    issuer,
    provinceName: settings.provinceName,
    issuedAt: input.issuedAt ?? new Date(),
  })
}
