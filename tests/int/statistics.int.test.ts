import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Unit } from '@/payload-types'
import { buildStatsQuery, collectStatistics, figureMap, resolveUnitScope } from '@/modules/statistics/server/collect'
import { clearStatsCache } from '@/modules/statistics/server/cache'
import { parseStatsParams } from '@/modules/statistics/params'
import type { StatsScope, StatsSection } from '@/modules/statistics/types'
import { workingDaysBetween } from '@/shared/calendar/working-days'
import { workingDayRank } from '@/modules/qa/statistics'
import { statsDb } from '@/modules/statistics/server/sql'
import { richText } from '../helpers/fixtures'
import { startTestPayload, type TestPayload } from '../helpers/payload'

/**
 * Aggregation correctness on a known fixture (issue 5, "tests that must exist"): the totals of the
 * news, Q&A and dialogue providers equal the records, per unit (with its sub-units) and
 * province-wide, public and internal, and every table adds up to its figure.
 */

let t: TestPayload
let parent: Unit
let child: Unit
let other: Unit
const vn = (local: string) => new Date(`${local}+07:00`).toISOString()

beforeAll(async () => {
  t = await startTestPayload('statistics')
  const p = t.payload
  parent = await p.create({ collection: 'units', data: { title: 'Sở Tư pháp thống kê', kind: 'department' } })
  child = await p.create({
    collection: 'units',
    data: { title: 'Phòng Phổ biến thống kê', kind: 'agency', parent: parent.id },
  })
  other = await p.create({ collection: 'units', data: { title: 'UBND xã Thống Kê', kind: 'commune' } })
  await seedArticles(p)
  await seedQuestions(p)
  await seedDialogues(p)
})
afterAll(async () => {
  await t?.close()
})

async function seedArticles(p: Payload) {
  const s1 = await p.create({ collection: 'sections', data: { title: 'Tin hoạt động' } })
  const s2 = await p.create({ collection: 'sections', data: { title: 'Hỏi đáp chính sách' } })
  const publish = { disableRevalidate: true, disableNotifications: true, disableSearchIndex: true }
  let n = 0
  const article = async (unit: Unit, section: number, publishedAt: string | null) => {
    n += 1
    await p.create({
      collection: 'articles',
      data: {
        title: `Bài thống kê ${n}`,
        body: richText('Nội dung'),
        section,
        unit: unit.id,
        ...(publishedAt ? { publishedAt } : {}),
      },
      overrideAccess: true,
      context: { ...publish, systemAction: { action: publishedAt ? 'publish' : 'save', byName: 'Kiểm thử' } },
    })
  }
  await article(parent, s1.id, vn('2025-03-10T08:00:00'))
  await article(parent, s1.id, vn('2025-03-20T08:00:00'))
  await article(child, s2.id, vn('2025-07-01T08:00:00'))
  await article(child, s2.id, vn('2025-07-02T08:00:00'))
  await article(child, s1.id, vn('2025-12-31T23:30:00')) // still 2025 in Vietnam
  await article(other, s1.id, vn('2025-03-01T00:10:00'))
  await article(parent, s1.id, null) // a draft
  await article(parent, s1.id, vn('2024-12-31T23:00:00')) // the year before
}

let fieldA: number
let fieldB: number
const answered: { received: string; answered: string; published: boolean; unit: () => Unit }[] = []

async function seedQuestions(p: Payload) {
  fieldA = (await p.create({ collection: 'legal-fields', data: { title: 'Đất đai thống kê' } })).id
  fieldB = (await p.create({ collection: 'legal-fields', data: { title: 'Hôn nhân thống kê' } })).id
  let n = 0
  const question = async (data: Record<string, unknown>) => {
    n += 1
    await p.db.create({
      collection: 'questions',
      data: { title: `Câu hỏi thống kê ${n}`, body: 'Nội dung câu hỏi', slug: `cau-hoi-thong-ke-${n}`, ...data },
    })
  }
  const q1 = {
    received: vn('2025-02-03T09:00:00'),
    answered: vn('2025-02-10T09:00:00'),
    published: true,
    unit: () => parent,
  }
  const q2 = {
    received: vn('2025-03-03T09:00:00'),
    answered: vn('2025-03-10T15:00:00'),
    published: false,
    unit: () => child,
  }
  const q5 = {
    received: vn('2024-11-01T09:00:00'),
    answered: vn('2025-01-06T09:00:00'),
    published: true,
    unit: () => other,
  }
  answered.push(q1, q2, q5)
  await question({
    status: 'published',
    receivedAt: q1.received,
    answeredAt: q1.answered,
    publishedAt: vn('2025-02-12T09:00:00'),
    dueDate: vn('2025-02-24T17:00:00'),
    field: fieldA,
    assignedUnit: parent.id,
  })
  await question({
    status: 'answered',
    receivedAt: q2.received,
    answeredAt: q2.answered,
    dueDate: vn('2025-03-24T17:00:00'),
    field: fieldB,
    assignedUnit: child.id,
  })
  // open and overdue at the end of 2025
  await question({
    status: 'assigned',
    receivedAt: vn('2025-04-01T09:00:00'),
    dueDate: vn('2025-04-22T17:00:00'),
    field: fieldA,
    assignedUnit: child.id,
  })
  await question({ status: 'new', receivedAt: vn('2025-05-05T09:00:00') })
  await question({
    status: 'published',
    receivedAt: q5.received,
    answeredAt: q5.answered,
    publishedAt: vn('2025-01-07T09:00:00'),
    dueDate: vn('2024-11-22T17:00:00'),
    field: fieldB,
    answeringUnit: other.id,
  })
  // rejected: received, never overdue
  await question({
    status: 'rejected',
    receivedAt: vn('2025-06-02T09:00:00'),
    dueDate: vn('2025-06-10T17:00:00'),
    field: fieldA,
  })
  // received in 2026: outside the period
  await question({ status: 'new', receivedAt: vn('2026-01-02T09:00:00'), field: fieldA, assignedUnit: parent.id })
}

