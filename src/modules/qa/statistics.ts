import type { StatisticsProvider } from '@/modules/statistics/types'
import { monthRows } from '@/modules/statistics/months'
import { num, statsDb } from '@/modules/statistics/server/sql'
import { loadCalendarOptions } from '@/shared/calendar/settings'
import { isWorkingDay, type CalendarOptions } from '@/shared/calendar/working-days'

const OPEN = `('new', 'accepted', 'assigned')`
/** When the answer was given: the expert's answer, or the publication for an answer typed by the board. */
const ANSWER_AT = 'COALESCE(q.answered_at, q.published_at)'

/**
 * Online legal Q&A (issue 5 §4): questions received, answered (public scope: answers published),
 * overdue at the end of the period, average answer time in working days, by month and by legal
 * field. A unit's figures are the questions assigned to it or answered by it.
 */
export const qaStatistics: StatisticsProvider = {
  key: 'qa',
  title: 'Hỏi đáp pháp luật trực tuyến',
  order: 50,
  public: true,
  sources: ['questions'],
  async collect(payload, query) {
    const db = statsDb(payload)
    const from = query.from.toISOString()
    const to = query.to.toISOString()
    // Overdue is measured at the end of the period, or now for a period that has not ended.
    const end = new Date(Math.min(query.to.getTime(), Date.now())).toISOString()
    const a = query.unitIds === null ? null : db.inList('q.assigned_unit_id', query.unitIds)
    const b = query.unitIds === null ? null : db.inList('q.answering_unit_id', query.unitIds)
    const unitSql = a && b ? ` AND (${a.sql} OR ${b.sql})` : ''
    const unitParams = a && b ? [...a.params, ...b.params] : []
    const answeredStates = query.scope === 'public' ? `('published')` : `('answered', 'published')`
    const answered = `q.status IN ${answeredStates} AND ${ANSWER_AT} >= ? AND ${ANSWER_AT} < ?`
    const received = `q.received_at >= ? AND q.received_at < ?`

    const [receivedByMonth, answeredRows, overdue, byField, calendar] = await Promise.all([
      db.rows(
        `SELECT ${db.month('q.received_at')} AS m, COUNT(*) AS c FROM questions q WHERE ${received}${unitSql} GROUP BY 1`,
        [from, to, ...unitParams],
      ),
      // Answers grouped by the days received and answered: the average needs no more.
      db.rows(
        `SELECT ${db.dayNumber('q.received_at')} AS r, ${db.dayNumber(ANSWER_AT)} AS a, COUNT(*) AS c
         FROM questions q WHERE ${answered}${unitSql} GROUP BY 1, 2`,
        [from, to, ...unitParams],
      ),
      db.rows(
        `SELECT COUNT(*) AS c FROM questions q
         WHERE q.due_date < ? AND q.received_at < ?
           AND (q.status IN ${OPEN} OR (q.status IN ('answered', 'published') AND ${ANSWER_AT} >= ?))${unitSql}`,
        [end, end, end, ...unitParams],
      ),
      // Counted per field id from the questions' statistics index first, then named: joining the
      // fields first would look every question up by field, row by row.
      db.rows(
        `SELECT f.id AS id, f.title AS title, x.rc AS rc, x.ac AS ac FROM (
           SELECT q.field_id AS field_id,
                  SUM(CASE WHEN ${received} THEN 1 ELSE 0 END) AS rc,
                  SUM(CASE WHEN ${answered} THEN 1 ELSE 0 END) AS ac
           FROM questions q
           WHERE q.field_id IS NOT NULL AND ((${received}) OR (${answered}))${unitSql}
           GROUP BY q.field_id
         ) x JOIN legal_fields f ON f.id = x.field_id
         ORDER BY x.rc DESC, f.title`,
        [from, to, from, to, from, to, from, to, ...unitParams],
      ),
      loadCalendarOptions(payload),
    ])

    const { rows: months, byMonth } = monthRows(query.from, query.to, 2)
    let receivedTotal = 0
    for (const r of receivedByMonth) {
      const v = byMonth.get(String(r.m))
      if (v) v[0] = num(r.c)
      receivedTotal += num(r.c)
    }
    let daysTotal = 0
    let answeredTotal = 0
    const pairs = answeredRows.map((r) => ({
      r: r.r === null || r.r === undefined ? null : num(r.r),
      a: num(r.a),
      c: num(r.c),
    }))
    const counter = workingDayCounter(
      pairs.flatMap((p) => (p.r === null ? [p.a] : [p.r, p.a])),
      calendar,
    )
    for (const p of pairs) {
      const v = byMonth.get(counter.month(p.a))
      if (v) v[1] = (v[1] ?? 0) + p.c
      answeredTotal += p.c
      if (p.r !== null) daysTotal += Math.max(0, counter.between(p.r, p.a)) * p.c
    }
    const avg = answeredTotal ? Math.round((daysTotal / answeredTotal) * 10) / 10 : 0
    const answeredLabel = query.scope === 'public' ? 'Câu hỏi đã trả lời, công bố' : 'Câu hỏi đã trả lời'
    return {
      figures: [
        { key: 'qa.received', label: 'Câu hỏi đã nhận', value: receivedTotal, measure: 'câu hỏi' },
        { key: 'qa.answered', label: answeredLabel, value: answeredTotal, measure: 'câu hỏi' },
        {
          key: 'qa.overdue',
          label: 'Câu hỏi quá hạn trả lời (cuối kỳ)',
          value: num(overdue[0]?.c),
          measure: 'câu hỏi',
        },
        { key: 'qa.avg-answer-days', label: 'Thời gian trả lời trung bình', value: avg, measure: 'ngày làm việc' },
      ],
      tables: [
        {
          key: 'qa.by-month',
          title: 'Câu hỏi nhận và trả lời theo tháng',
          dimension: 'Tháng',
          columns: [
            { key: 'received', label: 'Đã nhận', measure: 'câu hỏi' },
            { key: 'answered', label: 'Đã trả lời', measure: 'câu hỏi' },
          ],
          rows: months,
          chart: 'line',
        },
        {
          key: 'qa.by-field',
          title: 'Câu hỏi theo lĩnh vực pháp luật',
          dimension: 'Lĩnh vực',
          columns: [
            { key: 'received', label: 'Đã nhận', measure: 'câu hỏi' },
            { key: 'answered', label: 'Đã trả lời', measure: 'câu hỏi' },
          ],
          rows: byField.map((r) => ({ key: String(r.id), label: String(r.title), values: [num(r.rc), num(r.ac)] })),
          chart: 'bar',
          note: 'Câu hỏi chưa xếp lĩnh vực không có trong bảng này.',
        },
      ],
    }
  },
}

