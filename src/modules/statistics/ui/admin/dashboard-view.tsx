import type { AdminViewServerProps, TypedUser } from 'payload'
import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import type { RoleUser } from '@/shared/access/roles'
import { SummaryReportForm } from '@/modules/statistics/report/ui/summary-report-form'
import { dashboardAccess, dashboardUnit } from '../../access'
import { parseStatsParams, periodLabel, statsSearch } from '../../params'
import { buildStatsQuery, collectStatistics } from '../../server/collect'
import { descendantsOf, loadUnits, unitOptions } from '../../server/unit-scope'
import { StatsFilters } from '../stats-filters'
import { HeadlineFigures, StatsContents, StatsSections } from '../stats-sections'

export const DASHBOARD_PATH = '/admin/thong-ke'
const EXPORT = '/api/thong-ke/noi-bo/tai-xuong'

/**
 * "Thống kê, báo cáo": the managers' dashboard (issue 5 §4). Every provider, public and internal,
 * with scope 'internal', province-wide or for a unit with its sub-units; charts with their tables;
 * XLSX of every table and of the whole dashboard; the summary report form. The editorial board and
 * viewers see every unit; a contributor only their own unit. Custom admin views are reachable
 * without signing in, so the user is checked here.
 */
export async function StatisticsDashboardView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const user = req.user as (TypedUser & RoleUser) | null
  if (!user) redirect(`/admin/login?redirect=${encodeURIComponent(DASHBOARD_PATH)}`)
  const template = {
    i18n: req.i18n,
    locale,
    params,
    payload: req.payload,
    permissions,
    searchParams,
    user,
    visibleEntities,
  }
  const page = (body: React.ReactNode) => (
    <DefaultTemplate {...template}>
      <Gutter className="app-stats-admin">
        <h1>Thống kê, báo cáo</h1>
        {body}
      </Gutter>
    </DefaultTemplate>
  )
  const access = dashboardAccess(user)
  if (!access.ok) return page(<p role="alert">{access.message}</p>)

  const input: Record<string, string> = {}
  for (const [key, value] of Object.entries(searchParams ?? {})) {
    if (typeof value === 'string') input[key] = value
    else if (Array.isArray(value)) input[key] = value.join(',')
  }
  const parsed = parseStatsParams(input)
  const fallback = parseStatsParams({})
  const params0 = parsed.ok ? parsed.params : fallback.ok ? fallback.params : null
  if (!params0) return page(<p role="alert">Không đọc được kỳ thống kê.</p>)

  const units = await loadUnits(req.payload)
  const allowed = access.restricted && access.ownUnit !== null ? descendantsOf(units, access.ownUnit) : []
  const chosen = dashboardUnit(access, params0.unitId, allowed)
  const error = !parsed.ok
    ? parsed.message
    : !chosen.ok
      ? chosen.message
      : params0.unitId !== null && !units.some((u) => String(u.id) === String(params0.unitId))
        ? 'Không tìm thấy đơn vị đã chọn.'
        : null
  const unitId = chosen.ok && !error ? chosen.unitId : access.restricted ? access.ownUnit : null
  const filters = { ...params0, unitId: unitId === null ? null : Number(unitId) }
  const query = await buildStatsQuery(req.payload, filters, 'internal')
  const sections = await collectStatistics(req.payload, query)
  const unit = units.find((u) => String(u.id) === String(unitId)) ?? null
  const options = unitOptions(units).filter(
    (o) => !access.restricted || allowed.some((id) => String(id) === String(o.id)),
  )
  const search = statsSearch(filters)
  const withTable = (key: string) => `${EXPORT}${search ? `${search}&` : '?'}bang=${encodeURIComponent(key)}`

  return page(
    <>
      <p>
        Số liệu nội bộ của mọi lĩnh vực: hoạt động đã gửi và đã xác nhận, đội ngũ, báo cáo định kỳ, tin bài, hỏi đáp,
        đối thoại. {access.restricted ? 'Bạn xem được số liệu của đơn vị mình và các đơn vị trực thuộc.' : null}
      </p>
      {error ? (
        <div className="app-stats-section__error" role="alert">
          <strong>Bộ lọc không hợp lệ:</strong> {error} Đang hiển thị kỳ mặc định.
        </div>
      ) : null}
      <StatsFilters
        action={DASHBOARD_PATH}
        params={filters}
        units={options}
        allUnitsLabel={access.restricted ? null : 'Toàn tỉnh'}
        idPrefix="tk-admin"
      />
      <p className="app-stats-meta" role="status">
        <strong>Kỳ thống kê:</strong> {periodLabel(filters)}. <strong>Phạm vi:</strong>{' '}
        {unit ? `${unit.title} (gồm các đơn vị trực thuộc)` : 'toàn tỉnh'}.
      </p>
      <ul className="app-stats-downloads">
        <li>
          <a href={`${EXPORT}${search}`} download>
            Tải XLSX toàn bộ bảng thống kê
          </a>
        </li>
        <li>
          <a href="#bao-cao-tong-hop">Lập báo cáo tổng hợp (PDF, XLSX)</a>
        </li>
        <li>
          <a href={`/thong-ke${statsSearch({ ...filters })}`}>Xem trang thống kê công khai</a>
        </li>
      </ul>
      <HeadlineFigures sections={sections} perSection={1} />
      <StatsContents sections={sections} />
      <StatsSections sections={sections} tableHref={withTable} />
      {/* The summary report of a programme (src/modules/statistics/report, another part of issue 5 §5). */}
      <div id="bao-cao-tong-hop" className="app-stats-report-slot">
        <SummaryReportForm units={options} unitId={unitId} allowProvince={!access.restricted} headingLevel={2} />
      </div>
    </>,
  )
}
