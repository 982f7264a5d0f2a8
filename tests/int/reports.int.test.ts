import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ReportPeriod, Unit, UnitReport, User } from '@/payload-types'
import { statisticsProviders } from '@/modules'
import { statusXlsx, valuesXlsx } from '@/modules/reports/export/xlsx'
import { periodRange } from '@/modules/reports/period-range'
import { reportsXlsxResponse } from '@/modules/reports/server/export-response'
import { periodStatus, type PeriodForStatus } from '@/modules/reports/server/period-status'
import { loadUnits, withSubUnits } from '@/modules/reports/server/units'
import { reportsStatistics } from '@/modules/reports/statistics'
import { templateIndicators } from '@/modules/reports/template'
import { readXlsx } from '@/shared/xlsx/read'
import { as, createOrg, createUser, type Actor, type Org } from '../helpers/fixtures'
import { startTestPayload, type TestPayload } from '../helpers/payload'

/** Periodic reports: the template, pre-filled values, validation, the lifecycle and who has reported. */

let t: TestPayload
let org: Org
let sub: Unit
let period: ReportPeriod
let contributorSub: User

const H1 = { from: '2026-01-01T00:00:00.000Z', to: '2026-06-30T00:00:00.000Z', deadline: '2026-07-10T00:00:00.000Z' }
const ON_TIME = { reportsNow: '2026-07-05T03:00:00.000Z' }

beforeAll(async () => {
  t = await startTestPayload('reports')
  org = await createOrg(t.payload, 'reports')
  sub = await t.payload.create({
    collection: 'units',
    data: { title: 'Phòng Phổ biến pháp luật (trực thuộc)', kind: 'agency', parent: org.unitA.id },
  })
  contributorSub = await createUser(t.payload, 'contributor-sub-reports', 'contributor', sub.id)
  period = await t.payload.create({
    collection: 'report-periods',
    data: { title: 'Báo cáo 6 tháng đầu năm 2026', kind: 'semiannual', ...H1, useTemplate: true } as never,
    ...as(org, 'editor'),
  })
  await seedRecords()
}, 120_000)

afterAll(async () => {
  await t?.close()
})

/** Activities and registry members of unit A (and its sub-unit) in and around the period, written as the system. */
async function seedRecords() {
  const activity = (unit: number, date: string, form: string, sessions: number, participants: number, status: string) =>
    t.payload.create({
      collection: 'activities',
      data: {
        title: `Hoạt động ${form} ${date}`,
        date,
        form,
        sessions,
        participants,
        cost: 1_000_000,
        materials: [{ kind: 'leaflet', count: 200 }],
        unit,
        status,
      } as never,
      depth: 0,
    })
  await activity(org.unitA.id, '2026-03-10T02:00:00.000Z', 'direct', 2, 120, 'submitted')
  await activity(org.unitA.id, '2026-04-15T02:00:00.000Z', 'direct', 1, 80, 'verified')
  await activity(sub.id, '2026-05-20T02:00:00.000Z', 'direct', 3, 150, 'submitted')
  await activity(org.unitA.id, '2026-05-21T02:00:00.000Z', 'consulting', 4, 40, 'submitted')
  // Not counted: a draft, a record of another unit, a record after the period.
  await activity(org.unitA.id, '2026-05-22T02:00:00.000Z', 'direct', 9, 900, 'draft')
  await activity(org.unitB.id, '2026-05-22T02:00:00.000Z', 'direct', 7, 700, 'submitted')
  await activity(org.unitA.id, '2026-07-02T02:00:00.000Z', 'direct', 5, 500, 'submitted')
  const member = (name: string, kind: string, level: string, unit: number, recognised: string) =>
    t.payload.create({
      collection: 'registry-members',
      data: {
        fullName: name,
        kind,
        level,
        unit,
        status: 'active',
        recognition: {
          number: `${Math.floor(Math.random() * 900) + 100}/QĐ-UBND`,
          date: recognised,
          issuer: 'UBND tỉnh',
        },
      } as never,
      depth: 0,
    })
  await member('Nguyễn Văn An', 'reporter', 'province', org.unitA.id, '2025-03-01T00:00:00.000Z')
  await member('Trần Thị Bình', 'reporter', 'province', org.unitA.id, '2026-02-10T00:00:00.000Z')
  await member('Lê Văn Cường', 'propagandist', 'commune', sub.id, '2026-04-01T00:00:00.000Z')
}

