import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { units as demoUnits } from '@/modules/demo/data'
import { seedReports } from '@/modules/reports/seed/seed-reports'
import { periodStatus, type PeriodForStatus } from '@/modules/reports/server/period-status'
import { PASSWORD } from '../helpers/fixtures'
import { startTestPayload, type TestPayload } from '../helpers/payload'

/** The demo periods: a closed half-year with nearly all reports accepted, an open year in every state. */

let t: TestPayload

beforeAll(async () => {
  t = await startTestPayload('reports-seed')
  await t.payload.create({
    collection: 'users',
    data: { email: 'quantri@pbgdpl.local', password: PASSWORD, name: 'Quản trị', role: 'admin' },
  })
  await t.payload.create({
    collection: 'users',
    data: { email: 'bientap@pbgdpl.local', password: PASSWORD, name: 'Biên tập viên', role: 'editor' },
  })
  for (const [i, title] of ['Sở Tư pháp', 'Sở Nội vụ', 'Sở Tài chính', 'Sở Y tế', 'Sở Xây dựng'].entries()) {
    await t.payload.create({ collection: 'units', data: { title, kind: 'department', order: i } })
  }
  const commune = demoUnits.find((u) => u.kind === 'commune')!
  await t.payload.create({ collection: 'units', data: { title: commune.name, slug: commune.key, kind: 'commune' } })
  await t.payload.create({ collection: 'units', data: { title: 'UBND xã không phải báo cáo', kind: 'commune' } })
  await seedReports(t.payload)
}, 120_000)

afterAll(async () => {
  await t?.close()
})

const statesOf = async (title: string) => {
  const found = await t.payload.find({ collection: 'report-periods', where: { title: { equals: title } } })
  const period = found.docs[0] as unknown as PeriodForStatus & { open: boolean }
  const rows = await periodStatus(t.payload, period, { now: new Date('2026-11-29T03:00:00.000Z') })
  return { period, states: rows.map((r) => r.state), rows }
}

describe('the demo reporting periods', () => {
  it('the closed half-year: every expected unit but one accepted, one late', async () => {
    const { period, states, rows } = await statesOf('Báo cáo 6 tháng đầu năm 2026')
    expect(period.open).toBe(false)
    expect(period.indicators?.length).toBeGreaterThan(20)
    expect(states).toEqual(['accepted', 'accepted', 'accepted', 'accepted', 'accepted', 'missing'])
    expect(rows.filter((r) => r.late && r.state === 'accepted')).toHaveLength(1)
  })

  it('the open year: sent, returned, drafting and not started', async () => {
    const { period, states } = await statesOf('Báo cáo năm 2026')
    expect(period.open).toBe(true)
    expect(period.deadline.slice(0, 10)).toBe('2026-12-05')
    expect(states).toEqual(['returned', 'submitted', 'submitted', 'submitted', 'submitted', 'submitted'])
  })
})
