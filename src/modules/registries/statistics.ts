import type { Payload } from 'payload'
import type { StatisticsProvider, StatsFigure, StatsQuery, StatsTable } from '@/modules/statistics/types'
import { REGISTRY_KINDS, REGISTRY_LEVELS } from './constants'

/**
 * Figures of the registries (issue 5 §4): members active at the end of the period, recognised
 * and dismissed during it, by registry and level, by unit and by year. Counted by three SQL
 * aggregates over `registry_members` (the same statements on both dialects apart from the year
 * expression and placeholders). Registry lists are public, so both scopes count the same.
 */

type Row = Record<string, unknown>
type SqliteClient = { execute(q: { sql: string; args: unknown[] }): Promise<{ rows: Row[] }> }
type PgPool = { query(text: string, values: unknown[]): Promise<{ rows: Row[] }> }

async function select(payload: Payload, sql: string, args: unknown[]): Promise<Row[]> {
  const db = payload.db as unknown as { name?: string; client?: SqliteClient; pool?: PgPool }
  if (db.name === 'postgres' && db.pool) {
    let n = 0
    return (
      await db.pool.query(
        sql.replace(/\?/g, () => `$${++n}`),
        args,
      )
    ).rows
  }
  if (db.name === 'sqlite' && db.client) return (await db.client.execute({ sql, args })).rows
  throw new Error(`Registries statistics: unsupported database "${db.name ?? '?'}"`)
}

const isPostgres = (payload: Payload) => (payload.db as unknown as { name?: string }).name === 'postgres'
const num = (v: unknown): number => (typeof v === 'number' ? v : Number(v ?? 0)) || 0

/** The unit filter: a clause and its arguments (ids are numbers, checked here). */
function unitFilter(query: StatsQuery): { clause: string; args: unknown[] } {
  if (query.unitIds === null) return { clause: '', args: [] }
  const ids = query.unitIds.map(Number).filter((id) => Number.isInteger(id))
  if (ids.length === 0) return { clause: ' AND 1 = 0', args: [] }
  return { clause: ` AND "unit_id" IN (${ids.map(() => '?').join(', ')})`, args: ids }
}

const ACTIVE = `("recognition_date" IS NULL OR "recognition_date" < ?) AND ("dismissal_date" IS NULL OR "dismissal_date" >= ?)`

export async function collectRegistries(payload: Payload, query: StatsQuery) {
  const from = query.from.toISOString()
  const to = query.to.toISOString()
  const units = unitFilter(query)
  const byKind = await select(
    payload,
    `SELECT "kind", "level",
       SUM(CASE WHEN ${ACTIVE} THEN 1 ELSE 0 END) AS "active",
       SUM(CASE WHEN "recognition_date" >= ? AND "recognition_date" < ? THEN 1 ELSE 0 END) AS "recognised",
       SUM(CASE WHEN "dismissal_date" >= ? AND "dismissal_date" < ? THEN 1 ELSE 0 END) AS "dismissed"
     FROM "registry_members" WHERE 1 = 1${units.clause} GROUP BY "kind", "level"`,
    [to, to, from, to, from, to, ...units.args],
  )
  const byUnit = await select(
    payload,
    `SELECT "unit_id" AS "unit", "kind", COUNT(*) AS "active" FROM "registry_members"
     WHERE ${ACTIVE}${units.clause} GROUP BY "unit_id", "kind"`,
    [to, to, ...units.args],
  )
  const year = (column: string) =>
    isPostgres(payload)
      ? `to_char(("${column}" AT TIME ZONE 'UTC') + interval '7 hours', 'YYYY')`
      : `strftime('%Y', "${column}", '+7 hours')`
  const byYear = await select(
    payload,
    `SELECT "year", SUM("recognised") AS "recognised", SUM("dismissed") AS "dismissed" FROM (
       SELECT ${year('recognition_date')} AS "year", 1 AS "recognised", 0 AS "dismissed" FROM "registry_members"
         WHERE "recognition_date" >= ? AND "recognition_date" < ?${units.clause}
       UNION ALL
       SELECT ${year('dismissal_date')} AS "year", 0 AS "recognised", 1 AS "dismissed" FROM "registry_members"
         WHERE "dismissal_date" >= ? AND "dismissal_date" < ?${units.clause}
     ) AS "events" GROUP BY "year" ORDER BY "year"`,
    [from, to, ...units.args, from, to, ...units.args],
  )
  return { byKind, byUnit, byYear }
}

