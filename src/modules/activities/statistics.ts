import { sql, type SQL } from 'drizzle-orm'
import type { Payload } from 'payload'
import type { StatisticsProvider, StatsFigure, StatsQuery, StatsScope, StatsTable } from '@/modules/statistics/types'
import { ACTIVITY_FORMS, MATERIAL_KINDS, type ActivityForm, type MaterialKind } from './constants'
import { dateParam, dialectOf, list, num, selectRows, vietnamMonth, type Dialect } from './server/sql'
import { COUNTED_STATUSES } from './states'

/**
 * Figures of the activity records for dashboards, the public page, reports and the summary
 * report: a handful of aggregate queries (no document is loaded), fast on ~100,000 records.
 * Public figures count verified records; internal ones submitted and verified records.
 */

export type ActivityTotalsQuery = {
  unitIds: (number | string)[] | null
  from: Date
  to: Date
  scope: StatsScope
}

type Sums = { count: number; sessions: number; participants: number; cost: number }
export type ActivityTotals = Sums & {
  byForm: Record<ActivityForm, Sums>
  materials: number
  materialsByKind: Record<MaterialKind, number>
}

const UNIT_TOP = 20
const MAX_FILLED_MONTHS = 120

/** WHERE clause over `activities a` for a query. */
function filter(d: Dialect, q: ActivityTotalsQuery): SQL {
  const parts: SQL[] = [
    sql`a.status IN (${list(COUNTED_STATUSES[q.scope])})`,
    sql`a.date >= ${dateParam(d, q.from)}`,
    sql`a.date < ${dateParam(d, q.to)}`,
  ]
  if (q.unitIds) {
    const ids = q.unitIds.map(Number).filter((n) => Number.isInteger(n))
    parts.push(ids.length ? sql`a.unit_id IN (${list(ids)})` : sql`1 = 0`)
  }
  return sql.join(parts, sql` AND `)
}

type FormRow = { k: string; n: unknown; s: unknown; p: unknown; c: unknown }
type KeyRow = { k: unknown; n: unknown; s: unknown; p: unknown }

const sumsOf = (row?: { n: unknown; s: unknown; p: unknown; c?: unknown }): Sums => ({
  count: num(row?.n),
  sessions: num(row?.s),
  participants: num(row?.p),
  cost: num(row?.c),
})

async function formRows(payload: Payload, where: SQL): Promise<FormRow[]> {
  return selectRows<FormRow>(
    payload,
    sql`SELECT a.form AS k, COUNT(*) AS n, SUM(a.sessions) AS s, SUM(a.participants) AS p, SUM(COALESCE(a.cost, 0)) AS c
        FROM activities a WHERE ${where} GROUP BY a.form`,
  )
}

async function materialRows(payload: Payload, where: SQL): Promise<{ k: string; c: unknown }[]> {
  return selectRows(
    payload,
    sql`SELECT m.kind AS k, SUM(m.count) AS c FROM activities_materials m
        JOIN activities a ON a.id = m._parent_id WHERE ${where} GROUP BY m.kind`,
  )
}

function totalsFrom(forms: FormRow[], materials: { k: string; c: unknown }[]): ActivityTotals {
  const byForm = Object.fromEntries(ACTIVITY_FORMS.map((f) => [f.value, sumsOf()])) as Record<ActivityForm, Sums>
  const total = sumsOf()
  for (const row of forms) {
    const sums = sumsOf(row)
    if (row.k in byForm) byForm[row.k as ActivityForm] = sums
    total.count += sums.count
    total.sessions += sums.sessions
    total.participants += sums.participants
    total.cost += sums.cost
  }
  const materialsByKind = Object.fromEntries(MATERIAL_KINDS.map((k) => [k.value, 0])) as Record<MaterialKind, number>
  let materialTotal = 0
  for (const row of materials) {
    const copies = num(row.c)
    if (row.k in materialsByKind) materialsByKind[row.k as MaterialKind] = copies
    materialTotal += copies
  }
  return { ...total, byForm, materials: materialTotal, materialsByKind }
}

