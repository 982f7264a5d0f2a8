import { describe, expect, it } from 'vitest'
import type { Contest, ContestRound } from '@/payload-types'
import { formShape, registrationValuesFrom, validateRegistration } from './registration-form'

const contest = (extra: Partial<Contest> = {}) =>
  ({
    id: 1,
    title: 'Cuộc thi',
    status: 'published',
    eligibility: 'open',
    contactKinds: ['email'],
    askBirthDate: true,
    askSchool: true,
    certificateRule: 'none',
    updatedAt: '',
    createdAt: '',
    ...extra,
  }) as Contest
const round = { id: 2, opensAt: '2026-09-05T01:00:00.000Z', closesAt: '2026-12-01T00:00:00.000Z' } as ContestRound
const form = (fields: Record<string, string>) => {
  const f = new FormData()
  for (const [k, v] of Object.entries(fields)) f.set(k, v)
  return registrationValuesFrom(f)
}
const base = {
  fullName: '  Lê   Văn  Tám ',
  birthDate: '05/09/2008',
  school: 'THPT Tân An',
  email: 'A@B.VN',
  consent: 'on',
}
const ctx = (c: Contest) => ({ contest: c, round, unitIds: [], audienceIds: [], phoneAvailable: false })

describe('registration form', () => {
  it('asks only what the contest needs', () => {
    expect(formShape(contest({ askBirthDate: false, askSchool: false }), false)).toMatchObject({
      askBirthDate: false,
      askSchoolText: false,
      askClass: false,
      askAudience: false,
      contactKinds: ['email'],
    })
    // Phone only with an SMS gateway.
    expect(formShape(contest({ contactKinds: ['email', 'phone'] }), false).contactKinds).toEqual(['email'])
    expect(formShape(contest({ contactKinds: ['email', 'phone'] }), true).contactKinds).toEqual(['email', 'phone'])
  })

  it('reads dd/mm/yyyy, tidies the name and lower-cases the e-mail; 18 on the opening day is an adult', () => {
    const checked = validateRegistration(form(base), ctx(contest()))
    expect(checked).toMatchObject({
      ok: true,
      input: { fullName: 'Lê Văn Tám', birthDate: '2008-09-05T00:00:00.000Z', contact: 'a@b.vn', isMinor: false },
    })
  })

  it('requires the guardian’s consent the day before the 18th birthday', () => {
    const minor = validateRegistration(form({ ...base, birthDate: '06/09/2008' }), ctx(contest()))
    expect(minor.ok).toBe(false)
    expect(!minor.ok && minor.errors.guardianConsent).toMatch(/cha mẹ/)
    const ok = validateRegistration(form({ ...base, birthDate: '06/09/2008', guardianConsent: 'on' }), ctx(contest()))
    expect(ok).toMatchObject({ ok: true, input: { isMinor: true, guardianConsent: true } })
  })

  it('refuses impossible dates, names with markup and units outside the eligible list', () => {
    const bad = validateRegistration(
      form({ ...base, birthDate: '31/02/2010', fullName: '<b>An</b>', unit: '9' }),
      ctx(contest({ eligibility: 'units', eligibleUnits: [3] })),
    )
    expect(bad.ok).toBe(false)
    expect(!bad.ok && Object.keys(bad.errors).sort()).toEqual(['birthDate', 'fullName', 'unit'])
  })
})