const create = (actor: Actor, data: Record<string, unknown>, context?: Record<string, unknown>) =>
  t.payload.create({ collection: 'unit-reports', data: data as never, depth: 0, ...as(org, actor), context })
const act = (actor: Actor, id: number, data: Record<string, unknown>, context?: Record<string, unknown>) =>
  t.payload.update({ collection: 'unit-reports', id, data: data as never, depth: 0, ...as(org, actor), context })

describe('report periods', () => {
  it('fills the indicators from the built-in template', () => {
    const keys = (period.indicators ?? []).map((i) => i.key)
    expect(keys).toEqual(templateIndicators().map((i) => i.key))
    const direct = period.indicators?.find((i) => i.key === 'direct.sessions')
    expect(direct?.prefill).toBe('activities.direct.sessions')
    expect(period.indicators?.find((i) => i.key === 'highlights')?.type).toBe('text')
    expect(period.indicators?.some((i) => i.type === 'attachment')).toBe(true)
  })

  it('rejects duplicate keys and choices without options, naming the indicator', async () => {
    const base = { title: 'Kỳ thử', kind: 'ad-hoc', ...H1 }
    await expect(
      t.payload.create({
        collection: 'report-periods',
        data: {
          ...base,
          indicators: [
            { key: 'a', type: 'number', label: 'Số cuộc' },
            { key: 'a', type: 'number', label: 'Số người' },
          ],
        } as never,
        ...as(org, 'editor'),
      }),
    ).rejects.toThrow(/“a” bị trùng/)
    await expect(
      t.payload.create({
        collection: 'report-periods',
        data: { ...base, indicators: [{ key: 'muc-do', type: 'choice', label: 'Mức độ', options: 'Tốt' }] } as never,
        ...as(org, 'editor'),
      }),
    ).rejects.toThrow(/“Mức độ”.*ít nhất hai lựa chọn/)
    await expect(
      t.payload.create({
        collection: 'report-periods',
        data: { ...base, to: '2025-12-01T00:00:00.000Z' } as never,
        ...as(org, 'editor'),
      }),
    ).rejects.toThrow()
  })

  it('only the editorial board defines periods; experts cannot read them', async () => {
    for (const actor of ['contributor', 'viewer', 'expert'] as const) {
      await expect(
        t.payload.create({
          collection: 'report-periods',
          data: { title: 'Kỳ trái phép', kind: 'ad-hoc', ...H1 } as never,
          ...as(org, actor),
        }),
      ).rejects.toMatchObject({ status: 403 })
    }
    const seen = await t.payload.find({ collection: 'report-periods', ...as(org, 'expert') }).catch((e) => e)
    expect(seen).toMatchObject({ status: 403 })
  })
})