/** Totals of the records of some units (or the province) in a period, for reports and other modules. */
export async function activityTotals(payload: Payload, query: ActivityTotalsQuery): Promise<ActivityTotals> {
  const where = filter(dialectOf(payload), query)
  const [forms, materials] = await Promise.all([formRows(payload, where), materialRows(payload, where)])
  return totalsFrom(forms, materials)
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

async function collect(payload: Payload, query: StatsQuery) {
  const d = dialectOf(payload)
  const where = filter(d, query)
  const month = vietnamMonth(d, sql`a.date`)
  const [forms, materials, months, units, rels] = await Promise.all([
    formRows(payload, where),
    materialRows(payload, where),
    selectRows<KeyRow>(
      payload,
      sql`SELECT ${month} AS k, COUNT(*) AS n, SUM(a.sessions) AS s, SUM(a.participants) AS p
          FROM activities a WHERE ${where} GROUP BY 1`,
    ),
    selectRows<KeyRow & { t: unknown }>(
      payload,
      sql`SELECT g.k AS k, u.title AS t, g.n AS n, g.s AS s, g.p AS p FROM (
            SELECT a.unit_id AS k, COUNT(*) AS n, SUM(a.sessions) AS s, SUM(a.participants) AS p
            FROM activities a WHERE ${where} GROUP BY a.unit_id
          ) g LEFT JOIN units u ON u.id = g.k`,
    ),
    selectRows<KeyRow & { path: string; t: unknown }>(
      payload,
      sql`SELECT g.path AS path, g.k AS k, COALESCE(f.title, au.title, ar.title) AS t, g.n AS n, g.s AS s, g.p AS p FROM (
            SELECT r.path AS path, COALESCE(r.legal_fields_id, r.audiences_id, r.areas_id) AS k,
                   COUNT(*) AS n, SUM(a.sessions) AS s, SUM(a.participants) AS p
            FROM activities_rels r JOIN activities a ON a.id = r.parent_id
            WHERE r.path IN ('fields', 'audiences', 'areas') AND ${where}
            GROUP BY r.path, COALESCE(r.legal_fields_id, r.audiences_id, r.areas_id)
          ) g
          LEFT JOIN legal_fields f ON g.path = 'fields' AND f.id = g.k
          LEFT JOIN audiences au ON g.path = 'audiences' AND au.id = g.k
          LEFT JOIN areas ar ON g.path = 'areas' AND ar.id = g.k`,
    ),
  ])
  return { forms, materials, months, units, rels }
}

/** The whole contribution of the activities module for a query. */
export async function activityStatistics(payload: Payload, query: StatsQuery) {
  const { forms, materials, months, units, rels } = await collect(payload, query)
  const totals = totalsFrom(forms, materials)

  const monthMap = new Map(months.map((r) => [String(r.k), r]))
  const monthKeys = monthsOf(query.from, query.to) ?? [...monthMap.keys()].sort()
  const byMonth: StatsTable = {
    key: 'activities.by-month',
    title: 'Hoạt động PBGDPL theo tháng',
    dimension: 'Tháng',
    columns: SESSIONS_PARTICIPANTS,
    rows: monthKeys.map((k) => {
      const r = monthMap.get(k)
      return { key: k, label: monthLabel(k), values: [num(r?.s), num(r?.p)] }
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
    rows: rels
      .filter((r) => r.path === path && r.k !== null)
      .map((r) => ({
        key: String(r.k),
        label: String(r.t ?? `#${String(r.k)}`),
        values: [num(r.n), num(r.s), num(r.p)],
      }))
      .sort(bySessions),
    chart: 'bar',
    note,
  })
  const several =
    'Một hoạt động gắn nhiều mục được tính ở từng mục, nên tổng các dòng có thể lớn hơn tổng số hoạt động.'

  const unitRows = units
    .map((r) => ({
      key: r.k === null ? 'none' : String(r.k),
      label: r.k === null ? 'Chưa xác định đơn vị' : String(r.t ?? `#${String(r.k)}`),
      values: [num(r.n), num(r.s), num(r.p)],
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
