import { strFromU8, unzipSync } from 'fflate'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Activity } from '@/payload-types'
import { activityStatistics, activityTotals } from '@/modules/activities/statistics'
import { activityFromArticle } from '@/modules/activities/server/from-article'
import { exportActivities, parseExportFilter } from '@/modules/activities/server/export-xlsx'
import { statisticsProviders } from '@/modules'
import { sql } from 'drizzle-orm'
import { dialectOf, execute, dbOf } from '@/modules/activities/server/sql'
import {
  as,
  createOrg,
  expectForbidden,
  messagesOf,
  pdfFile,
  rejectionOf,
  richText,
  type Actor,
  type Org,
} from '../helpers/fixtures'
import { startTestPayload, type TestPayload } from '../helpers/payload'

/** Activity records: rights of every role, the lifecycle, validation, articles, statistics, export. */

let t: TestPayload
let org: Org

beforeAll(async () => {
  t = await startTestPayload('activities')
  org = await createOrg(t.payload, 'activities')
})
afterAll(async () => {
  await t?.close()
})

type Data = Record<string, unknown>
const base = (title: string, data: Data = {}): Data => ({
  title,
  date: '2026-03-10T02:00:00.000Z',
  form: 'direct',
  sessions: 1,
  participants: 120,
  ...data,
})

const create = (actor: Actor, data: Data) =>
  t.payload.create({ collection: 'activities', data: data as never, depth: 0, ...as(org, actor) })
const update = (actor: Actor, id: number, data: Data) =>
  t.payload.update({ collection: 'activities', id, data: data as never, depth: 0, ...as(org, actor) })
const stored = (id: number) => t.payload.findByID({ collection: 'activities', id, depth: 0, overrideAccess: true })
/** A record written as the system, in any status (fixtures). */
const seed = (data: Data) =>
  t.payload.create({ collection: 'activities', data: data as never, depth: 0, overrideAccess: true })

async function rawInsert(unit: number, date: string, participants: number) {
  const d = dialectOf(t.payload)
  const when = d === 'postgres' ? sql`CAST(${date} AS timestamptz)` : sql`${date}`
  const form = d === 'postgres' ? sql`CAST('direct' AS enum_activities_form)` : sql`'direct'`
  const status = d === 'postgres' ? sql`CAST('verified' AS enum_activities_status)` : sql`'verified'`
  await execute(
    t.payload,
    sql`INSERT INTO activities (title, date, form, sessions, participants, unit_id, status)
        VALUES ('Nhập bằng SQL', ${when}, ${form}, 1, ${participants}, ${unit}, ${status})`,
    await dbOf(t.payload),
  )
}

const unitOf = (a: Activity) => (typeof a.unit === 'object' ? a.unit?.id : a.unit)

