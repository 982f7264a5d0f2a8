import { sql, type SQL } from 'drizzle-orm'
import type { Payload } from 'payload'
import type { StatisticsProvider, StatsFigure, StatsQuery, StatsTable } from '@/modules/statistics/types'
import { ACTIVITY_FORMS, MATERIAL_KINDS, type ActivityForm, type MaterialKind } from './constants'
import { aggregateActivities, type Agg, type AggQuery } from './server/aggregate'
import { selectRows } from './server/sql'

/**
 * Figures of the activity records for dashboards, the public page, reports and the summary
 * report: a handful of aggregate queries (no document is loaded), fast on ~100,000 records.
 * Public figures count verified records; internal ones submitted and verified records.
 */

export type ActivityTotalsQuery = AggQuery

type Sums = { count: number; sessions: number; participants: number; cost: number }
export type ActivityTotals = Sums & {
  byForm: Record<ActivityForm, Sums>
  materials: number
  materialsByKind: Record<MaterialKind, number>
}

const UNIT_TOP = 20
const MAX_FILLED_MONTHS = 120

const sumsOf = (v?: { n: number; s: number; p: number; c: number }): Sums => ({
  count: v?.n ?? 0,
  sessions: v?.s ?? 0,
  participants: v?.p ?? 0,
  cost: v?.c ?? 0,
})

function totalsFrom(agg: Agg): ActivityTotals {
  const byForm = Object.fromEntries(
    ACTIVITY_FORMS.map((f) => [f.value, sumsOf(agg.dims.get(`form:${f.value}`))]),
  ) as Record<ActivityForm, Sums>
  const total = sumsOf()
  for (const [key, v] of agg.dims) {
    if (!key.startsWith('form:')) continue
    total.count += v.n
    total.sessions += v.s
    total.participants += v.p
    total.cost += v.c
  }
  const materialsByKind = Object.fromEntries(
    MATERIAL_KINDS.map((k) => [k.value, agg.dims.get(`material:${k.value}`)?.c ?? 0]),
  ) as Record<MaterialKind, number>
  let materials = 0
  for (const [key, v] of agg.dims) if (key.startsWith('material:')) materials += v.c
  return { ...total, byForm, materials, materialsByKind }
}

/** Totals of the records of some units (or the province) in a period, for reports and other modules. */
export async function activityTotals(payload: Payload, query: ActivityTotalsQuery): Promise<ActivityTotals> {
  return totalsFrom(await aggregateActivities(payload, query))
}

/** The figure keys of the shared convention (common to reports' pre-fill and the dashboards). */
export function activityFigures(t: ActivityTotals): StatsFigure[] {
  const figures: StatsFigure[] = [
    { key: 'activities.count', label: 'Số hoạt động PBGDPL', value: t.count, measure: 'hoạt động' },
    { key: 'activities.sessions', label: 'Số cuộc, buổi PBGDPL', value: t.sessions, measure: 'cuộc' },
    { key: 'activities.participants', label: 'Số lượt người tham dự', value: t.participants, measure: 'lượt người' },
    { key: 'activities.cost', label: 'Kinh phí thực hiện', value: t.cost, measure: 'đồng' },
    { key: 'activities.materials', label: 'Số tài liệu phát hành', value: t.materials, measure: 'bản' },
  ]
  for (const f of ACTIVITY_FORMS) {
    const sums = t.byForm[f.value]
    figures.push(
      { key: `activities.${f.value}.sessions`, label: `${f.label}: số cuộc`, value: sums.sessions, measure: 'cuộc' },
      {
        key: `activities.${f.value}.participants`,
        label: `${f.label}: số lượt người`,
        value: sums.participants,
        measure: 'lượt người',
      },
    )
  }
  for (const k of MATERIAL_KINDS) {
    figures.push({
      key: `activities.materials.${k.value}`,
      label: `Tài liệu phát hành: ${k.label}`,
      value: t.materialsByKind[k.value],
      measure: 'bản',
    })
  }
  return figures
}