async function seedDialogues(p: Payload) {
  const dialogue = async (title: string, unit: Unit, opensAt: string, workflowState: string) =>
    (
      await p.db.create({
        collection: 'dialogues',
        data: {
          title,
          slug: title.toLowerCase().replace(/\s+/g, '-'),
          kind: 'lay-y-kien',
          opensAt,
          closesAt: vn('2026-06-01T00:00:00'),
          workflowState,
          unit: unit.id,
        },
      })
    ).id as number
  const d1 = await dialogue('Du thao mot', parent, vn('2025-03-01T08:00:00'), 'published')
  const d2 = await dialogue('Du thao hai', other, vn('2024-12-01T08:00:00'), 'published')
  await dialogue('Du thao nhap', parent, vn('2025-05-01T08:00:00'), 'draft')
  let n = 0
  const comment = async (d: number, unit: Unit, status: string, createdAt: string, decision?: string) => {
    n += 1
    await p.db.create({
      collection: 'dialogue-comments',
      data: {
        dialogue: d,
        body: `Ý kiến ${n}`,
        authorName: 'Người góp ý',
        status,
        unit: unit.id,
        createdAt,
        ...(decision ? { decision } : {}),
      },
    })
  }
  await comment(d1, parent, 'da-dang', vn('2025-03-05T08:00:00'), 'tiep-thu')
  await comment(d1, parent, 'da-dang', vn('2025-03-05T09:00:00'), 'giai-trinh')
  await comment(d1, parent, 'da-dang', vn('2025-04-05T09:00:00'))
  await comment(d1, parent, 'cho-duyet', vn('2025-03-06T08:00:00'))
  await comment(d1, parent, 'tu-choi', vn('2025-03-07T08:00:00'))
  await comment(d2, other, 'da-dang', vn('2024-12-10T08:00:00'))
  await comment(d2, other, 'da-dang', vn('2024-12-11T08:00:00'))
  await comment(d2, other, 'da-dang', vn('2025-01-05T08:00:00'))
}

const YEAR_2025 = (() => {
  const r = parseStatsParams(new URLSearchParams('ky=ca-nam&nam=2025'))
  if (!r.ok) throw new Error(r.message)
  return r.params
})()

async function stats(scope: StatsScope, unit: Unit | null, publicOnly = false): Promise<StatsSection[]> {
  const query = await buildStatsQuery(t.payload, { ...YEAR_2025, unitId: unit?.id ?? null }, scope)
  return collectStatistics(t.payload, query, { publicOnly, cache: false })
}
const fig = (sections: StatsSection[], key: string) => figureMap(sections).get(key)
const table = (sections: StatsSection[], key: string) => sections.flatMap((s) => s.tables).find((x) => x.key === key)
const column = (sections: StatsSection[], key: string, i = 0) =>
  (table(sections, key)?.rows ?? []).reduce((sum, r) => sum + (r.values[i] ?? 0), 0)

describe('unit scope', () => {
  it('is a unit with every unit under it', async () => {
    const scope = await resolveUnitScope(t.payload, parent.id)
    expect(scope?.unitIds.map(String).sort()).toEqual([String(parent.id), String(child.id)].sort())
    expect((await resolveUnitScope(t.payload, child.id))?.unitIds).toEqual([child.id])
    expect(await resolveUnitScope(t.payload, null)).toBeNull()
  })
  it('refuses an unknown unit with a Vietnamese 400', async () => {
    await expect(resolveUnitScope(t.payload, 987654)).rejects.toMatchObject({
      status: 400,
      message: 'Không tìm thấy đơn vị đã chọn.',
    })
  })
})