describe('who may record and read activities', () => {
  it('a contributor records for their own unit only, whatever unit they send', async () => {
    const a = await create('contributor', base('Hội nghị phổ biến Luật Đất đai 2024', { unit: org.unitB.id }))
    expect(unitOf(a)).toBe(org.unitA.id)
    expect(a.status).toBe('draft')
  })

  it('the board records for any unit; viewer and expert cannot record', async () => {
    const a = await create('editor', base('Tập huấn hòa giải viên', { unit: org.unitB.id }))
    expect(unitOf(a)).toBe(org.unitB.id)
    for (const actor of ['admin', 'editor-in-chief'] as const) {
      expect(unitOf(await create(actor, base(`Tọa đàm ${actor}`, { unit: org.unitA.id })))).toBe(org.unitA.id)
    }
    await expectForbidden(create('viewer', base('Không được')))
    await expectForbidden(create('expert', base('Không được')))
    await expectForbidden(create('anonymous', base('Không được')))
  })

  it('a contributor sees only their unit; viewer and the board see all; expert nothing', async () => {
    await seed(base('Hoạt động của xã Mỹ Yên', { unit: org.unitB.id, status: 'verified' }))
    const mine = await t.payload.find({ collection: 'activities', limit: 0, depth: 0, ...as(org, 'contributor') })
    expect(mine.docs.length).toBeGreaterThan(0)
    expect(mine.docs.every((d) => unitOf(d) === org.unitA.id)).toBe(true)
    const all = await t.payload.count({ collection: 'activities', overrideAccess: true })
    for (const actor of ['admin', 'editor-in-chief', 'editor', 'viewer'] as const) {
      expect((await t.payload.count({ collection: 'activities', ...as(org, actor) })).totalDocs).toBe(all.totalDocs)
    }
    await expectForbidden(t.payload.find({ collection: 'activities', ...as(org, 'expert') }))
    await expectForbidden(t.payload.find({ collection: 'activities', ...as(org, 'anonymous') }))
  })

  it('viewer changes nothing; a contributor of another unit cannot touch the record', async () => {
    const a = await create('contributor', base('Tuyên truyền Luật Phòng, chống ma túy'))
    await expectForbidden(update('viewer', a.id, { title: 'Sửa' }))
    await expectForbidden(update('expert', a.id, { title: 'Sửa' }))
    const other = await rejectionOf(
      t.payload.update({
        collection: 'activities',
        id: a.id,
        data: { title: 'Sửa' },
        user: org.contributorB,
        overrideAccess: false,
      }),
    )
    expect([403, 404]).toContain(other.status)
    await expectForbidden(t.payload.delete({ collection: 'activities', id: a.id, ...as(org, 'viewer') }))
  })
})

describe('the lifecycle', () => {
  it('draft → submitted by the unit, then locked for it; verified by the board with stamps', async () => {
    const a = await create('contributor', base('Sân khấu hóa pháp luật về hôn nhân'))
    expect((await update('contributor', a.id, { participants: 150 })).participants).toBe(150)
    const sent = await update('contributor', a.id, { status: 'submitted' })
    expect(sent.status).toBe('submitted')
    const locked = await expectForbidden(update('contributor', a.id, { participants: 10 }))
    expect(locked.message).toMatch(/chờ xác nhận/)
    await expectForbidden(t.payload.delete({ collection: 'activities', id: a.id, ...as(org, 'contributor') }))
    await expectForbidden(update('contributor', a.id, { status: 'verified' }))
    const verified = await update('editor', a.id, { status: 'verified' })
    expect(verified.status).toBe('verified')
    expect(verified.verifiedBy).toBe(org.users.editor.id)
    expect(verified.verifiedAt).toBeTruthy()
    const touched = await expectForbidden(update('contributor', a.id, { title: 'Sửa sau khi xác nhận' }))
    expect(touched.message).toMatch(/đã được xác nhận/)
    const removal = await expectForbidden(
      t.payload.delete({ collection: 'activities', id: a.id, ...as(org, 'contributor') }),
    )
    expect(removal.message).toMatch(/đã được xác nhận/)
    // Illegal moves for the board too.
    const back = await rejectionOf(update('editor', a.id, { status: 'draft' }))
    expect(back.status).toBe(400)
    expect(back.message).toMatch(/Không thể chuyển/)
  })

  it('returning needs a note; the unit corrects and sends again; a draft cannot be verified directly', async () => {
    const a = await create('contributor', base('Ngày Pháp luật 9/11 tại xã'))
    const early = await rejectionOf(update('editor', a.id, { status: 'verified' }))
    expect(early.status).toBe(400)
    await update('contributor', a.id, { status: 'submitted' })
    const noNote = await rejectionOf(update('editor', a.id, { status: 'returned' }))
    expect(noNote.status).toBe(400)
    expect(noNote.message).toMatch(/lý do trả lại/)
    const returned = await update('editor', a.id, { status: 'returned', reviewNote: 'Thiếu danh sách người tham dự.' })
    expect(returned.status).toBe('returned')
    expect(returned.reviewNote).toBe('Thiếu danh sách người tham dự.')
    // The unit cannot rewrite the editor's note, nor verify its own record.
    const fixed = await update('contributor', a.id, { participants: 95, reviewNote: 'Xóa ghi chú' })
    expect(fixed.reviewNote).toBe('Thiếu danh sách người tham dự.')
    await expectForbidden(update('contributor', a.id, { status: 'verified' }))
    expect((await update('contributor', a.id, { status: 'submitted' })).status).toBe('submitted')
    const v = await update('editor-in-chief', a.id, { status: 'verified' })
    expect(v.verifiedBy).toBe(org.users['editor-in-chief'].id)
  })

  it('a contributor deletes a draft; nobody forges the verification stamps', async () => {
    const a = await create('contributor', base('Bản nháp sẽ xóa', { verifiedBy: org.users.admin.id }))
    expect(a.verifiedBy ?? null).toBeNull()
    await t.payload.delete({ collection: 'activities', id: a.id, ...as(org, 'contributor') })
    const created = await rejectionOf(create('contributor', base('Tự xác nhận', { status: 'verified' })))
    expect(created.status).toBe(403)
    const sent = await create('contributor', base('Gửi ngay', { status: 'submitted' }))
    expect(sent.status).toBe('submitted')
    const forged = await update('editor', sent.id, { verifiedAt: '2020-01-01T00:00:00.000Z' })
    expect(forged.verifiedAt ?? null).toBeNull()
  })
})

