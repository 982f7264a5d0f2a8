import { describe, expect, it } from 'vitest'
import { dashboardAccess, dashboardUnit } from './access'

const user = (role: string, unit: number | null = 7) => ({ id: 1, role, unit })

describe('who may open the statistics dashboard', () => {
  it.each(['admin', 'editor-in-chief', 'editor', 'viewer'])('%s sees every unit', (role) => {
    const access = dashboardAccess(user(role))
    expect(access).toMatchObject({ ok: true, restricted: false })
    if (access.ok) expect(dashboardUnit(access, 99, [])).toEqual({ ok: true, unitId: 99 })
  })
  it('a contributor sees their own unit by default, its sub-units, and nothing else', () => {
    const access = dashboardAccess(user('contributor'))
    expect(access).toMatchObject({ ok: true, restricted: true, ownUnit: 7 })
    if (!access.ok) return
    expect(dashboardUnit(access, null, [7, 8])).toEqual({ ok: true, unitId: 7 })
    expect(dashboardUnit(access, 8, [7, 8])).toEqual({ ok: true, unitId: 8 })
    expect(dashboardUnit(access, 9, [7, 8])).toMatchObject({ ok: false, status: 403 })
  })
  it('refuses a contributor without a unit, an expert and a visitor', () => {
    expect(dashboardAccess(user('contributor', null))).toMatchObject({ ok: false, status: 403 })
    expect(dashboardAccess(user('expert'))).toMatchObject({ ok: false, status: 403 })
    expect(dashboardAccess(null)).toMatchObject({ ok: false, status: 401 })
  })
})