describe('articles published', () => {
  it('counts published articles of the period province-wide, by month, section and unit', async () => {
    const s = await stats('internal', null)
    expect(fig(s, 'news.articles')).toBe(6)
    expect(column(s, 'news.by-month')).toBe(6)
    expect(table(s, 'news.by-month')?.rows).toHaveLength(12)
    expect(table(s, 'news.by-month')?.rows.find((r) => r.key === '2025-03')?.values).toEqual([3])
    expect(table(s, 'news.by-month')?.rows.find((r) => r.key === '2025-12')?.values).toEqual([1])
    expect(column(s, 'news.by-section')).toBe(6)
    const byUnit = Object.fromEntries((table(s, 'news.by-unit')?.rows ?? []).map((r) => [r.label, r.values[0]]))
    expect(byUnit).toEqual({ [child.title]: 3, [parent.title]: 2, [other.title]: 1 })
  })
  it('counts a unit together with its sub-units', async () => {
    expect(fig(await stats('internal', parent), 'news.articles')).toBe(5)
    expect(fig(await stats('internal', child), 'news.articles')).toBe(3)
    expect(fig(await stats('public', other), 'news.articles')).toBe(1)
  })
})

describe('questions', () => {
  const avg = (list: typeof answered) =>
    Math.round(
      (list.reduce((sum, q) => sum + workingDaysBetween(new Date(q.received), new Date(q.answered)), 0) / list.length) *
        10,
    ) / 10

  it('counts received, answered, overdue and the average answer time for the board', async () => {
    const s = await stats('internal', null)
    expect(fig(s, 'qa.received')).toBe(5)
    expect(fig(s, 'qa.answered')).toBe(3)
    expect(fig(s, 'qa.overdue')).toBe(1)
    expect(fig(s, 'qa.avg-answer-days')).toBe(avg(answered))
    expect(column(s, 'qa.by-month', 0)).toBe(5)
    expect(column(s, 'qa.by-month', 1)).toBe(3)
    const byField = Object.fromEntries((table(s, 'qa.by-field')?.rows ?? []).map((r) => [r.key, r.values]))
    expect(byField).toEqual({ [String(fieldA)]: [3, 1], [String(fieldB)]: [1, 2] })
  })
  it('counts only published answers on the public page', async () => {
    const s = await stats('public', null, true)
    expect(fig(s, 'qa.received')).toBe(5)
    expect(fig(s, 'qa.answered')).toBe(2)
    expect(fig(s, 'qa.avg-answer-days')).toBe(avg(answered.filter((q) => q.published)))
  })
  it('counts answer times with the working calendar of the site settings as it is now', async () => {
    // The working days of each year are computed once per calendar and kept: a day the government
    // moves (here an extra day off inside q1's wait, and one in q5's, across the new year) must
    // still count at once, and moving it back restores the first figures.
    const before = fig(await stats('internal', null), 'qa.avg-answer-days')
    const dayOff = (date: string) => ({ date, note: 'Nghỉ bù (kiểm thử thống kê)' })
    await t.payload.updateGlobal({
      slug: 'site-settings',
      data: { extraDaysOff: [dayOff('05/02/2025'), dayOff('02/01/2025')] },
      overrideAccess: true,
      context: { disableRevalidate: true },
    })
    try {
      const calendar = { extraDaysOff: ['2025-02-05', '2025-01-02'] }
      const expected =
        Math.round(
          (answered.reduce(
            (sum, q) => sum + workingDaysBetween(new Date(q.received), new Date(q.answered), calendar),
            0,
          ) /
            answered.length) *
            10,
        ) / 10
      expect(expected).toBeLessThan(before!)
      expect(fig(await stats('internal', null), 'qa.avg-answer-days')).toBe(expected)
    } finally {
      await t.payload.updateGlobal({
        slug: 'site-settings',
        data: { extraDaysOff: [] },
        overrideAccess: true,
        context: { disableRevalidate: true },
      })
    }
    expect(fig(await stats('internal', null), 'qa.avg-answer-days')).toBe(before)
  })
  it('counts working days in SQL exactly as workingDaysBetween does, across years, Tết and moved days', async () => {
    const DAY = 86_400_000
    const lo = new Date(`2023-12-20T00:00:00+07:00`)
    const hi = new Date(`2027-02-20T00:00:00+07:00`)
    const dayOf = (d: Date) => Math.floor((d.getTime() + 7 * 3_600_000) / DAY)
    const calendar = { extraDaysOff: ['2025-02-05', '2026-04-27'], extraWorkingDays: ['2026-04-25'] }
    // Deterministic pairs over the span, a few of them on exceptions and on the same day.
    const pairs: [number, number][] = [
      [dayOf(lo), dayOf(hi)],
      [dayOf(new Date('2025-02-04T10:00:00+07:00')), dayOf(new Date('2025-02-05T10:00:00+07:00'))],
      [dayOf(new Date('2026-04-24T10:00:00+07:00')), dayOf(new Date('2026-04-28T10:00:00+07:00'))],
      [dayOf(new Date('2026-02-13T10:00:00+07:00')), dayOf(new Date('2026-02-23T10:00:00+07:00'))],
      [dayOf(hi), dayOf(hi)],
    ]
    let seed = 5
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648
    const spanDays = dayOf(hi) - dayOf(lo)
    while (pairs.length < 120) {
      const r = dayOf(lo) + Math.floor(next() * spanDays)
      pairs.push([r, Math.min(dayOf(hi), r + Math.floor(next() * 90))])
    }
    const db = statsDb(t.payload)
    const rows = await db.rows(
      `SELECT x.r AS r, x.a AS a, ${workingDayRank('x.a', lo, hi, calendar)} - ${workingDayRank('x.r', lo, hi, calendar)} AS d
       FROM (${pairs.map(([r, a]) => `SELECT ${r} AS r, ${a} AS a`).join(' UNION ALL ')}) x`,
    )
    expect(rows).toHaveLength(pairs.length)
    for (const row of rows) {
      const r = new Date(Number(row.r) * DAY + 5 * 3_600_000) // noon in Vietnam of that day
      const a = new Date(Number(row.a) * DAY + 5 * 3_600_000)
      expect([Number(row.r), Number(row.a), Number(row.d)]).toEqual([
        Number(row.r),
        Number(row.a),
        workingDaysBetween(r, a, calendar),
      ])
    }
  })
  it('counts the questions assigned to or answered by a unit and its sub-units', async () => {
    const s = await stats('internal', parent)
    expect(fig(s, 'qa.received')).toBe(3)
    expect(fig(s, 'qa.answered')).toBe(2)
    expect(fig(s, 'qa.overdue')).toBe(1)
    expect(fig(await stats('internal', other), 'qa.answered')).toBe(1)
  })
})

