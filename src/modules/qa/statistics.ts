import type { StatisticsProvider } from '@/modules/statistics/types'
import { monthRows } from '@/modules/statistics/months'
import { num, statsDb, toDate } from '@/modules/statistics/server/sql'
import { loadCalendarOptions } from '@/shared/calendar/settings'
import { isWorkingDay, type CalendarOptions } from '@/shared/calendar/working-days'

const OPEN = `('new', 'accepted', 'assigned')`
/** When the answer was given: the expert's answer, or the publication for an answer typed by the board. */
const ANSWER_AT = 'COALESCE(q.answered_at, q.published_at)'
/** This portal's own questions: copies of another portal's answers (sync) were not handled here. */
const OWN = 'q.synced_copy IS NOT TRUE'

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
    const answered = `${OWN} AND q.status IN ${answeredStates} AND ${ANSWER_AT} >= ? AND ${ANSWER_AT} < ?`
    const received = `${OWN} AND q.received_at >= ? AND q.received_at < ?`

    const [receivedByMonth, span, overdue, byField, calendar] = await Promise.all([
      db.rows(
        `SELECT ${db.month('q.received_at')} AS m, COUNT(*) AS c FROM questions q WHERE ${received}${unitSql} GROUP BY 1`,
        [from, to, ...unitParams],
      ),
      // The days the answers of the period span (received to answered): the working calendar
      // of those years goes into the next query.
      db.rows(`SELECT MIN(q.received_at) AS lo, MAX(${ANSWER_AT}) AS hi FROM questions q WHERE ${answered}${unitSql}`, [
        from,
        to,
        ...unitParams,
      ]),
      db.rows(
        `SELECT COUNT(*) AS c FROM questions q
         WHERE ${OWN} AND q.due_date < ? AND q.received_at < ?
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
    // Answers by the month they were given, with the sum of their working days (from the day
    // after the question came in to the day of the answer, as workingDaysBetween counts them):
    // computed in SQL from the day numbers and the calendar's exceptions, so no answer leaves the
    // database. An answer stamped before its question was received counts 0 days.
    const hi = toDate(span[0]?.hi)
    const lo = toDate(span[0]?.lo) ?? hi // no answer with a receipt date: no days to count
    const answeredByMonth =
      lo && hi
        ? await db.rows(
            // Materialised so each answer's two day numbers are computed once, not in every branch.
            `WITH x AS MATERIALIZED (
               SELECT ${db.month(ANSWER_AT)} AS m, ${db.dayNumber(ANSWER_AT)} AS a,
                      CASE WHEN ${ANSWER_AT} >= q.received_at THEN ${db.dayNumber('q.received_at')} END AS r
               FROM questions q WHERE ${answered}${unitSql})
             SELECT m, COUNT(*) AS c,
                    SUM(CASE WHEN r IS NOT NULL
                        THEN ${workingDayRank('a', lo, hi, calendar)} - ${workingDayRank('r', lo, hi, calendar)}
                        END) AS d
             FROM x GROUP BY m`,
            [from, to, ...unitParams],
          )
        : []
    let daysTotal = 0
    let answeredTotal = 0
    for (const r of answeredByMonth) {
      const v = byMonth.get(String(r.m))
      if (v) v[1] = (v[1] ?? 0) + num(r.c)
      answeredTotal += num(r.c)
      daysTotal += num(r.d)
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
const VN_OFFSET_MS = 7 * 3_600_000

/** The days of a year that break the Monday–Friday rule: weekdays off (+1) and weekend days worked (−1). */
type Exception = { day: number; diff: 1 | -1 }

const yearExceptions = new Map<string, Exception[]>()
const YEARS_KEPT = 64

/**
 * The exceptions of a year under a working calendar (the site settings' moved days are part of
 * the key, so a changed calendar gets new lists): a pure function of its key, kept so a request
 * does not walk five years of days again. A year has a dozen or two.
 */
function exceptionsOf(year: number, calendar: CalendarOptions, calendarKey: string): Exception[] {
  const key = `${year}|${calendarKey}`
  const hit = yearExceptions.get(key)
  if (hit) return hit
  const out: Exception[] = []
  for (let n = Date.UTC(year, 0, 1) / DAY_MS, last = Date.UTC(year, 11, 31) / DAY_MS; n <= last; n++) {
    const weekday = (n + 3) % 7 < 5 // day 0, 1970-01-01, was a Thursday (3 with Monday 0)
    const working = isWorkingDay(new Date(n * DAY_MS).toISOString().slice(0, 10), calendar)
    if (weekday !== working) out.push({ day: n, diff: weekday ? 1 : -1 })
  }
  if (yearExceptions.size >= YEARS_KEPT) yearExceptions.delete(yearExceptions.keys().next().value!)
  yearExceptions.set(key, out)
  return out
}

/**
 * A SQL expression giving the number of working days up to and including the Vietnam day `day`
 * (an integer day-number expression), counted from a fixed origin: Monday–Friday by arithmetic,
 * less the calendar's exceptions between `lo` and `hi` (holidays, Tết, moved days — from
 * isWorkingDay, so the rules stay in one place) found by halving in nested CASEs. The difference of two
 * ranks is workingDaysBetween for any pair of days in [lo, hi]. Only integers computed here are
 * written into the SQL.
 */
export function workingDayRank(day: string, lo: Date, hi: Date, calendar: CalendarOptions): string {
  const calendarKey = JSON.stringify([
    [...(calendar.extraDaysOff ?? [])].sort(),
    [...(calendar.extraWorkingDays ?? [])].sort(),
  ])
  const first = new Date(lo.getTime() + VN_OFFSET_MS).getUTCFullYear()
  const last = new Date(hi.getTime() + VN_OFFSET_MS).getUTCFullYear()
  const exceptions: Exception[] = []
  for (let year = first; year <= last; year++) exceptions.push(...exceptionsOf(year, calendar, calendarKey))
  // Weekdays from the Monday of day −3 (1969-12-29) to `day`: five a week, plus the week's own.
  const shifted = `(${day} + 3)`
  const weekdays = `(5 * (${shifted} / 7) + CASE WHEN ${shifted} % 7 >= 4 THEN 5 ELSE ${shifted} % 7 + 1 END)`
  if (exceptions.length === 0) return weekdays
  // cum[k]: the exceptions' sum over the first k of them; k for a day is found by halving.
  const cum = [0]
  for (const e of exceptions) cum.push(cum[cum.length - 1]! + e.diff)
  const taken = (i: number, j: number): string => {
    if (i === j) return String(cum[i])
    const mid = Math.floor((i + j + 1) / 2)
    return `CASE WHEN ${day} < ${exceptions[mid - 1]!.day} THEN ${taken(i, mid - 1)} ELSE ${taken(mid, j)} END`
  }
  return `(${weekdays} - ${taken(0, exceptions.length)})`
}
