import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createOrg, type Org } from '../../../tests/helpers/fixtures'
import { startTestPayload, type TestPayload } from '../../../tests/helpers/payload'
import { loadCalendarOptions, parseDmyDay } from './settings'
import { addWorkingDays, vietnamDay } from './working-days'

let t: TestPayload
let org: Org

beforeAll(async () => {
  t = await startTestPayload('calendar-settings')
  org = await createOrg(t.payload, 'cal')
})
afterAll(async () => t?.close())

describe('working calendar in the site settings', () => {
  it('reads dd/mm/yyyy days', () => {
    expect(parseDmyDay('2/1/2026')).toBe('2026-01-02')
    expect(parseDmyDay('31/02/2026')).toBeNull()
    expect(parseDmyDay('2026-01-02')).toBeNull()
  })

  it('is empty until an administrator records a decision', async () => {
    expect(await loadCalendarOptions(t.payload)).toEqual({ extraDaysOff: [], extraWorkingDays: [] })
  })

  it('an administrator records extra days off and working days, and deadlines follow them', async () => {
    await t.payload.updateGlobal({
      slug: 'site-settings',
      data: {
        extraDaysOff: [{ date: '02/01/2026', note: 'Nghỉ hoán đổi Tết Dương lịch' }],
        extraWorkingDays: [{ date: '10/01/2026', note: 'Làm bù thứ Bảy' }],
      } as never,
      user: org.users.admin,
      overrideAccess: false,
    })
    const cal = await loadCalendarOptions(t.payload)
    expect(cal).toEqual({ extraDaysOff: ['2026-01-02'], extraWorkingDays: ['2026-01-10'] })
    // Wednesday 31/12/2025 + 1: 1/1 is a holiday, 2/1 now a day off, 3–4/1 the weekend → Monday 5/1
    expect(vietnamDay(addWorkingDays(new Date('2025-12-31T10:00:00+07:00'), 1, cal))).toBe('2026-01-05')
  })

  it('refuses an impossible day with a Vietnamese message and keeps the stored days', async () => {
    await expect(
      t.payload.updateGlobal({
        slug: 'site-settings',
        data: { extraDaysOff: [{ date: '30/02/2026' }] } as never,
        user: org.users.admin,
        overrideAccess: false,
      }),
    ).rejects.toThrow(/dd\/mm\/yyyy/)
    expect((await loadCalendarOptions(t.payload)).extraDaysOff).toEqual(['2026-01-02'])
  })

  it('an editor cannot change the calendar', async () => {
    await expect(
      t.payload.updateGlobal({
        slug: 'site-settings',
        data: { extraDaysOff: [] } as never,
        user: org.users.editor,
        overrideAccess: false,
      }),
    ).rejects.toThrow()
  })
})
