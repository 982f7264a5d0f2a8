import { sql, type SQL } from 'drizzle-orm'
import type { Payload, PayloadRequest } from 'payload'
import type { StatsScope } from '@/modules/statistics/types'
import { COUNTED_STATUSES } from '../states'
import { nextMonth, splitByMonths, vnMonthOf, vnMonthStart } from './months'
import { dateParam, dbOf, dialectOf, execute, list, num, selectRows, vietnamMonth, type Db, type Dialect } from './sql'

/**
 * The sums behind every activity figure and table, from raw aggregate SQL over the records or,
 * for province-wide whole months, from the monthly rollups (activity_rollups), which the
 * collection's hooks keep current and which rebuild themselves when the records changed behind
 * Payload's back (bulk SQL loads). Whole years are summed again from their months ("Y2025").
 */

export type Sums = { n: number; s: number; p: number; c: number }
/** dims: "form:direct", "unit:12", "fields:3", "audiences:4", "areas:5", "material:leaflet" (c = copies) */
export type Agg = { dims: Map<string, Sums>; months: Map<string, Sums> }
export type AggQuery = { unitIds: (number | string)[] | null; from: Date; to: Date; scope: StatsScope }

const ROLLED_STATUSES = COUNTED_STATUSES.internal

const emptyAgg = (): Agg => ({ dims: new Map(), months: new Map() })
const add = (map: Map<string, Sums>, key: string, row: { n?: unknown; s?: unknown; p?: unknown; c?: unknown }) => {
  const prev = map.get(key) ?? { n: 0, s: 0, p: 0, c: 0 }
  map.set(key, { n: prev.n + num(row.n), s: prev.s + num(row.s), p: prev.p + num(row.p), c: prev.c + num(row.c) })
}
const merge = (into: Agg, from: Agg) => {
  for (const [k, v] of from.dims) add(into.dims, k, v)
  for (const [k, v] of from.months) add(into.months, k, v)
}

function unitFilter(unitIds: (number | string)[] | null): SQL | null {
  if (!unitIds) return null
  const ids = unitIds.map(Number).filter((n) => Number.isInteger(n))
  return ids.length ? sql`a.unit_id IN (${list(ids)})` : sql`1 = 0`
}

function recordFilter(d: Dialect, statuses: readonly string[], from: Date | null, to: Date | null, units: SQL | null) {
  const parts: SQL[] = [sql`a.status IN (${list(statuses)})`]
  if (from) parts.push(sql`a.date >= ${dateParam(d, from)}`)
  if (to) parts.push(sql`a.date < ${dateParam(d, to)}`)
  if (units) parts.push(units)
  return sql.join(parts, sql` AND `)
}

type Row = { dim?: unknown; k: unknown; n?: unknown; s?: unknown; p?: unknown; c?: unknown }

