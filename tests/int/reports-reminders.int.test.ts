import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ReportPeriod, UnitReport, User } from '@/payload-types'
import { sendReportReminders } from '@/modules/reports/server/send-reminders'
import { as, createOrg, createUser, type Org } from '../helpers/fixtures'
import { startMailServer, type ReceivedMail, type TestMailServer } from '../helpers/mail'
import { startTestPayload, type TestPayload } from '../helpers/payload'

/** Deadline reminders to the contributors of units that have not sent their report, through a real SMTP server. */

let mail: TestMailServer
let t: TestPayload
let org: Org
let period: ReportPeriod
let report: UnitReport
let contributorB2: User
const savedEnv = { host: process.env.SMTP_HOST, port: process.env.SMTP_PORT }

beforeAll(async () => {
  mail = await startMailServer()
  process.env.SMTP_HOST = '127.0.0.1'
  process.env.SMTP_PORT = String(mail.port)
  t = await startTestPayload('reports-reminders')
  org = await createOrg(t.payload, 'reports-mail')
  contributorB2 = await createUser(t.payload, 'contributor-b2-reports-mail', 'contributor', org.unitB.id)
  period = await t.payload.create({
    collection: 'report-periods',
    data: {
      title: 'Báo cáo năm 2027',
      kind: 'annual',
      from: '2027-01-01T00:00:00.000Z',
      to: '2027-11-30T00:00:00.000Z',
      deadline: '2027-12-05T00:00:00.000Z',
      remindDaysBefore: 3,
      indicators: [{ key: 'so-cuoc', type: 'number', label: 'Số cuộc' }],
    } as never,
    ...as(org, 'editor'),
  })
  // Unit A sends its report in time; unit B only opens a draft.
  report = await t.payload.create({
    collection: 'unit-reports',
    data: { period: period.id, unit: org.unitA.id, values: { 'so-cuoc': 4 } } as never,
    ...as(org, 'contributor'),
    depth: 0,
  })
  await t.payload.update({
    collection: 'unit-reports',
    id: report.id,
    data: { reportAction: 'submit' } as never,
    ...as(org, 'contributor'),
    context: { reportsNow: '2027-12-01T02:00:00.000Z' },
  })
  await t.payload.create({
    collection: 'unit-reports',
    data: { period: period.id, unit: org.unitB.id } as never,
    user: org.contributorB,
    overrideAccess: false,
  })
}, 120_000)

afterAll(async () => {
  await t?.close()
  await mail?.close()
  for (const [key, value] of [
    ['SMTP_HOST', savedEnv.host],
    ['SMTP_PORT', savedEnv.port],
  ] as const) {
    if (value === undefined) delete process.env[key]
    else process.env[key] = value
  }
})

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const about = (prefix: string) => (m: ReceivedMail) => m.subject.startsWith(prefix) && m.text.includes(period.title)

describe('deadline reminders', () => {
  it('sends nothing while the deadline is far', async () => {
    await sendReportReminders(t.payload, new Date('2027-11-20T02:00:00.000Z'))
    await sleep(300)
    expect(mail.messages).toHaveLength(0)
  })

  it('mails the contributors of a unit that has not sent its report, once, remindDaysBefore days ahead', async () => {
    await sendReportReminders(t.payload, new Date('2027-12-02T02:00:00.000Z'))
    const sent = await mail.waitFor(about('[Nhắc hạn]'), 2)
    expect(sent.flatMap((m) => m.recipients).sort()).toEqual([org.contributorB.email, contributorB2.email].sort())
    const text = sent[0]!.text
    expect(text).toContain('Báo cáo năm 2027')
    expect(text).toContain('05/12/2027')
    expect(text).toContain(org.unitB.title)
    expect(text).toMatch(/\/admin\/collections\/unit-reports\/\d+/)
    // Unit A has sent its report; the next ticks send nothing new.
    expect(mail.messages.flatMap((m) => m.recipients)).not.toContain(org.users.contributor.email)
    await sendReportReminders(t.payload, new Date('2027-12-03T02:00:00.000Z'))
    await sendReportReminders(t.payload, new Date('2027-12-05T16:00:00.000Z'))
    await sleep(300)
    expect(mail.messages.filter(about('[Nhắc hạn]'))).toHaveLength(2)
  })

  it('mails once more when overdue, and never again', async () => {
    await sendReportReminders(t.payload, new Date('2027-12-06T02:00:00.000Z'))
    const overdue = await mail.waitFor(about('[Quá hạn]'), 2)
    expect(overdue).toHaveLength(2)
    expect(overdue[0]!.text).toContain('nộp muộn')
    await sendReportReminders(t.payload, new Date('2027-12-07T02:00:00.000Z'))
    await sendReportReminders(t.payload, new Date('2027-12-20T02:00:00.000Z'))
    await sleep(300)
    expect(mail.messages.filter(about('[Quá hạn]'))).toHaveLength(2)
    expect(mail.messages).toHaveLength(4)
    const stamped = await t.payload.findByID({ collection: 'report-periods', id: period.id, depth: 0 })
    const sent = stamped.remindersSent as Record<string, { before?: string; overdue?: string }>
    expect(sent[String(org.unitB.id)]).toEqual({
      before: '2027-12-02T02:00:00.000Z',
      overdue: '2027-12-06T02:00:00.000Z',
    })
    expect(sent[String(org.unitA.id)]).toBeUndefined()
  })

  it('no reminders for a closed period', async () => {
    await t.payload.update({ collection: 'report-periods', id: period.id, data: { open: false }, ...as(org, 'editor') })
    const before = mail.messages.length
    await sendReportReminders(t.payload, new Date('2027-12-21T02:00:00.000Z'))
    await sleep(200)
    expect(mail.messages).toHaveLength(before)
  })
})