describe('a unit report', () => {
  let report: UnitReport

  it('is pre-filled from the statistics providers for the unit and its sub-units', async () => {
    report = await create('contributor', { period: period.id, unit: org.unitA.id })
    const values = report.values as Record<string, number | null>
    // Submitted and verified records of unit A and its sub-unit, in the period; not the draft, unit B or July.
    expect(values['direct.sessions']).toBe(2 + 1 + 3)
    expect(values['direct.participants']).toBe(120 + 80 + 150)
    expect(values['consulting.sessions']).toBe(4)
    expect(values['materials']).toBe(800)
    expect(values['materials.leaflet']).toBe(800)
    expect(values['cost']).toBe(4_000_000)
    expect(values['reporter.province.active']).toBe(2)
    expect(values['reporter.recognised']).toBe(1)
    expect(values['propagandist.recognised']).toBe(1)
    expect(values['highlights']).toBeNull()
    // The same figures the providers give for the same query.
    const units = await loadUnits(t.payload)
    const query = { ...periodRange(period), unitIds: withSubUnits(units, org.unitA.id), scope: 'internal' as const }
    const figures = new Map<string, number>()
    for (const p of statisticsProviders().filter((p) => p.key !== 'reports')) {
      for (const f of (await p.collect(t.payload, query)).figures) figures.set(f.key, f.value)
    }
    for (const indicator of period.indicators ?? []) {
      if (indicator.prefill) expect(values[indicator.key], indicator.key).toBe(figures.get(indicator.prefill) ?? null)
    }
    const sources = report.prefilled as Record<string, { figure: string }>
    expect(sources['direct.sessions']?.figure).toBe('activities.direct.sessions')
    expect(report.status).toBe('draft')
    expect(report.title).toContain(org.unitA.title)
  })

  it('exists once per unit and period: a second one is refused with a Vietnamese 409', async () => {
    await expect(create('contributor', { period: period.id, unit: org.unitA.id })).rejects.toMatchObject({
      status: 409,
      message: expect.stringMatching(/đã có báo cáo/),
    })
    await expect(create('editor', { period: period.id, unit: org.unitA.id })).rejects.toMatchObject({ status: 409 })
    const count = await t.payload.count({ collection: 'unit-reports', where: { unit: { equals: org.unitA.id } } })
    expect(count.totalDocs).toBe(1)
  })

  it('a contributor reports only for their unit; experts see nothing; viewers read everything', async () => {
    await expect(create('contributor', { period: period.id, unit: org.unitB.id })).rejects.toMatchObject({
      status: 403,
    })
    await expect(create('viewer', { period: period.id, unit: org.unitB.id })).rejects.toMatchObject({ status: 403 })
    const other = await t.payload.create({
      collection: 'unit-reports',
      data: { period: period.id, unit: org.unitB.id } as never,
      user: org.contributorB,
      overrideAccess: false,
      depth: 0,
    })
    const mine = await t.payload.find({ collection: 'unit-reports', ...as(org, 'contributor') })
    expect(mine.docs.map((d) => d.id)).toEqual([report.id])
    const all = await t.payload.find({ collection: 'unit-reports', ...as(org, 'viewer') })
    expect(all.docs.map((d) => d.id).sort()).toEqual([report.id, other.id].sort())
    const expert = await t.payload.find({ collection: 'unit-reports', ...as(org, 'expert') }).catch((e) => e)
    expect(expert).toMatchObject({ status: 403 })
    await expect(act('viewer', report.id, { values: { cost: 1 } })).rejects.toMatchObject({ status: 403 })
    await expect(act('contributor', other.id, { values: { cost: 1 } })).rejects.toBeTruthy()
  })

  it('rejects bad values with a message naming the indicator, and writes nothing', async () => {
    const values = report.values as Record<string, unknown>
    await expect(act('contributor', report.id, { values: { ...values, cost: -5 } })).rejects.toThrow(
      /Chỉ tiêu “Kinh phí thực hiện”: phải là số nguyên không âm/,
    )
    await expect(act('contributor', report.id, { values: { ...values, 'direct.sessions': 'mười' } })).rejects.toThrow(
      /“Số cuộc phổ biến pháp luật trực tiếp”: phải là số nguyên không âm/,
    )
    await expect(
      act('contributor', report.id, { values: { ...values, 'direct.sessions': 2.5 } }),
    ).rejects.toMatchObject({ status: 400 })
    await expect(act('contributor', report.id, { values: { ...values, 'so-lieu-la': 3 } })).rejects.toThrow(
      /Chỉ tiêu “so-lieu-la” không có trong kỳ báo cáo này/,
    )
    await expect(act('contributor', report.id, { reportAction: 'submit' }, ON_TIME)).rejects.toThrow(
      /Chỉ tiêu “Kết quả nổi bật”: bắt buộc nhập/,
    )
    const unchanged = await t.payload.findByID({ collection: 'unit-reports', id: report.id, depth: 0 })
    expect(unchanged.status).toBe('draft')
    expect((unchanged.values as Record<string, unknown>).cost).toBe(4_000_000)
  })

  it('re-reads the pre-filled figures on "Lấy lại số liệu", keeping the texts', async () => {
    const values = { ...(report.values as Record<string, unknown>), highlights: 'Tổ chức 6 hội nghị.', cost: 5 }
    report = await act('contributor', report.id, { values })
    await t.payload.create({
      collection: 'activities',
      data: {
        title: 'Hội nghị bổ sung',
        date: '2026-06-01T02:00:00.000Z',
        form: 'direct',
        sessions: 1,
        participants: 30,
        unit: org.unitA.id,
        status: 'submitted',
      } as never,
      depth: 0,
    })
    report = await act('contributor', report.id, { reportAction: 'refill' })
    const after = report.values as Record<string, unknown>
    expect(after['direct.sessions']).toBe(7)
    expect(after['cost']).toBe(4_000_000)
    expect(after['highlights']).toBe('Tổ chức 6 hội nghị.')
    expect(report.history?.map((h) => h.action)).toEqual(['create', 'save', 'refill'])
  })

  it('goes draft → submitted → returned → submitted → accepted, with the right people', async () => {
    report = await act('contributor', report.id, { reportAction: 'submit' }, ON_TIME)
    expect(report.status).toBe('submitted')
    expect(report.submittedAt).toBe(ON_TIME.reportsNow)
    expect(report.late).toBe(false)
    await expect(act('contributor', report.id, { reportAction: 'submit' }, ON_TIME)).rejects.toMatchObject({
      status: 409,
      message: 'Báo cáo đã được gửi.',
    })
    await expect(act('editor', report.id, { reportAction: 'submit' })).rejects.toMatchObject({ status: 409 })
    await expect(
      act('contributor', report.id, { values: { ...(report.values as object), cost: 9 } }),
    ).rejects.toMatchObject({ status: 409 })
    for (const actor of ['contributor', 'viewer', 'expert'] as const) {
      await expect(act(actor, report.id, { reportAction: 'accept' })).rejects.toMatchObject({ status: 403 })
      await expect(act(actor, report.id, { reportAction: 'return', reportNote: 'x' })).rejects.toMatchObject({
        status: 403,
      })
    }
    await expect(act('editor', report.id, { reportAction: 'return' })).rejects.toMatchObject({ status: 400 })
    report = await act('editor', report.id, { reportAction: 'return', reportNote: 'Bổ sung phần khó khăn.' })
    expect(report.status).toBe('returned')
    expect(report.reviewComment).toBe('Bổ sung phần khó khăn.')
    const values = { ...(report.values as object), difficulties: 'Thiếu kinh phí cho cấp xã.' }
    report = await act('contributor', report.id, { values, reportAction: 'submit' }, ON_TIME)
    expect(report.status).toBe('submitted')
    report = await act('editor-in-chief', report.id, { reportAction: 'accept', reportNote: 'Đạt yêu cầu.' })
    expect(report.status).toBe('accepted')
    expect(report.reviewedBy).toBe(org.users['editor-in-chief'].id)
    expect(report.history?.map((h) => h.action)).toEqual([
      'create',
      'save',
      'refill',
      'submit',
      'return',
      'submit',
      'accept',
    ])
    await expect(act('contributor', report.id, { reportAction: 'submit' })).rejects.toMatchObject({
      status: 409,
      message: 'Báo cáo đã được gửi.',
    })
  })

  it('acceptance verified the unit’s submitted activities of the period, not others', async () => {
    const found = await t.payload.find({ collection: 'activities', pagination: false, depth: 0 })
    const status = (title: string) => found.docs.find((d) => d.title === title)?.status
    expect(status('Hoạt động direct 2026-03-10T02:00:00.000Z')).toBe('verified')
    expect(status('Hoạt động direct 2026-05-20T02:00:00.000Z')).toBe('verified')
    expect(status('Hoạt động consulting 2026-05-21T02:00:00.000Z')).toBe('verified')
    expect(status('Hoạt động direct 2026-05-22T02:00:00.000Z')).toBe('submitted') // unit B
    expect(status('Hoạt động direct 2026-07-02T02:00:00.000Z')).toBe('submitted') // after the period
    const verifiedBy = found.docs.find((d) => d.title === 'Hội nghị bổ sung')?.verifiedBy
    expect(verifiedBy).toBe(org.users['editor-in-chief'].id)
  })

  it('a report sent after the deadline is accepted but flagged "nộp muộn"', async () => {
    const other = (await t.payload.find({ collection: 'unit-reports', where: { unit: { equals: org.unitB.id } } }))
      .docs[0]!
    const late = await t.payload.update({
      collection: 'unit-reports',
      id: other.id,
      data: {
        values: { ...(other.values as object), highlights: 'Đã tổ chức 3 buổi.' },
        reportAction: 'submit',
      } as never,
      user: org.contributorB,
      overrideAccess: false,
      depth: 0,
      context: { reportsNow: '2026-07-13T03:00:00.000Z' },
    })
    expect(late.status).toBe('submitted')
    expect(late.late).toBe(true)
    expect(late.history?.at(-1)?.note).toContain('Nộp muộn 3 ngày')
  })
})