/** Every month of the period (so the line has no gaps), or only those with records for a long one. */
function monthsOf(from: Date, to: Date): string[] | null {
  const shift = 7 * 60 * 60 * 1000
  const start = new Date(from.getTime() + shift)
  const end = new Date(to.getTime() + shift - 1)
  const months: string[] = []
  let y = start.getUTCFullYear()
  let m = start.getUTCMonth()
  while (y < end.getUTCFullYear() || (y === end.getUTCFullYear() && m <= end.getUTCMonth())) {
    months.push(`${y}-${String(m + 1).padStart(2, '0')}`)
    if (months.length > MAX_FILLED_MONTHS) return null
    m += 1
    if (m === 12) {
      m = 0
      y += 1
    }
  }
  return months
}

const monthLabel = (key: string) => `${key.slice(5, 7)}/${key.slice(0, 4)}`

const SESSIONS_PARTICIPANTS = [
  { key: 'sessions', label: 'Số cuộc', measure: 'cuộc' },
  { key: 'participants', label: 'Số lượt người', measure: 'lượt người' },
]
const COUNT_SESSIONS_PARTICIPANTS = [
  { key: 'count', label: 'Số hoạt động', measure: 'hoạt động' },
  ...SESSIONS_PARTICIPANTS,
]

const bySessions = (a: { values: number[] }, b: { values: number[] }) =>
  b.values[1]! - a.values[1]! || b.values[2]! - a.values[2]!

/** Titles of the units and taxonomy terms present in the sums (a few hundred rows at most). */
async function titlesOf(payload: Payload, agg: Agg): Promise<Map<string, string>> {
  const ids: Record<string, number[]> = { unit: [], fields: [], audiences: [], areas: [] }
  for (const key of agg.dims.keys()) {
    const [dim, id] = key.split(':') as [string, string]
    if (dim in ids && /^\d+$/.test(id)) ids[dim]!.push(Number(id))
  }
  const tables: Record<string, SQL> = {
    unit: sql`units`,
    fields: sql`legal_fields`,
    audiences: sql`audiences`,
    areas: sql`areas`,
  }
  const titles = new Map<string, string>()
  await Promise.all(
    Object.entries(ids)
      .filter(([, list]) => list.length > 0)
      .map(async ([dim, list]) => {
        const rows = await selectRows<{ id: unknown; title: unknown }>(
          payload,
          sql`SELECT id, title FROM ${tables[dim]!} WHERE id IN (${sql.join(
            list.map((id) => sql`${id}`),
            sql`, `,
          )})`,
        )
        for (const r of rows) titles.set(`${dim}:${String(r.id)}`, String(r.title))
      }),
  )
  return titles
}