/** The sums of the records matching `where` (a condition over `activities a`). */
async function rawAggregate(payload: Payload, where: SQL): Promise<Agg> {
  const d = dialectOf(payload)
  const month = vietnamMonth(d, sql`a.date`)
  const [forms, months, units, rels, materials] = await Promise.all([
    selectRows<Row>(
      payload,
      sql`SELECT a.form AS k, COUNT(*) AS n, SUM(a.sessions) AS s, SUM(a.participants) AS p, SUM(COALESCE(a.cost, 0)) AS c
          FROM activities a WHERE ${where} GROUP BY a.form`,
    ),
    selectRows<Row>(
      payload,
      sql`SELECT ${month} AS k, COUNT(*) AS n, SUM(a.sessions) AS s, SUM(a.participants) AS p
          FROM activities a WHERE ${where} GROUP BY 1`,
    ),
    selectRows<Row>(
      payload,
      sql`SELECT a.unit_id AS k, COUNT(*) AS n, SUM(a.sessions) AS s, SUM(a.participants) AS p, SUM(COALESCE(a.cost, 0)) AS c
          FROM activities a WHERE ${where} GROUP BY a.unit_id`,
    ),
    selectRows<Row>(
      payload,
      sql`SELECT r.path AS dim, COALESCE(r.legal_fields_id, r.audiences_id, r.areas_id) AS k,
                 COUNT(*) AS n, SUM(a.sessions) AS s, SUM(a.participants) AS p
          FROM activities_rels r JOIN activities a ON a.id = r.parent_id
          WHERE r.path IN ('fields', 'audiences', 'areas') AND ${where}
          GROUP BY r.path, COALESCE(r.legal_fields_id, r.audiences_id, r.areas_id)`,
    ),
    selectRows<Row>(
      payload,
      sql`SELECT m.kind AS k, COUNT(*) AS n, SUM(m.count) AS c FROM activities_materials m
          JOIN activities a ON a.id = m._parent_id WHERE ${where} GROUP BY m.kind`,
    ),
  ])
  const agg = emptyAgg()
  for (const r of forms) add(agg.dims, `form:${String(r.k)}`, r)
  for (const r of months) add(agg.months, String(r.k), r)
  for (const r of units) add(agg.dims, `unit:${r.k === null ? '' : String(r.k)}`, r)
  for (const r of rels) if (r.k !== null) add(agg.dims, `${String(r.dim)}:${String(r.k)}`, r)
  for (const r of materials) add(agg.dims, `material:${String(r.k)}`, r)
  return agg
}

/** The rollup rows of the records matching `where`, ready to insert (one statement per dimension). */
function rollupInserts(d: Dialect, where: SQL): SQL[] {
  const month = vietnamMonth(d, sql`a.date`)
  const into = sql`INSERT INTO activity_rollups (month, status, dim, item, records, sessions, participants, amount)`
  const status = sql`CAST(a.status AS varchar)`
  return [
    sql`${into} SELECT ${month}, ${status}, 'form', CAST(a.form AS varchar), COUNT(*), SUM(a.sessions), SUM(a.participants),
        SUM(COALESCE(a.cost, 0)) FROM activities a WHERE ${where} GROUP BY 1, 2, 4`,
    sql`${into} SELECT ${month}, ${status}, 'unit', COALESCE(CAST(a.unit_id AS varchar), ''), COUNT(*), SUM(a.sessions),
        SUM(a.participants), SUM(COALESCE(a.cost, 0)) FROM activities a WHERE ${where} GROUP BY 1, 2, 4`,
    sql`${into} SELECT ${month}, ${status}, r.path, CAST(COALESCE(r.legal_fields_id, r.audiences_id, r.areas_id) AS varchar),
        COUNT(*), SUM(a.sessions), SUM(a.participants), 0
        FROM activities_rels r JOIN activities a ON a.id = r.parent_id
        WHERE r.path IN ('fields', 'audiences', 'areas') AND ${where} GROUP BY 1, 2, 3, 4`,
    sql`${into} SELECT ${month}, ${status}, 'material', CAST(m.kind AS varchar), COUNT(*), 0, 0, SUM(m.count)
        FROM activities_materials m JOIN activities a ON a.id = m._parent_id WHERE ${where} GROUP BY 1, 2, 4`,
  ]
}

/**
 * Whole years are kept too, summed from their months, under the month key "Y2025" (never inside a
 * range of "YYYY-MM" keys, which start with a digit): five years province-wide read a few thousand
 * rows instead of every month's.
 */
const yearKey = (year: string) => `Y${year}`

