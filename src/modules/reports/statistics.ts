import type { Payload } from 'payload'
import type { StatisticsProvider, StatsQuery, StatsTable } from '@/modules/statistics/types'
import { REPORT_PERIODS_SLUG } from './constants'
import type { Indicator } from './indicators'
import { isPending, periodStatus, type PeriodForStatus } from './server/period-status'

/**
 * Figures about periodic reports, for the managers' dashboards and the summary report (not
 * public): for the periods whose deadline falls in the query, how many unit reports were expected,
 * sent, accepted and late; and the totals of the numeric indicators of accepted reports.
 */
async function collect(payload: Payload, query: StatsQuery) {
  // Statistics are computed as the system; the dashboards decide who sees them.
  const periods = await payload.find({
    collection: REPORT_PERIODS_SLUG,
    where: {
      and: [
        { deadline: { greater_than_equal: query.from.toISOString() } },
        { deadline: { less_than: query.to.toISOString() } },
      ],
    },
    pagination: false,
    depth: 0,
    sort: 'deadline',
    overrideAccess: true,
  })
  const wanted = query.unitIds === null ? null : new Set(query.unitIds.map(Number))
  let expected = 0
  let submitted = 0
  let accepted = 0
  let overdue = 0
  const totals = new Map<string, { label: string; measure?: string; value: number }>()
  for (const period of periods.docs as unknown as PeriodForStatus[]) {
    const rows = (await periodStatus(payload, period)).filter((r) => wanted === null || wanted.has(r.unitId))
    const numeric = (period.indicators ?? []).filter((i: Indicator) => i.type === 'number')
    for (const row of rows) {
      expected++
      if (row.state === 'submitted' || row.state === 'accepted') submitted++
      if (row.state === 'accepted') accepted++
      if (row.late || (isPending(row.state) && row.daysLate > 0)) overdue++
      if (row.state !== 'accepted') continue
      for (const indicator of numeric) {
        const value = row.values[indicator.key]
        if (typeof value !== 'number') continue
        const entry = totals.get(indicator.key) ?? {
          label: indicator.label,
          measure: indicator.measure ?? undefined,
          value: 0,
        }
        entry.value += value
        totals.set(indicator.key, entry)
      }
    }
  }
  const table: StatsTable = {
    key: 'reports.indicator-totals',
    title: 'Tổng hợp số liệu các báo cáo đã tiếp nhận',
    dimension: 'Chỉ tiêu',
    columns: [{ key: 'total', label: 'Tổng cộng' }],
    rows: [...totals].map(([key, t]) => ({
      key,
      label: t.measure ? `${t.label} (${t.measure})` : t.label,
      values: [t.value],
    })),
    chart: 'none',
    note: 'Theo các kỳ báo cáo có hạn gửi trong khoảng thời gian đã chọn.',
  }
  return {
    figures: [
      { key: 'reports.expected', label: 'Số báo cáo phải gửi', value: expected, measure: 'báo cáo' },
      { key: 'reports.submitted', label: 'Số báo cáo đã gửi', value: submitted, measure: 'báo cáo' },
      { key: 'reports.accepted', label: 'Số báo cáo đã tiếp nhận', value: accepted, measure: 'báo cáo' },
      { key: 'reports.overdue', label: 'Số báo cáo gửi muộn hoặc quá hạn', value: overdue, measure: 'báo cáo' },
    ],
    tables: [table],
  }
}

export const reportsStatistics: StatisticsProvider = {
  key: 'reports',
  title: 'Báo cáo định kỳ của các đơn vị',
  order: 60,
  public: false,
  collect,
}