describe('dialogues', () => {
  it('counts every comment received for the board and published ones for the public', async () => {
    const internal = await stats('internal', null)
    expect(fig(internal, 'dialogue.dialogues')).toBe(1)
    expect(fig(internal, 'dialogue.comments')).toBe(6)
    expect(column(internal, 'dialogue.by-month')).toBe(6)
    expect(column(internal, 'dialogue.by-dialogue')).toBe(6)
    expect(column(internal, 'dialogue.by-decision')).toBe(6)
    const pub = await stats('public', null, true)
    expect(fig(pub, 'dialogue.comments')).toBe(4)
    expect(table(pub, 'dialogue.by-decision')).toBeUndefined()
  })
  it('counts the dialogues a unit organises', async () => {
    expect(fig(await stats('internal', parent), 'dialogue.comments')).toBe(5)
    expect(fig(await stats('public', parent), 'dialogue.comments')).toBe(3)
    expect(fig(await stats('internal', other), 'dialogue.comments')).toBe(1)
  })
})

describe('the collection of sections', () => {
  it('gives the public page only public providers, in order, with public figures', async () => {
    const s = await stats('internal', null, true)
    expect(s.every((x) => x.public)).toBe(true)
    expect(s.map((x) => x.order)).toEqual([...s.map((x) => x.order)].sort((a, b) => a - b))
    expect(s.map((x) => x.key)).toEqual(expect.arrayContaining(['news', 'qa', 'dialogue']))
  })
  it('serves a cached result until a source collection changes', async () => {
    clearStatsCache()
    const query = await buildStatsQuery(t.payload, { ...YEAR_2025, unitId: other.id }, 'internal')
    const first = figureMap(await collectStatistics(t.payload, query)).get('news.articles')
    const section = (await t.payload.find({ collection: 'sections', limit: 1 })).docs[0]!
    await t.payload.create({
      collection: 'articles',
      data: {
        title: 'Bài thêm sau',
        body: richText('x'),
        section: section.id,
        unit: other.id,
        publishedAt: vn('2025-08-01T08:00:00'),
      },
      overrideAccess: true,
      context: {
        disableRevalidate: true,
        disableSearchIndex: true,
        systemAction: { action: 'publish', byName: 'Kiểm thử' },
      },
    })
    const second = figureMap(await collectStatistics(t.payload, query)).get('news.articles')
    expect(second).toBe((first ?? 0) + 1)
  })
})