const DAY_MS = 86_400_000

type YearTable = { first: number; running: Int32Array; months: string[] }

/**
 * Running totals of working days, one table per calendar year and working calendar (the site
 * settings' moved days are part of the key, so a changed calendar gets new tables): a pure function
 * of its key, kept so a statistics request does not walk five years of days again. At most a few
 * dozen small tables (366 integers each) are kept.
 */
const yearTables = new Map<string, YearTable>()
const YEAR_TABLES_MAX = 64

function yearTable(year: number, calendar: CalendarOptions, calendarKey: string): YearTable {
  const key = `${year}|${calendarKey}`
  const hit = yearTables.get(key)
  if (hit) return hit
  const first = Date.UTC(year, 0, 1) / DAY_MS
  const last = Date.UTC(year, 11, 31) / DAY_MS
  const running = new Int32Array(last - first + 1)
  const months: string[] = new Array(last - first + 1)
  let count = 0
  for (let n = first; n <= last; n++) {
    const iso = new Date(n * DAY_MS).toISOString()
    if (isWorkingDay(iso.slice(0, 10), calendar)) count++
    running[n - first] = count
    months[n - first] = iso.slice(0, 7)
  }
  const table = { first, running, months }
  if (yearTables.size >= YEAR_TABLES_MAX) yearTables.delete(yearTables.keys().next().value!)
  yearTables.set(key, table)
  return table
}

/**
 * workingDaysBetween (src/shared/calendar) for many pairs of Vietnam days (integer day numbers
 * since 1970-01-01, as the SQL gives them) at once: the working days of the whole span are
 * counted into running totals (per year, see yearTable), so each pair costs a subtraction instead
 * of a walk over its days; the month of each day is kept on the way for the monthly table.
 */
function workingDayCounter(
  days: number[],
  calendar: CalendarOptions,
): { between: (from: number, to: number) => number; month: (day: number) => string } {
  if (days.length === 0) return { between: () => 0, month: (d) => new Date(d * DAY_MS).toISOString().slice(0, 7) }
  let first = Infinity
  let last = -Infinity
  for (const n of days) {
    if (n < first) first = n
    if (n > last) last = n
  }
  const calendarKey = JSON.stringify([
    [...(calendar.extraDaysOff ?? [])].sort(),
    [...(calendar.extraWorkingDays ?? [])].sort(),
  ])
  const firstYear = new Date(first * DAY_MS).getUTCFullYear()
  const lastYear = new Date(last * DAY_MS).getUTCFullYear()
  // The years' tables end to end, each total carried over from the years before it.
  const start = Date.UTC(firstYear, 0, 1) / DAY_MS
  const running = new Int32Array(Date.UTC(lastYear, 11, 31) / DAY_MS - start + 1)
  const months: string[] = []
  let carried = 0
  for (let year = firstYear; year <= lastYear; year++) {
    const table = yearTable(year, calendar, calendarKey)
    const offset = table.first - start
    for (let i = 0; i < table.running.length; i++) running[offset + i] = carried + table.running[i]!
    months.push(...table.months)
    carried += table.running[table.running.length - 1] ?? 0
  }
  return {
    between: (from, to) => (running[to - start] ?? 0) - (running[from - start] ?? 0),
    month: (day) => months[day - start] ?? new Date(day * DAY_MS).toISOString().slice(0, 7),
  }
}
