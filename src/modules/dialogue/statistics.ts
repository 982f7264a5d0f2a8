import type { StatisticsProvider, StatsTable } from '@/modules/statistics/types'
import { monthRows } from '@/modules/statistics/months'
import { num, statsDb } from '@/modules/statistics/server/sql'
import { DECISIONS } from './constants'

const TOP = 10

/**
 * Policy–law dialogue (issue 5 §4): dialogues opened in the period and comments received, by
 * month and by dialogue. The public page counts published comments on published dialogues; the
 * dashboards count every comment received and how the organisers decided on them. A unit's
 * figures are those of the dialogues it organises.
 */
export const dialogueStatistics: StatisticsProvider = {
  key: 'dialogue',
  title: 'Đối thoại, lấy ý kiến về chính sách, pháp luật',
  order: 60,
  public: true,
  sources: ['dialogues', 'dialogue-comments'],
  async collect(payload, query) {
    const db = statsDb(payload)
    const from = query.from.toISOString()
    const to = query.to.toISOString()
    const isPublic = query.scope === 'public'
    const units = query.unitIds === null ? null : db.inList('d.unit_id', query.unitIds)
    const unitSql = units ? ` AND ${units.sql}` : ''
    const unitParams = units?.params ?? []
    const comments =
      `dialogue_comments c JOIN dialogues d ON d.id = c.dialogue_id
       WHERE c.created_at >= ? AND c.created_at < ?` +
      (isPublic ? ` AND c.status = 'da-dang' AND d.workflow_state = 'published'` : '') +
      unitSql
    const params = [from, to, ...unitParams]

    const [opened, monthly, byDialogue, byDecision] = await Promise.all([
      db.rows(
        `SELECT COUNT(*) AS c FROM dialogues d
         WHERE d.workflow_state = 'published' AND d.opens_at >= ? AND d.opens_at < ?${unitSql}`,
        params,
      ),
      db.rows(`SELECT ${db.month('c.created_at')} AS m, COUNT(*) AS c FROM ${comments} GROUP BY 1`, params),
      db.rows(
        `SELECT d.id AS id, d.title AS title, COUNT(*) AS c FROM ${comments}
         GROUP BY d.id, d.title ORDER BY c DESC, d.title`,
        params,
      ),
      isPublic
        ? Promise.resolve([])
        : db.rows(`SELECT c.decision AS k, COUNT(*) AS c FROM ${comments} GROUP BY c.decision`, params),
    ])

    const { rows: months, byMonth } = monthRows(query.from, query.to, 1)
    let total = 0
    for (const r of monthly) {
      const v = byMonth.get(String(r.m))
      if (v) v[0] = num(r.c)
      total += num(r.c)
    }
    const column = [{ key: 'comments', label: 'Số ý kiến', measure: 'ý kiến' }]
    const top = byDialogue.slice(0, TOP).map((r) => ({ key: String(r.id), label: String(r.title), values: [num(r.c)] }))
    const rest = byDialogue.slice(TOP).reduce((sum, r) => sum + num(r.c), 0)
    if (rest > 0) top.push({ key: 'other', label: `Các cuộc khác (${byDialogue.length - TOP})`, values: [rest] })
    const tables: StatsTable[] = [
      {
        key: 'dialogue.by-month',
        title: 'Ý kiến góp ý theo tháng',
        dimension: 'Tháng',
        columns: column,
        rows: months,
        chart: 'line',
      },
      {
        key: 'dialogue.by-dialogue',
        title: 'Ý kiến theo cuộc đối thoại, lấy ý kiến',
        dimension: 'Cuộc đối thoại, lấy ý kiến',
        columns: column,
        rows: top,
        chart: 'bar',
      },
    ]
    if (!isPublic) {
      const count = (k: string | null) => num(byDecision.find((r) => (r.k ?? null) === k)?.c)
      tables.push({
        key: 'dialogue.by-decision',
        title: 'Ý kiến theo kết quả tiếp thu, giải trình',
        dimension: 'Kết quả',
        columns: column,
        rows: [
          ...DECISIONS.map((d) => ({ key: d.value, label: d.label, values: [count(d.value)] })),
          { key: 'none', label: 'Chưa có kết quả', values: [count(null)] },
        ],
        chart: 'bar',
      })
    }
    return {
      figures: [
        {
          key: 'dialogue.dialogues',
          label: 'Cuộc đối thoại, lấy ý kiến đã mở',
          value: num(opened[0]?.c),
          measure: 'cuộc',
        },
        { key: 'dialogue.comments', label: 'Ý kiến góp ý đã nhận', value: total, measure: 'ý kiến' },
      ],
      tables,
    }
  },
}
