import type { Payload } from 'payload'
import type { RoleUser } from '@/shared/access/roles'
import { portalPayload } from '@/shared/content/payload'
import { XLSX_MIME } from '@/shared/xlsx/write'
import { dashboardAccess, dashboardUnit } from '../access'
import { parseStatsParams, periodLabel, type StatsParams } from '../params'
import type { StatsSection } from '../types'
import { buildStatsQuery, collectStatistics } from './collect'
import { descendantsOf, loadUnits } from './unit-scope'
import { statisticsWorkbook, tableWorkbook } from './xlsx'

const text = (message: string, status: number) =>
  new Response(message, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  })

/**
 * GET of an XLSX export: the whole page or dashboard (one sheet per section) or one table
 * (`bang=<table key>`). 'public' exports the public page's figures to anyone; 'internal' checks
 * the signed-in user (dashboardAccess) and exports every provider with scope 'internal'.
 */
export async function statisticsExport(
  request: Request,
  mode: 'public' | 'internal',
  given?: Payload,
): Promise<Response> {
  const url = new URL(request.url)
  const search = new URLSearchParams(url.searchParams)
  const tableKey = search.get('bang')
  search.delete('bang')
  if (tableKey !== null && !/^[a-z0-9][a-z0-9._-]{0,80}$/.test(tableKey)) return text('Mã bảng không hợp lệ.', 400)
  const parsed = parseStatsParams(search)
  if (!parsed.ok) return text(parsed.message, 400)
  const payload = given ?? (await portalPayload())
  let unitId: number | string | null = parsed.params.unitId
  if (mode === 'internal') {
    const { user } = await payload.auth({ headers: request.headers })
    const access = dashboardAccess(user as RoleUser | null)
    if (!access.ok) return text(access.message, access.status)
    const allowed =
      access.restricted && access.ownUnit !== null ? descendantsOf(await loadUnits(payload), access.ownUnit) : []
    const unit = dashboardUnit(access, unitId, allowed)
    if (!unit.ok) return text(unit.message, unit.status)
    unitId = unit.unitId
  }
  let sections: StatsSection[]
  let unitTitle: string | null = null
  try {
    const query = await buildStatsQuery(
      payload,
      { ...parsed.params, unitId },
      mode === 'public' ? 'public' : 'internal',
    )
    sections = await collectStatistics(payload, query, { publicOnly: mode === 'public' })
    unitTitle = await unitName(payload, unitId)
  } catch (err) {
    const status = (err as { status?: number }).status
    if (status && status >= 400 && status < 500) return text((err as Error).message, status)
    throw err
  }
  const meta = {
    title: mode === 'public' ? 'Thống kê phổ biến, giáo dục pháp luật' : 'Thống kê, báo cáo (số liệu nội bộ)',
    period: periodLabel(parsed.params),
    unit: unitTitle,
  }
  let bytes: Uint8Array
  let name = fileName(parsed.params, mode)
  if (tableKey) {
    const section = sections.find((s) => s.tables.some((t) => t.key === tableKey))
    const table = section?.tables.find((t) => t.key === tableKey)
    if (!section || !table) return text('Không có bảng số liệu này.', 404)
    bytes = tableWorkbook(section, table, meta)
    name = `${name}-${tableKey.replace(/[^a-z0-9-]+/g, '-')}`
  } else {
    bytes = statisticsWorkbook(sections, meta)
  }
  return new Response(Buffer.from(bytes), {
    status: 200,
    headers: {
      'Content-Type': XLSX_MIME,
      'Content-Disposition': `attachment; filename="${name}.xlsx"`,
      'Cache-Control': mode === 'public' ? 'public, max-age=300' : 'private, no-store',
    },
  })
}

async function unitName(payload: Payload, unitId: number | string | null): Promise<string | null> {
  if (unitId === null) return null
  return (await loadUnits(payload)).find((u) => String(u.id) === String(unitId))?.title ?? null
}

function fileName(params: StatsParams, mode: 'public' | 'internal'): string {
  const day = (d: Date) => new Date(d.getTime() + 7 * 3_600_000).toISOString().slice(0, 10)
  const span = `${day(params.from)}-den-${day(new Date(params.to.getTime() - 1))}`
  return `${mode === 'public' ? 'thong-ke' : 'thong-ke-noi-bo'}-${span}${params.unitId !== null ? `-don-vi-${params.unitId}` : ''}`
}