/** The whole contribution of the activities module for a query. */
export async function activityStatistics(payload: Payload, query: StatsQuery) {
  const agg = await aggregateActivities(payload, query)
  const titles = await titlesOf(payload, agg)
  const totals = totalsFrom(agg)
  const rowsOf = (dim: string) =>
    [...agg.dims.entries()]
      .filter(([key]) => key.startsWith(`${dim}:`))
      .map(([key, v]) => ({ key: key.slice(dim.length + 1), title: titles.get(key), v }))

  const monthKeys = monthsOf(query.from, query.to) ?? [...agg.months.keys()].sort()
  const byMonth: StatsTable = {
    key: 'activities.by-month',
    title: 'Hoạt động PBGDPL theo tháng',
    dimension: 'Tháng',
    columns: SESSIONS_PARTICIPANTS,
    rows: monthKeys.map((k) => {
      const r = agg.months.get(k)
      return { key: k, label: monthLabel(k), values: [r?.s ?? 0, r?.p ?? 0] }
    }),
    chart: 'line',
    note: 'Tháng tính theo giờ Việt Nam (UTC+7).',
  }

  const byForm: StatsTable = {
    key: 'activities.by-form',
    title: 'Hoạt động PBGDPL theo hình thức',
    dimension: 'Hình thức',
    columns: COUNT_SESSIONS_PARTICIPANTS,
    rows: ACTIVITY_FORMS.map((f) => {
      const s = totals.byForm[f.value]
      return { key: f.value, label: f.label, values: [s.count, s.sessions, s.participants] }
    }),
    chart: 'bar',
  }

  const taxonomyTable = (path: string, key: string, title: string, dimension: string, note: string): StatsTable => ({
    key,
    title,
    dimension,
    columns: COUNT_SESSIONS_PARTICIPANTS,
    rows: rowsOf(path)
      .map((r) => ({ key: r.key, label: r.title ?? `#${r.key}`, values: [r.v.n, r.v.s, r.v.p] }))
      .sort(bySessions),
    chart: 'bar',
    note,
  })
  const several =
    'Một hoạt động gắn nhiều mục được tính ở từng mục, nên tổng các dòng có thể lớn hơn tổng số hoạt động.'

  const unitRows = rowsOf('unit')
    .map((r) => ({
      key: r.key === '' ? 'none' : r.key,
      label: r.key === '' ? 'Chưa xác định đơn vị' : (r.title ?? `#${r.key}`),
      values: [r.v.n, r.v.s, r.v.p],
    }))
    .sort(bySessions)
  const others = unitRows.slice(UNIT_TOP)
  const byUnit: StatsTable = {
    key: 'activities.by-unit',
    title: 'Hoạt động PBGDPL theo đơn vị',
    dimension: 'Đơn vị',
    columns: COUNT_SESSIONS_PARTICIPANTS,
    rows: [
      ...unitRows.slice(0, UNIT_TOP),
      ...(others.length
        ? [
            {
              key: 'others',
              label: `Các đơn vị khác (${others.length.toLocaleString('vi-VN')} đơn vị)`,
              values: [0, 1, 2].map((i) => others.reduce((sum, r) => sum + r.values[i]!, 0)),
            },
          ]
        : []),
    ],
    chart: 'bar',
    note:
      unitRows.length > UNIT_TOP
        ? `${UNIT_TOP} đơn vị có nhiều cuộc nhất; các đơn vị còn lại gộp một dòng.`
        : undefined,
  }

  const byMaterial: StatsTable = {
    key: 'activities.materials',
    title: 'Tài liệu phát hành theo loại',
    dimension: 'Loại tài liệu',
    columns: [{ key: 'copies', label: 'Số bản', measure: 'bản' }],
    rows: MATERIAL_KINDS.map((k) => ({ key: k.value, label: k.label, values: [totals.materialsByKind[k.value]] })),
    chart: 'bar',
  }

  const byCost: StatsTable = {
    key: 'activities.cost',
    title: 'Kinh phí PBGDPL theo hình thức',
    dimension: 'Hình thức',
    columns: [{ key: 'cost', label: 'Kinh phí (đồng)', measure: 'đồng' }],
    rows: ACTIVITY_FORMS.map((f) => ({ key: f.value, label: f.label, values: [totals.byForm[f.value].cost] })),
    chart: 'bar',
  }

  return {
    totals,
    figures: activityFigures(totals),
    tables: [
      byMonth,
      byForm,
      taxonomyTable('fields', 'activities.by-field', 'Hoạt động PBGDPL theo lĩnh vực pháp luật', 'Lĩnh vực', several),
      taxonomyTable('areas', 'activities.by-area', 'Hoạt động PBGDPL theo địa bàn', 'Địa bàn', several),
      taxonomyTable('audiences', 'activities.by-audience', 'Hoạt động PBGDPL theo đối tượng', 'Đối tượng', several),
      byUnit,
      byMaterial,
      byCost,
    ],
  }
}

export const activitiesStatistics: StatisticsProvider = {
  key: 'activities',
  title: 'Hoạt động phổ biến, giáo dục pháp luật',
  order: 20,
  public: true,
  collect: async (payload, query) => {
    const { figures, tables } = await activityStatistics(payload, query)
    return { figures, tables }
  },
}
