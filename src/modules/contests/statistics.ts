import type { Payload } from 'payload'
import type { StatisticsProvider, StatsQuery, StatsTable } from '@/modules/statistics/types'
import { CONTEST_ATTEMPTS_SLUG, CONTEST_ENTRIES_SLUG } from './constants'
import { isPostgres, num, query } from './server/sql'

/**
 * Figures of the online contests (issue 5 §4 contract): verified registrations and finished
 * attempts in the period, distinct participants, and participants by unit. Counted in SQL over
 * the contest tables; only verified entries and finished attempts count, so both scopes agree.
 */

function unitClause(q: StatsQuery): { clause: string; args: number[] } {
  if (q.unitIds === null) return { clause: '', args: [] }
  const ids = q.unitIds.map(Number).filter(Number.isInteger)
  if (ids.length === 0) return { clause: ' AND 1 = 0', args: [] }
  return { clause: ` AND e.unit_id IN (${ids.map(() => '?').join(', ')})`, args: ids }
}

export async function collectContests(payload: Payload, q: StatsQuery) {
  const from = q.from.toISOString()
  const to = q.to.toISOString()
  const d = isPostgres(payload) ? 'CAST(? AS timestamptz)' : '?'
  const units = unitClause(q)
  const [entries] = await query(
    payload,
    `SELECT COUNT(*) AS n FROM contest_entries e
     WHERE e.verified_at IS NOT NULL AND e.verified_at >= ${d} AND e.verified_at < ${d}${units.clause}`,
    [from, to, ...units.args],
  )
  const [attempts] = await query(
    payload,
    `SELECT COUNT(*) AS n, COUNT(DISTINCT a.entry_id) AS people FROM contest_attempts a
     JOIN contest_entries e ON e.id = a.entry_id
     WHERE a.status <> 'in-progress' AND a.submitted_at >= ${d} AND a.submitted_at < ${d}${units.clause}`,
    [from, to, ...units.args],
  )
  const byUnit = await query(
    payload,
    `SELECT e.unit_id, u.title, COUNT(DISTINCT a.entry_id) AS people, COUNT(*) AS n FROM contest_attempts a
     JOIN contest_entries e ON e.id = a.entry_id LEFT JOIN units u ON u.id = e.unit_id
     WHERE a.status <> 'in-progress' AND a.submitted_at >= ${d} AND a.submitted_at < ${d}${units.clause}
     GROUP BY e.unit_id, u.title ORDER BY COUNT(DISTINCT a.entry_id) DESC`,
    [from, to, ...units.args],
  )
  return { entries: num(entries?.n), attempts: num(attempts?.n), participants: num(attempts?.people), byUnit }
}

export const contestsStatistics: StatisticsProvider = {
  key: 'contests',
  title: 'Cuộc thi tìm hiểu pháp luật trực tuyến',
  order: 60,
  public: true,
  sources: [CONTEST_ENTRIES_SLUG, CONTEST_ATTEMPTS_SLUG],
  collect: async (payload, q) => {
    const data = await collectContests(payload, q)
    const top = data.byUnit.slice(0, 15)
    const table: StatsTable = {
      key: 'contests.participants-by-unit',
      title: 'Người dự thi trực tuyến theo đơn vị',
      dimension: 'Đơn vị',
      columns: [
        { key: 'participants', label: 'Người dự thi', measure: 'người' },
        { key: 'attempts', label: 'Lượt thi', measure: 'lượt' },
      ],
      rows: top.map((r) => ({
        key: r.unit_id === null || r.unit_id === undefined ? 'none' : String(r.unit_id),
        label: typeof r.title === 'string' ? r.title : 'Không thuộc đơn vị trong danh mục',
        values: [num(r.people), num(r.n)],
      })),
      chart: 'bar',
      note: data.byUnit.length > top.length ? `${top.length} trên ${data.byUnit.length} đơn vị.` : undefined,
    }
    return {
      figures: [
        {
          key: 'contests.entries',
          label: 'Lượt đăng ký dự thi trực tuyến (đã xác thực)',
          value: data.entries,
          measure: 'lượt',
        },
        { key: 'contests.attempts', label: 'Lượt thi trực tuyến đã nộp bài', value: data.attempts, measure: 'lượt' },
        { key: 'contests.participants', label: 'Người dự thi trực tuyến', value: data.participants, measure: 'người' },
      ],
      tables: [table],
    }
  },
}