describe('validation in Vietnamese', () => {
  const invalid = async (data: Data, pattern: RegExp) => {
    const err = await rejectionOf(create('editor', base('Dữ liệu sai', { unit: org.unitA.id, ...data })))
    expect(err.status).toBe(400)
    expect(messagesOf(err)).toMatch(pattern)
  }
  it('rejects bad counts, dates and materials', async () => {
    await invalid({ participants: -5 }, /số nguyên không âm/)
    await invalid({ sessions: 1.5 }, /số nguyên không âm/)
    await invalid({ participants: 1_000_001 }, /không được vượt quá 1\.000\.000/)
    await invalid({ endDate: '2026-03-09T02:00:00.000Z' }, /Ngày kết thúc không được trước ngày tổ chức/)
    const future = new Date(Date.now() + 3 * 86_400_000).toISOString()
    await invalid({ date: future }, /không được ở tương lai/)
    await invalid(
      {
        materials: [
          { kind: 'leaflet', count: 100 },
          { kind: 'leaflet', count: 50 },
        ],
      },
      /Tờ gấp, tờ rơi.*hai lần/,
    )
    await invalid({ materials: [{ kind: 'book', count: -1 }] }, /số nguyên không âm/)
  })

  it('evidence files are checked by content', async () => {
    const fake = Buffer.from('<html><script>alert(1)</script></html>')
    const err = await rejectionOf(
      t.payload.create({
        collection: 'activity-evidence',
        data: { title: 'Biên bản giả' },
        file: { data: fake, mimetype: 'application/pdf', name: 'bien-ban.pdf', size: fake.length },
        ...as(org, 'contributor'),
      }),
    )
    expect(err.status).toBe(400)
    expect(err.message).toMatch(/Chỉ nhận tệp PDF|Định dạng tệp/)
    const pdf = pdfFile('danh-sach.pdf')
    const ok = await t.payload.create({
      collection: 'activity-evidence',
      data: { title: 'Danh sách người tham dự' },
      file: pdf,
      ...as(org, 'contributor'),
    })
    await expectForbidden(t.payload.find({ collection: 'activity-evidence', ...as(org, 'expert') }))
    const seen = await t.payload.find({
      collection: 'activity-evidence',
      user: org.contributorB,
      overrideAccess: false,
    })
    expect(seen.docs.map((d) => d.id)).not.toContain(ok.id)
  })
})

