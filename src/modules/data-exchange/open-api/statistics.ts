import type { Payload } from 'payload'
import { parseStatsParams } from '@/modules/statistics/params'
import { buildStatsQuery, collectStatistics } from '@/modules/statistics/server/collect'
import { loadUnits } from '@/modules/statistics/server/unit-scope'
import { absoluteUrl } from '@/shared/ui/site-url'
import { API_BASE, guardedOpenApi } from './handler'
import { badRequest, notFound } from './problem'
import { STATISTICS_PARAMS } from './statistics-path'

/**
 * GET /api/open/v1/statistics?year=&unit= (issue 7 §2): the figures of the public /thong-ke page
 * for a calendar year and a unit (with its sub-units), from the same public providers with the
 * same 'public' scope — published content and verified activities only, counts and sums only.
 * Not a list of records, so it has its own schema (statistics.schema.json) and OpenAPI path.
 */

const vnToday = (now: Date) => new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10)

export async function publicStatistics(payload: Payload, params: URLSearchParams, now = new Date()) {
  const known = new Set<string>(STATISTICS_PARAMS.map((p) => p.name))
  const seen = new Set<string>()
  for (const name of params.keys()) {
    if (!known.has(name))
      throw badRequest(
        `Không hỗ trợ tham số “${name.slice(0, 60)}” cho thống kê. Tham số được dùng: ${[...known].join(', ')}.`,
        'bo-loc',
      )
    if (seen.has(name)) throw badRequest(`Tham số “${name}” chỉ được dùng một lần.`, 'bo-loc')
    seen.add(name)
  }
  const year = params.get('year') ?? vnToday(now).slice(0, 4)
  if (!/^\d{4}$/.test(year)) throw badRequest('Tham số “year” phải là năm gồm 4 chữ số, ví dụ 2025.')
  const unit = params.get('unit')
  if (unit !== null && !/^[1-9]\d{0,9}$/.test(unit))
    throw badRequest('Tham số “unit” phải là mã số đơn vị (số nguyên dương).')
  // The same parser as the /thong-ke page: a whole calendar year, the unit with its sub-units.
  const parsed = parseStatsParams({ ky: 'ca-nam', nam: year, ...(unit ? { 'don-vi': unit } : {}) }, now)
  if (!parsed.ok) throw badRequest(parsed.message)
  const units = await loadUnits(payload)
  const node = unit ? units.find((u) => String(u.id) === unit) : null
  if (unit && !node) throw notFound(`Không có đơn vị mã số ${unit} trong danh bạ.`)
  const query = await buildStatsQuery(payload, parsed.params, 'public')
  const sections = await collectStatistics(payload, query, { publicOnly: true })
  const lastDay = new Date(parsed.params.to.getTime() - 1)
  const day = (d: Date) => vnToday(d)
  return {
    type: 'statistics' as const,
    url: absoluteUrl(`/thong-ke?ky=ca-nam&nam=${year}${unit ? `&don-vi=${unit}` : ''}`),
    year: Number(year),
    period: { from: day(parsed.params.from), to: day(lastDay) },
    unit: node ? { id: Number(node.id), name: node.title } : null,
    // Fields picked by name, as the serializers of the record types do.
    sections: sections.map((s) => ({
      key: s.key,
      title: s.title,
      figures: s.figures.map((f) => ({ key: f.key, label: f.label, value: f.value, measure: f.measure ?? null })),
      tables: s.tables.map((t) => ({
        key: t.key,
        title: t.title,
        dimension: t.dimension,
        columns: t.columns.map((c) => ({ key: c.key, label: c.label, measure: c.measure ?? null })),
        rows: t.rows.map((r) => ({ key: r.key, label: r.label, values: r.values })),
        note: t.note ?? null,
      })),
      failed: Boolean(s.failed),
    })),
  }
}

/** The route: rate limit and API key as for the record types, problem+json on every failure. */
export async function openApiStatistics(request: Request, payload: Payload): Promise<Response> {
  return guardedOpenApi(request, payload, async () => ({
    body: await publicStatistics(payload, new URL(request.url).searchParams),
  }))
}

export const STATISTICS_URL = `${API_BASE}/statistics`
