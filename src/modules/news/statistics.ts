import type { StatisticsProvider, StatsTable } from '@/modules/statistics/types'
import { monthRows } from '@/modules/statistics/months'
import { num, statsDb } from '@/modules/statistics/server/sql'

const TOP = 10

/**
 * Articles published in the period (issue 5 §4: "articles published per unit"): the count, by
 * month, by section and by unit. Only published articles count, so the figures are the same for
 * the public page and the dashboards.
 */
export const newsStatistics: StatisticsProvider = {
  key: 'news',
  title: 'Tin, bài đã đăng',
  order: 40,
  public: true,
  sources: ['articles'],
  async collect(payload, query) {
    const db = statsDb(payload)
    const units = query.unitIds === null ? null : db.inList('a.unit_id', query.unitIds)
    const where = `a.workflow_state = 'published' AND a.published_at >= ? AND a.published_at < ?${units ? ` AND ${units.sql}` : ''}`
    const params = [query.from.toISOString(), query.to.toISOString(), ...(units?.params ?? [])]
    const [monthly, sections, byUnit] = await Promise.all([
      db.rows(
        `SELECT ${db.month('a.published_at')} AS m, COUNT(*) AS c FROM articles a WHERE ${where} GROUP BY 1`,
        params,
      ),
      db.rows(
        `SELECT s.id AS id, s.title AS title, COUNT(*) AS c FROM articles a JOIN sections s ON s.id = a.section_id
         WHERE ${where} GROUP BY s.id, s.title ORDER BY c DESC, s.title`,
        params,
      ),
      db.rows(
        `SELECT u.id AS id, u.title AS title, COUNT(*) AS c FROM articles a JOIN units u ON u.id = a.unit_id
         WHERE ${where} GROUP BY u.id, u.title ORDER BY c DESC, u.title`,
        params,
      ),
    ])
    const { rows: monthRowsList, byMonth } = monthRows(query.from, query.to, 1)
    let total = 0
    for (const r of monthly) {
      const values = byMonth.get(String(r.m))
      if (values) values[0] = num(r.c)
      total += num(r.c)
    }
    const column = [{ key: 'articles', label: 'Số bài viết', measure: 'bài' }]
    const tables: StatsTable[] = [
      {
        key: 'news.by-month',
        title: 'Bài viết đăng theo tháng',
        dimension: 'Tháng',
        columns: column,
        rows: monthRowsList,
        chart: 'line',
      },
      topTable('news.by-section', 'Bài viết theo chuyên mục', 'Chuyên mục', sections, column),
      topTable('news.by-unit', 'Bài viết theo đơn vị (nhiều nhất)', 'Đơn vị', byUnit, column),
    ]
    return {
      figures: [{ key: 'news.articles', label: 'Bài viết đã đăng', value: total, measure: 'bài' }],
      tables,
    }
  },
}

function topTable(
  key: string,
  title: string,
  dimension: string,
  rows: Record<string, unknown>[],
  columns: StatsTable['columns'],
): StatsTable {
  const top = rows.slice(0, TOP).map((r) => ({ key: String(r.id), label: String(r.title), values: [num(r.c)] }))
  const rest = rows.slice(TOP).reduce((sum, r) => sum + num(r.c), 0)
  if (rest > 0)
    top.push({ key: 'other', label: `Các ${dimension.toLowerCase()} khác (${rows.length - TOP})`, values: [rest] })
  return { key, title, dimension, columns, rows: top, chart: 'bar' }
}