describe('recording a published article as an activity', () => {
  const article = async (title: string, published: boolean, unit = org.unitA.id) => {
    const doc = await t.payload.create({
      collection: 'articles',
      data: {
        title,
        summary: `Tóm tắt: ${title}`,
        body: richText(`Nội dung ${title}`),
        section: org.section.id,
        unit,
        publishedAt: '2026-02-14T01:00:00.000Z',
      } as never,
      depth: 0,
      overrideAccess: true,
      user: org.users.editor,
      context: published
        ? { systemAction: { action: 'publish', byName: 'Kiểm thử' }, disableRevalidate: true }
        : { disableRevalidate: true },
    })
    return doc
  }

  it('creates a pre-filled draft once, then opens it instead of duplicating', async () => {
    const a = await article('Hội thi tìm hiểu pháp luật về hòa giải ở cơ sở', true)
    const first = await activityFromArticle(t.payload, org.users.contributor, a.id)
    expect(first.created).toBe(true)
    const doc = await stored(first.id)
    expect(doc).toMatchObject({
      title: a.title,
      status: 'draft',
      form: 'contest',
      description: `Tóm tắt: ${a.title}`,
      date: '2026-02-14T01:00:00.000Z',
    })
    expect(unitOf(doc)).toBe(org.unitA.id)
    expect(typeof doc.sourceArticle === 'object' ? doc.sourceArticle?.id : doc.sourceArticle).toBe(a.id)
    const again = await activityFromArticle(t.payload, org.users.editor, a.id)
    expect(again).toEqual({ id: first.id, created: false })
    const n = await t.payload.count({
      collection: 'activities',
      where: { sourceArticle: { equals: a.id } },
      overrideAccess: true,
    })
    expect(n.totalDocs).toBe(1)
  })

  it('two simultaneous clicks still make one record', async () => {
    const a = await article('Tọa đàm pháp luật về phòng, chống bạo lực gia đình', true)
    const results = await Promise.all([
      activityFromArticle(t.payload, org.users.editor, a.id),
      activityFromArticle(t.payload, org.users['editor-in-chief'], a.id),
    ])
    expect(new Set(results.map((r) => r.id)).size).toBe(1)
    expect(results.filter((r) => r.created)).toHaveLength(1)
  })

  it('refuses unpublished articles, other units, and users who may not record', async () => {
    const draft = await article('Bài chưa xuất bản', false)
    expect((await rejectionOf(activityFromArticle(t.payload, org.users.editor, draft.id))).status).toBe(400)
    const other = await article('Bài của xã Mỹ Yên', true, org.unitB.id)
    const cross = await rejectionOf(activityFromArticle(t.payload, org.users.contributor, other.id))
    expect(cross.status).toBe(403)
    expect(cross.message).toMatch(/đơn vị khác/)
    expect((await rejectionOf(activityFromArticle(t.payload, org.users.viewer, other.id))).status).toBe(403)
    expect((await rejectionOf(activityFromArticle(t.payload, org.users.expert, other.id))).status).toBe(403)
  })
})