function yearRollupInsert(year: string | null): SQL {
  const into = sql`INSERT INTO activity_rollups (month, status, dim, item, records, sessions, participants, amount)`
  const sums = sql`status, dim, item, SUM(records), SUM(sessions), SUM(participants), SUM(amount) FROM activity_rollups`
  if (year === null) {
    return sql`${into} SELECT 'Y' || substr(month, 1, 4), ${sums}
        WHERE status <> 'meta' AND month >= '0' AND month < 'A' GROUP BY 1, 2, 3, 4`
  }
  return sql`${into} SELECT ${yearKey(year)}, ${sums}
      WHERE status <> 'meta' AND month >= ${`${year}-01`} AND month < ${`${Number(year) + 1}-01`}
      GROUP BY status, dim, item`
}

/**
 * What the rollups were built from: the highest record id (an index lookup, not a count), so a
 * bulk load made with SQL behind Payload's back is noticed. Changes through Payload keep it.
 */
type Fingerprint = { maxId: number }

async function liveFingerprint(payload: Payload, db?: Db): Promise<Fingerprint> {
  const [row] = await selectRows<{ i: unknown }>(payload, sql`SELECT MAX(id) AS i FROM activities`, db)
  return { maxId: num(row?.i) }
}

// The fingerprint row has its own status, so no statistics query ever reads it.
async function storedFingerprint(payload: Payload, db?: Db): Promise<Fingerprint | null> {
  const [row] = await selectRows<{ i: unknown }>(
    payload,
    sql`SELECT amount AS i FROM activity_rollups WHERE status = 'meta' AND month = '' AND dim = 'meta'`,
    db,
  )
  return row ? { maxId: num(row.i) } : null
}

async function writeFingerprint(payload: Payload, db: Db, fp: Fingerprint): Promise<void> {
  await execute(payload, sql`DELETE FROM activity_rollups WHERE status = 'meta'`, db)
  await execute(
    payload,
    sql`INSERT INTO activity_rollups (month, status, dim, item, records, sessions, participants, amount)
        VALUES ('', 'meta', 'meta', 'fingerprint', 0, 0, 0, ${fp.maxId})`,
    db,
  )
}

let rebuilding: Promise<void> | null = null

/** Rebuilds every rollup from the records, in one transaction (one rebuild at a time per process). */
export async function rebuildActivityRollups(payload: Payload): Promise<void> {
  if (rebuilding) return rebuilding
  rebuilding = (async () => {
    const d = dialectOf(payload)
    const tx = await payload.db.beginTransaction()
    const db = tx === null ? await dbOf(payload) : await dbOf(payload, { transactionID: tx } as PayloadRequest)
    try {
      await execute(payload, sql`DELETE FROM activity_rollups`, db)
      for (const statement of rollupInserts(d, recordFilter(d, ROLLED_STATUSES, null, null, null))) {
        await execute(payload, statement, db)
      }
      await execute(payload, yearRollupInsert(null), db)
      await writeFingerprint(payload, db, await liveFingerprint(payload, db))
      if (tx !== null) await payload.db.commitTransaction(tx)
    } catch (error) {
      if (tx !== null) await payload.db.rollbackTransaction(tx)
      throw error
    }
  })().finally(() => {
    rebuilding = null
  })
  return rebuilding
}

/**
 * Recomputes the months a change touched, inside the change's transaction. The fingerprint moves
 * on only if the rollups were current before the change; otherwise the next reader rebuilds.
 */