function figuresOf(byKind: Row[]): StatsFigure[] {
  const sum = (measure: string, kind: string, level?: string) =>
    byKind
      .filter((r) => r.kind === kind && (level === undefined || r.level === level))
      .reduce((total, r) => total + num(r[measure]), 0)
  const figures: StatsFigure[] = REGISTRY_KINDS.flatMap((k) => [
    {
      key: `registries.${k.value}.active`,
      label: `${k.label} đang hoạt động`,
      value: sum('active', k.value),
      measure: 'người',
    },
    {
      key: `registries.${k.value}.recognised`,
      label: `${k.label} được công nhận trong kỳ`,
      value: sum('recognised', k.value),
      measure: 'người',
    },
    {
      key: `registries.${k.value}.dismissed`,
      label: `${k.label} bị miễn nhiệm, cho thôi trong kỳ`,
      value: sum('dismissed', k.value),
      measure: 'người',
    },
  ])
  figures.push(
    {
      key: 'registries.reporter.province.active',
      label: 'Báo cáo viên pháp luật cấp tỉnh đang hoạt động',
      value: sum('active', 'reporter', 'province'),
      measure: 'người',
    },
    {
      key: 'registries.reporter.commune.active',
      label: 'Báo cáo viên pháp luật cấp xã đang hoạt động',
      value: sum('active', 'reporter', 'commune'),
      measure: 'người',
    },
  )
  return figures
}

async function tablesOf(payload: Payload, data: Awaited<ReturnType<typeof collectRegistries>>): Promise<StatsTable[]> {
  const kindLevel: StatsTable = {
    key: 'registries.by-kind-level',
    title: 'Đội ngũ đang hoạt động theo cấp',
    dimension: 'Đội ngũ',
    columns: [
      ...REGISTRY_LEVELS.map((l) => ({ key: l.value, label: l.label, measure: 'người' })),
      { key: 'total', label: 'Tổng', measure: 'người' },
    ],
    rows: REGISTRY_KINDS.map((k) => {
      const values = REGISTRY_LEVELS.map((l) =>
        data.byKind.filter((r) => r.kind === k.value && r.level === l.value).reduce((t, r) => t + num(r.active), 0),
      )
      return { key: k.value, label: k.label, values: [...values, values.reduce((a, b) => a + b, 0)] }
    }),
    chart: 'bar',
  }
  const perUnit = new Map<number, number[]>()
  for (const r of data.byUnit) {
    const unit = num(r.unit)
    const values = perUnit.get(unit) ?? REGISTRY_KINDS.map(() => 0)
    const i = REGISTRY_KINDS.findIndex((k) => k.value === r.kind)
    if (i >= 0) values[i] = (values[i] ?? 0) + num(r.active)
    perUnit.set(unit, values)
  }
  const top = [...perUnit.entries()]
    .map(([unit, values]) => ({ unit, values: [...values, values.reduce((a, b) => a + b, 0)] }))
    .sort((a, b) => (b.values.at(-1) ?? 0) - (a.values.at(-1) ?? 0) || a.unit - b.unit)
    .slice(0, 15)
  const titles = top.length
    ? await payload.find({
        collection: 'units',
        where: { id: { in: top.map((t) => t.unit) } },
        pagination: false,
        depth: 0,
        select: { title: true },
        overrideAccess: true, // unit names are public; statistics run as the system
      })
    : { docs: [] }
  const titleOf = new Map(titles.docs.map((u) => [u.id, u.title]))
  const byUnit: StatsTable = {
    key: 'registries.by-unit',
    title: 'Đội ngũ đang hoạt động theo đơn vị (nhiều nhất)',
    dimension: 'Đơn vị',
    columns: [
      ...REGISTRY_KINDS.map((k) => ({ key: k.value, label: k.label, measure: 'người' })),
      { key: 'total', label: 'Tổng', measure: 'người' },
    ],
    rows: top.map((t) => ({ key: String(t.unit), label: titleOf.get(t.unit) ?? `Đơn vị ${t.unit}`, values: t.values })),
    chart: 'bar',
    note: perUnit.size > top.length ? `${top.length} trên ${perUnit.size} đơn vị có đội ngũ.` : undefined,
  }
  const byYear: StatsTable = {
    key: 'registries.by-year',
    title: 'Công nhận và miễn nhiệm theo năm',
    dimension: 'Năm',
    columns: [
      { key: 'recognised', label: 'Được công nhận', measure: 'người' },
      { key: 'dismissed', label: 'Miễn nhiệm, cho thôi', measure: 'người' },
    ],
    rows: data.byYear.map((r) => ({
      key: String(r.year),
      label: String(r.year),
      values: [num(r.recognised), num(r.dismissed)],
    })),
    chart: 'line',
  }
  return [kindLevel, byUnit, byYear]
}

export const registriesStatistics: StatisticsProvider = {
  key: 'registries',
  title: 'Đội ngũ báo cáo viên, tuyên truyền viên, hòa giải viên',
  order: 20,
  public: true,
  sources: ['registry-members'],
  collect: async (payload, query) => {
    const data = await collectRegistries(payload, query)
    return { figures: figuresOf(data.byKind), tables: await tablesOf(payload, data) }
  },
}