describe('statistics on a known fixture', () => {
  // A separate pair of units so the other tests' records do not count.
  let u1: number
  let u2: number
  let field: number
  let audience: number
  let area: number
  const from = new Date('2025-01-01T00:00:00+07:00')
  const to = new Date('2026-01-01T00:00:00+07:00')

  beforeAll(async () => {
    const mk = (collection: 'legal-fields' | 'audiences' | 'areas', title: string) =>
      t.payload.create({ collection, data: { title } as never, overrideAccess: true })
    u1 = (await t.payload.create({ collection: 'units', data: { title: 'UBND xã Thống Kê', kind: 'commune' } })).id
    u2 = (await t.payload.create({ collection: 'units', data: { title: 'Phòng Thống Kê', kind: 'department' } })).id
    field = (await mk('legal-fields', 'Đất đai thống kê')).id
    audience = (await mk('audiences', 'Nông dân thống kê')).id
    area = (await mk('areas', 'Ấp Thống Kê')).id
    const rec = (
      unit: number,
      date: string,
      status: string,
      form: string,
      sessions: number,
      participants: number,
      extra: Data = {},
    ) => seed({ title: `Thống kê ${date}`, unit, date, status, form, sessions, participants, ...extra })
    await Promise.all([
      // 23:59 on 31/01 in Vietnam: January. 00:30 on 01/02 in Vietnam (17:30 UTC on 31/01): February.
      rec(u1, '2025-01-31T16:59:00.000Z', 'verified', 'direct', 2, 100, {
        cost: 1_500_000,
        fields: [field],
        audiences: [audience],
        areas: [area],
        materials: [
          { kind: 'leaflet', count: 300 },
          { kind: 'book', count: 20 },
        ],
      }),
      rec(u1, '2025-01-31T17:30:00.000Z', 'verified', 'contest', 1, 400, {
        fields: [field],
        materials: [{ kind: 'leaflet', count: 50 }],
      }),
      rec(u2, '2025-06-15T03:00:00.000Z', 'submitted', 'direct', 3, 250, { cost: 500_000, areas: [area] }),
      rec(u2, '2025-07-01T03:00:00.000Z', 'draft', 'direct', 9, 9999),
      rec(u2, '2025-07-02T03:00:00.000Z', 'returned', 'direct', 9, 9999),
      // Just outside the period, on both sides (Vietnam time).
      rec(u1, '2024-12-31T16:59:00.000Z', 'verified', 'direct', 5, 5000),
      rec(u1, '2025-12-31T17:00:00.000Z', 'verified', 'direct', 5, 5000),
    ])
  })

  const query = (scope: 'public' | 'internal', unitIds: number[] | null) => ({ from, to, scope, unitIds })

  it('totals equal the sum of the counted records, per unit and together, per scope', async () => {
    const both = [u1, u2]
    const pub = await activityTotals(t.payload, query('public', both))
    expect(pub).toMatchObject({ count: 2, sessions: 3, participants: 500, cost: 1_500_000, materials: 370 })
    expect(pub.materialsByKind).toMatchObject({ leaflet: 350, book: 20, poster: 0 })
    expect(pub.byForm.direct).toMatchObject({ count: 1, sessions: 2, participants: 100 })
    expect(pub.byForm.contest).toMatchObject({ count: 1, sessions: 1, participants: 400 })
    const internal = await activityTotals(t.payload, query('internal', both))
    expect(internal).toMatchObject({ count: 3, sessions: 6, participants: 750, cost: 2_000_000 })
    const one = await activityTotals(t.payload, query('internal', [u2]))
    expect(one).toMatchObject({ count: 1, sessions: 3, participants: 250 })
    expect((await activityTotals(t.payload, query('internal', []))).count).toBe(0)
    // Province-wide includes these records plus whatever the other tests verified in 2025 (none).
    const province = await activityTotals(t.payload, query('internal', null))
    expect(province.participants).toBe(750)
  })

  it('tables: months in Vietnam time, forms, taxonomies, units, materials, cost; figures keyed by convention', async () => {
    const s = await activityStatistics(t.payload, query('internal', [u1, u2]))
    const table = (key: string) => s.tables.find((x) => x.key === key)!
    const month = table('activities.by-month')
    expect(month.rows).toHaveLength(12)
    expect(month.chart).toBe('line')
    expect(month.rows.find((r) => r.key === '2025-01')!.values).toEqual([2, 100])
    expect(month.rows.find((r) => r.key === '2025-02')!.values).toEqual([1, 400])
    expect(month.rows.find((r) => r.key === '2025-06')!.values).toEqual([3, 250])
    const sum = (rows: { values: number[] }[], i: number) => rows.reduce((n, r) => n + r.values[i]!, 0)
    expect(sum(month.rows, 1)).toBe(750)
    expect(sum(table('activities.by-form').rows, 2)).toBe(750)
    expect(sum(table('activities.by-unit').rows, 2)).toBe(750)
    expect(table('activities.by-unit').rows.map((r) => r.label)).toEqual(['UBND xã Thống Kê', 'Phòng Thống Kê'])
    expect(table('activities.by-field').rows).toEqual([
      { key: String(field), label: 'Đất đai thống kê', values: [2, 3, 500] },
    ])
    expect(table('activities.by-area').rows[0]).toMatchObject({ label: 'Ấp Thống Kê', values: [2, 5, 350] })
    expect(table('activities.by-audience').rows[0]).toMatchObject({ values: [1, 2, 100] })
    expect(table('activities.materials').rows.find((r) => r.key === 'leaflet')!.values).toEqual([350])
    expect(table('activities.cost').rows.find((r) => r.key === 'direct')!.values).toEqual([2_000_000])
    const fig = Object.fromEntries(s.figures.map((f) => [f.key, f.value]))
    expect(fig).toMatchObject({
      'activities.count': 3,
      'activities.sessions': 6,
      'activities.participants': 750,
      'activities.cost': 2_000_000,
      'activities.direct.sessions': 5,
      'activities.direct.participants': 350,
      'activities.contest.sessions': 1,
      'activities.materials': 370,
      'activities.materials.leaflet': 350,
      'activities.materials.book': 20,
    })
  })

  it('province-wide sums (monthly rollups) follow every change, and a bulk SQL load', async () => {
    const province = () => activityTotals(t.payload, query('internal', null))
    const byMonth = async () =>
      (await activityStatistics(t.payload, query('internal', null))).tables.find(
        (x) => x.key === 'activities.by-month',
      )!
    const before = await province()
    const a = await create(
      'contributor',
      base('Loa truyền thanh xã tháng 5', { date: '2025-05-10T02:00:00.000Z', participants: 40, unit: undefined }),
    )
    expect((await province()).participants).toBe(before.participants)
    await update('contributor', a.id, { status: 'submitted' })
    expect((await province()).participants).toBe(before.participants + 40)
    await update('editor', a.id, { status: 'returned', reviewNote: 'Bổ sung ảnh.' })
    expect((await province()).participants).toBe(before.participants)
    await update('contributor', a.id, { status: 'submitted', date: '2025-08-10T02:00:00.000Z' })
    const months = await byMonth()
    expect(months.rows.find((r) => r.key === '2025-08')!.values[1]).toBe(40)
    expect(months.rows.find((r) => r.key === '2025-05')!.values[1]).toBe(0)
    await update('editor', a.id, { status: 'verified' })
    await t.payload.delete({ collection: 'activities', id: a.id, ...as(org, 'admin') })
    expect(await province()).toEqual(before)
    // Records written with SQL behind Payload's back are noticed (the rollups rebuild).
    await rawInsert(u1, '2025-09-09T02:00:00.000Z', 77)
    expect((await province()).participants).toBe(before.participants + 77)
  })

  it('province-wide sums over whole years (yearly rollups) equal the records’ and follow a move across years', async () => {
    const vn = (day: string) => new Date(`${day}T00:00:00+07:00`)
    const ranges = [
      { from: vn('2024-01-01'), to: vn('2026-01-01') }, // two whole years
      { from: vn('2024-03-01'), to: vn('2026-02-01') }, // months, a whole year, a month
      { from: vn('2024-01-01'), to: vn('2025-01-01') },
    ]
    const units = await t.payload.find({ collection: 'units', pagination: false, depth: 0, overrideAccess: true })
    const every = units.docs.map((u) => u.id)
    // The rollups (province-wide) and the records (a list of every unit) give the same sums.
    const agree = async () => {
      for (const range of ranges) {
        const rolled = await activityTotals(t.payload, { ...range, scope: 'internal', unitIds: null })
        const raw = await activityTotals(t.payload, { ...range, scope: 'internal', unitIds: every })
        expect(rolled).toEqual(raw)
      }
    }
    await seed(base('Hội nghị năm trước', { date: '2024-06-10T02:00:00.000Z', status: 'verified', unit: org.unitA.id }))
    const moved = await seed(
      base('Tọa đàm dời ngày', {
        date: '2024-12-31T17:30:00.000Z',
        status: 'submitted',
        participants: 33,
        unit: org.unitB.id,
      }),
    )
    await agree()
    const year = (y: number) =>
      activityTotals(t.payload, { from: vn(`${y}-01-01`), to: vn(`${y + 1}-01-01`), scope: 'internal', unitIds: null })
    const [in2024, in2025] = [(await year(2024)).participants, (await year(2025)).participants]
    // 2024-12-31T17:30Z is already 1 January 2025 in Vietnam; moved back into 2024 it changes both years.
    await t.payload.update({
      collection: 'activities',
      id: moved.id,
      data: { date: '2024-12-20T02:00:00.000Z' },
      overrideAccess: true,
    })
    expect((await year(2024)).participants).toBe(in2024 + 33)
    expect((await year(2025)).participants).toBe(in2025 - 33)
    await agree()
  })

  it('the provider is in the manifest, public, and groups more than 20 units', async () => {
    const provider = statisticsProviders().find((p) => p.key === 'activities')!
    expect(provider.public).toBe(true)
    const ids: number[] = []
    for (let i = 0; i < 22; i++) {
      const u = await t.payload.create({ collection: 'units', data: { title: `Xã số ${i + 1}`, kind: 'commune' } })
      ids.push(u.id)
      await seed({
        title: `Hoạt động xã ${i}`,
        unit: u.id,
        date: '2025-03-03T03:00:00.000Z',
        status: 'verified',
        form: 'direct',
        sessions: i + 1,
        participants: 10,
      })
    }
    const result = await provider.collect(t.payload, { from, to, scope: 'public', unitIds: ids })
    const byUnit = result.tables.find((x) => x.key === 'activities.by-unit')!
    expect(byUnit.rows).toHaveLength(21)
    expect(byUnit.rows[0]!.label).toBe('Xã số 22')
    expect(byUnit.rows[20]!).toMatchObject({ key: 'others', values: [2, 3, 20] })
  })
})