export async function refreshActivityMonths(
  payload: Payload,
  req: PayloadRequest,
  id: number | string,
  dates: (string | null | undefined)[],
  change: 'create' | 'update' | 'delete',
): Promise<void> {
  const d = dialectOf(payload)
  const db = await dbOf(payload, req)
  const months = new Set(
    dates.filter((v): v is string => !!v && !Number.isNaN(new Date(v).getTime())).map((v) => vnMonthOf(new Date(v))),
  )
  const stored = await storedFingerprint(payload, db)
  if (!stored) return // never built: the first reader builds everything
  const live = await liveFingerprint(payload, db)
  // Before this change the highest id was the stored one, unless records came in some other way.
  const current =
    change === 'create'
      ? stored.maxId ===
        num(
          (await selectRows<{ i: unknown }>(payload, sql`SELECT MAX(id) AS i FROM activities WHERE id <> ${id}`, db))[0]
            ?.i,
        )
      : stored.maxId === Math.max(live.maxId, change === 'delete' ? Number(id) : 0)
  if (!current) return // stale already: the next reader rebuilds everything
  for (const month of months) {
    await execute(payload, sql`DELETE FROM activity_rollups WHERE status <> 'meta' AND month = ${month}`, db)
    const where = recordFilter(d, ROLLED_STATUSES, vnMonthStart(month), vnMonthStart(nextMonth(month)), null)
    for (const statement of rollupInserts(d, where)) await execute(payload, statement, db)
  }
  for (const year of new Set([...months].map((m) => m.slice(0, 4)))) {
    await execute(payload, sql`DELETE FROM activity_rollups WHERE status <> 'meta' AND month = ${yearKey(year)}`, db)
    await execute(payload, yearRollupInsert(year), db)
  }
  await writeFingerprint(payload, db, live)
}

async function ensureRollups(payload: Payload): Promise<void> {
  const [stored, live] = await Promise.all([storedFingerprint(payload), liveFingerprint(payload)])
  if (!stored || stored.maxId !== live.maxId) await rebuildActivityRollups(payload)
}

async function rollupAggregate(payload: Payload, statuses: readonly string[], first: string, end: string) {
  const where = sql`status IN (${list(statuses)}) AND month >= ${first} AND month < ${end}`
  // The months [first, end) as the whole years inside them and the months before and after those.
  const firstYear = Number(first.slice(0, 4)) + (first.endsWith('-01') ? 0 : 1)
  const endYear = Number(end.slice(0, 4))
  const ranges: [string, string][] =
    firstYear < endYear
      ? ([
          [first, `${firstYear}-01`],
          [yearKey(String(firstYear)), yearKey(String(endYear))],
          [`${endYear}-01`, end],
        ].filter(([a, b]) => a! < b!) as [string, string][])
      : [[first, end]]
  const [months, ...dims] = await Promise.all([
    selectRows<Row>(
      payload,
      sql`SELECT month AS k, SUM(records) AS n, SUM(sessions) AS s, SUM(participants) AS p
          FROM activity_rollups WHERE dim = 'form' AND ${where} GROUP BY month`,
    ),
    ...ranges.map(([from, to]) =>
      selectRows<Row>(
        payload,
        sql`SELECT dim, item AS k, SUM(records) AS n, SUM(sessions) AS s, SUM(participants) AS p, SUM(amount) AS c
            FROM activity_rollups WHERE status IN (${list(statuses)}) AND month >= ${from} AND month < ${to}
            GROUP BY dim, item`,
      ),
    ),
  ])
  const agg = emptyAgg()
  for (const part of dims) for (const r of part) add(agg.dims, `${String(r.dim)}:${String(r.k)}`, r)
  for (const r of months!) add(agg.months, String(r.k), r)
  return agg
}

/** The sums for a statistics query: rollups for province-wide whole months, records for the rest. */
export async function aggregateActivities(payload: Payload, q: AggQuery): Promise<Agg> {
  const d = dialectOf(payload)
  const statuses = COUNTED_STATUSES[q.scope]
  const units = unitFilter(q.unitIds)
  if (units) return rawAggregate(payload, recordFilter(d, statuses, q.from, q.to, units))
  const { months, partial } = splitByMonths(q.from, q.to)
  if (!months) return rawAggregate(payload, recordFilter(d, statuses, q.from, q.to, null))
  await ensureRollups(payload)
  const parts = await Promise.all([
    rollupAggregate(payload, statuses, months.first, months.end),
    ...partial.map((r) => rawAggregate(payload, recordFilter(d, statuses, r.from, r.to, null))),
  ])
  const agg = emptyAgg()
  for (const part of parts) merge(agg, part)
  return agg
}