describe('closed periods and the list of who has reported', () => {
  let closed: ReportPeriod

  beforeAll(async () => {
    closed = await t.payload.create({
      collection: 'report-periods',
      data: {
        title: 'Báo cáo chuyên đề',
        kind: 'ad-hoc',
        ...H1,
        unitKinds: ['department'],
        units: [sub.id],
        indicators: [{ key: 'so-cuoc', type: 'number', label: 'Số cuộc', required: true }],
      } as never,
      ...as(org, 'admin'),
    })
  })

  it('only expected units may report, and nobody opens a report in a closed period', async () => {
    await expect(
      t.payload.create({
        collection: 'unit-reports',
        data: { period: closed.id, unit: org.unitB.id } as never,
        user: org.contributorB,
        overrideAccess: false,
      }),
    ).rejects.toThrow(/không thuộc diện phải báo cáo/)
    const draft = await t.payload.create({
      collection: 'unit-reports',
      data: { period: closed.id, unit: sub.id, values: { 'so-cuoc': 2 } } as never,
      user: contributorSub,
      overrideAccess: false,
      depth: 0,
    })
    await t.payload.update({ collection: 'report-periods', id: closed.id, data: { open: false }, ...as(org, 'editor') })
    await expect(
      t.payload.update({
        collection: 'unit-reports',
        id: draft.id,
        data: { reportAction: 'submit' } as never,
        user: contributorSub,
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({ status: 409, message: expect.stringMatching(/đã đóng/) })
    await expect(create('contributor', { period: closed.id, unit: org.unitA.id })).rejects.toMatchObject({
      status: 409,
    })
  })

  it('answers to an indicator the board removed are dropped, new unknown keys still refused', async () => {
    const p3 = await t.payload.create({
      collection: 'report-periods',
      data: {
        title: 'Kỳ có chỉ tiêu thay đổi',
        kind: 'ad-hoc',
        ...H1,
        units: [sub.id],
        indicators: [
          { key: 'a', type: 'number', label: 'Chỉ tiêu A' },
          { key: 'b', type: 'number', label: 'Chỉ tiêu B' },
        ],
      } as never,
      ...as(org, 'editor'),
    })
    const draft = await t.payload.create({
      collection: 'unit-reports',
      data: { period: p3.id, unit: sub.id, values: { a: 1, b: 2 } } as never,
      user: contributorSub,
      overrideAccess: false,
      depth: 0,
    })
    await t.payload.update({
      collection: 'report-periods',
      id: p3.id,
      data: { indicators: [{ key: 'a', type: 'number', label: 'Chỉ tiêu A' }] } as never,
      ...as(org, 'editor'),
    })
    const saved = await t.payload.update({
      collection: 'unit-reports',
      id: draft.id,
      data: { values: { a: 3, b: 2 } } as never,
      user: contributorSub,
      overrideAccess: false,
      depth: 0,
    })
    expect(saved.values).toEqual({ a: 3 })
    await expect(
      t.payload.update({
        collection: 'unit-reports',
        id: draft.id,
        data: { values: { a: 3, c: 1 } } as never,
        user: contributorSub,
        overrideAccess: false,
      }),
    ).rejects.toThrow(/“c” không có/)
  })

  it('lists every expected unit with its state, and exports it and the values to XLSX', async () => {
    const rows = await periodStatus(t.payload, period as unknown as PeriodForStatus, {
      user: org.users.viewer,
      now: new Date('2026-07-15T00:00:00.000Z'),
    })
    const state = (id: number) => rows.find((r) => r.unitId === id)
    expect(state(org.unitA.id)?.state).toBe('accepted')
    expect(state(org.unitA.id)?.daysLate).toBe(0)
    expect(state(org.unitB.id)).toMatchObject({ state: 'submitted', late: true, daysLate: 3 })
    expect(state(sub.id)).toMatchObject({ state: 'missing', late: true, daysLate: 5 })
    const list = readXlsx(statusXlsx(period as unknown as PeriodForStatus, rows)).rows
    expect(list.some((r) => r[1] === sub.title && r[2] === 'Chưa lập')).toBe(true)
    expect(list.some((r) => r[1] === org.unitB.title && r[2] === 'Đã gửi' && r[3] === 'Có')).toBe(true)
    const sheet = readXlsx(valuesXlsx(period as unknown as PeriodForStatus, rows)).rows
    const header = sheet.find((r) => r[0] === 'STT')!
    const col = header.findIndex((c) => typeof c === 'string' && c.startsWith('Số cuộc phổ biến pháp luật trực tiếp'))
    const total = sheet.find((r) => r[1] === 'Tổng cộng')!
    const unitA = sheet.find((r) => r[1] === org.unitA.title)!
    const unitB = sheet.find((r) => r[1] === org.unitB.title)!
    expect(total[col]).toBe(Number(unitA[col] ?? 0) + Number(unitB[col] ?? 0))
    expect(unitA[col]).toBe(7)
  })

  it('the statistics provider counts expected, sent, accepted and late reports of periods due in the query', async () => {
    const query = {
      from: new Date('2026-07-01T00:00:00.000Z'),
      to: new Date('2026-08-01T00:00:00.000Z'),
      unitIds: null,
      scope: 'internal' as const,
    }
    const { figures, tables } = await reportsStatistics.collect(t.payload, query)
    const f = Object.fromEntries(figures.map((x) => [x.key, x.value]))
    const units = await loadUnits(t.payload)
    // Period 1: every unit; the closed one: unit A (department), its sub-unit, and unit B? no (commune).
    const closedExpected = units.filter((u) => u.kind === 'department' || u.id === sub.id).length
    // …and the period whose indicators changed expects the sub-unit only.
    expect(f['reports.expected']).toBe(units.length + closedExpected + 1)
    expect(f['reports.submitted']).toBe(2)
    expect(f['reports.accepted']).toBe(1)
    const totals = tables[0]!
    expect(totals.rows.find((r) => r.key === 'direct.sessions')?.values).toEqual([7])
    const onlyA = await reportsStatistics.collect(t.payload, { ...query, unitIds: [org.unitA.id] })
    const a = Object.fromEntries(onlyA.figures.map((x) => [x.key, x.value]))
    expect(a).toMatchObject({
      'reports.expected': 2,
      'reports.submitted': 1,
      'reports.accepted': 1,
      'reports.overdue': 1,
    })
  })

  it('the XLSX downloads are for the board and inspectors, with Vietnamese refusals', async () => {
    const get = (actor: 'viewer' | 'contributor' | 'expert' | 'editor' | null, ky: string | null, kind = 'so-lieu') =>
      reportsXlsxResponse({
        payload: t.payload,
        user: actor ? org.users[actor] : null,
        periodParam: ky,
        kind: kind as 'so-lieu' | 'tinh-hinh',
      })
    const ok = await get('viewer', String(period.id))
    expect(ok.status).toBe(200)
    expect(ok.headers.get('content-type')).toContain('spreadsheetml')
    expect((await get('editor', String(period.id), 'tinh-hinh')).status).toBe(200)
    expect((await get(null, String(period.id))).status).toBe(401)
    expect((await get('contributor', String(period.id))).status).toBe(403)
    expect((await get('expert', String(period.id))).status).toBe(403)
    const bad = await get('editor', 'abc')
    expect(bad.status).toBe(400)
    expect(await bad.text()).toContain('không hợp lệ')
    expect((await get('editor', '999999')).status).toBe(404)
  })
})