describe('XLSX export of the list', () => {
  const cells = (bytes: Uint8Array) => {
    const files = unzipSync(bytes)
    const strings = [...strFromU8(files['xl/sharedStrings.xml']!).matchAll(/<t[^>]*>([^<]*)<\/t>/g)].map((m) => m[1]!)
    const sheet = strFromU8(files['xl/worksheets/sheet1.xml']!)
    return { strings, sheet }
  }

  it('a contributor exports only their unit; filters apply; bad filters get a Vietnamese 400', async () => {
    await seed(base('Xuất của đơn vị A', { unit: org.unitA.id, status: 'verified' }))
    await seed(base('Xuất của đơn vị B', { unit: org.unitB.id, status: 'verified' }))
    const mine = await exportActivities(t.payload, org.users.contributor, {})
    const { strings } = cells(mine.bytes)
    expect(strings).toContain('Xuất của đơn vị A')
    expect(strings).not.toContain('Xuất của đơn vị B')
    expect(strings).toContain('Đã xác nhận')
    expect((await rejectionOf(exportActivities(t.payload, org.users.contributor, { unit: org.unitB.id }))).status).toBe(
      403,
    )
    expect((await rejectionOf(exportActivities(t.payload, org.users.expert, {}))).status).toBe(403)
    const all = await exportActivities(
      t.payload,
      org.users.viewer,
      parseExportFilter(new URLSearchParams({ 'don-vi': String(org.unitB.id), 'tinh-trang': 'verified' })),
    )
    const b = cells(all.bytes).strings
    expect(b).toContain('Xuất của đơn vị B')
    expect(b).not.toContain('Xuất của đơn vị A')
    expect(b).toContain('DANH SÁCH HOẠT ĐỘNG PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT')
    expect(() => parseExportFilter(new URLSearchParams({ 'tu-ngay': '31/01/2026' }))).toThrow(/năm-tháng-ngày/)
    expect(() => parseExportFilter(new URLSearchParams({ 'tinh-trang': 'xoa' }))).toThrow(/không hợp lệ/)
  })
})
