import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Question, User } from '@/payload-types'
import { createPublicQuestion } from '@/modules/qa/server/create-question'
import { sendQaReminders } from '@/modules/qa/server/send-reminders'
import { as, createOrg, createUser, richText, type Org } from '../helpers/fixtures'
import { startMailServer, type ReceivedMail, type TestMailServer } from '../helpers/mail'
import { startTestPayload, type TestPayload } from '../helpers/payload'

/** Q&A e-mails through the outbox to a real SMTP server: the published answer, reminders, and the privacy trail. */

let mail: TestMailServer
let t: TestPayload
let org: Org
let unitExpert: User
const savedEnv = { host: process.env.SMTP_HOST, port: process.env.SMTP_PORT }

beforeAll(async () => {
  mail = await startMailServer()
  // The e-mail adapter reads these when Payload starts, so they are set first.
  process.env.SMTP_HOST = '127.0.0.1'
  process.env.SMTP_PORT = String(mail.port)
  t = await startTestPayload('qa-handling-mail')
  org = await createOrg(t.payload, 'qa-mail')
  unitExpert = await createUser(t.payload, 'expert-unit-qa-mail', 'expert', org.unitB.id)
})

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
const act = (id: number, data: Record<string, unknown>, now?: string): Promise<Question> =>
  t.payload.update({
    collection: 'questions',
    id,
    data: data as never,
    depth: 0,
    ...as(org, 'editor'),
    ...(now ? { context: { qaNow: now } } : {}),
  })
const about = (code: string) => (m: ReceivedMail) => m.subject.includes(code)

async function ask(title: string, email: string | null) {
  return createPublicQuestion(t.payload, {
    name: 'Đặng Thị Giang',
    email,
    phone: email ? null : '0901234567',
    title,
    body: `Xin hỏi: ${title}`,
    consent: true,
    ipHash: 'ip-mail',
    contactHash: `contact-${title}`,
  })
}

async function answerAndPublish(id: number): Promise<Question> {
  await act(id, { qaAction: 'accept' })
  await act(id, { qaAction: 'answer', answer: richText('Câu trả lời chính thức của Sở Tư pháp.') })
  return act(id, { qaAction: 'publish' })
}

describe('the asker is told when the answer is published', () => {
  it('mails the public address and the tracking code once, even after unpublishing and publishing again', async () => {
    const created = await ask('Thủ tục nhận con nuôi', 'giang@example.vn')
    const id = Number(created.id)
    const published = await answerAndPublish(id)
    expect(published.answerNotifiedAt).toBeTruthy()
    const [message] = await mail.waitFor(about(created.trackingCode))
    expect(message?.recipients).toEqual(['giang@example.vn'])
    expect(message?.text).toContain(`/hoi-dap/${published.slug}`)
    expect(message?.text).toContain(created.trackingCode)
    expect(message?.text).toContain('Đặng Thị Giang')
    await act(id, { qaAction: 'unpublish' })
    await act(id, { qaAction: 'publish' })
    await sleep(500)
    expect(mail.messages.filter(about(created.trackingCode))).toHaveLength(1)
  })

  it('sends nothing when the asker left no e-mail address', async () => {
    const created = await ask('Hỏi qua điện thoại về ly hôn', null)
    const published = await answerAndPublish(Number(created.id))
    expect(published.answerNotifiedAt ?? null).toBeNull()
    await sleep(300)
    expect(mail.messages.filter(about(created.trackingCode))).toHaveLength(0)
  })
})

describe('reminders before and after the due date (around 30/4–1/5/2027)', () => {
  let soon: Question
  let later: Question

  beforeAll(async () => {
    soon = await t.payload.create({
      collection: 'questions',
      data: { title: 'Câu hỏi hạn 29/4', body: 'Nội dung' },
      depth: 0,
      ...as(org, 'editor'),
    })
    later = await t.payload.create({
      collection: 'questions',
      data: { title: 'Câu hỏi hạn 4/5', body: 'Nội dung' },
      depth: 0,
      ...as(org, 'editor'),
    })
    soon = await act(soon.id, {
      qaAction: 'assign',
      assignedExpert: org.users.expert.id,
      dueDate: '2027-04-29T10:00:00.000Z',
    })
    later = await act(later.id, { qaAction: 'assign', assignedUnit: org.unitB.id, dueDate: '2027-05-04T10:00:00.000Z' })
  })

  it('mails the assigned expert and the editors once when two working days remain', async () => {
    await sendQaReminders(t.payload, new Date('2027-04-27T02:00:00.000Z'))
    const sent = await mail.waitFor(about(soon.trackingCode ?? '?'), 3)
    expect(sent.every((m) => m.subject.startsWith('[Sắp đến hạn]'))).toBe(true)
    expect(sent.flatMap((m) => m.recipients).sort()).toEqual(
      [org.users.expert.email, org.users.editor.email, org.users['editor-in-chief'].email].sort(),
    )
    // 04/05 is three working days away: 30/4, 1/5 (a Saturday) and the compensatory Monday 3/5 are days off.
    expect(mail.messages.filter(about(later.trackingCode ?? '?'))).toHaveLength(0)
    await sendQaReminders(t.payload, new Date('2027-04-27T08:00:00.000Z'))
    await sleep(300)
    expect(mail.messages.filter(about(soon.trackingCode ?? '?'))).toHaveLength(3)
  })

  it('reaches the experts of an assigned unit, and sends the overdue mail once', async () => {
    await sendQaReminders(t.payload, new Date('2027-04-30T02:00:00.000Z'))
    const unitMails = await mail.waitFor(about(later.trackingCode ?? '?'), 3)
    expect(unitMails.flatMap((m) => m.recipients)).toContain(unitExpert.email)
    expect(unitMails.flatMap((m) => m.recipients)).not.toContain(org.users.expert.email)
    const overdue = await mail.waitFor(
      (m) => m.subject.startsWith('[Quá hạn]') && about(soon.trackingCode ?? '?')(m),
      3,
    )
    expect(overdue).toHaveLength(3)
    await sendQaReminders(t.payload, new Date('2027-05-01T02:00:00.000Z'))
    await sleep(300)
    expect(
      mail.messages.filter((m) => m.subject.startsWith('[Quá hạn]') && about(soon.trackingCode ?? '?')(m)),
    ).toHaveLength(3)
    const stamped = await t.payload.findByID({ collection: 'questions', id: soon.id, depth: 0, overrideAccess: true })
    expect(stamped.overdueRemindedAt).toBe('2027-04-30T02:00:00.000Z')
  })

  it('a new due date starts the reminders over', async () => {
    const moved = await act(soon.id, { dueDate: '2027-05-20T10:00:00.000Z' })
    expect(moved.overdueRemindedAt ?? null).toBeNull()
    expect(moved.dueSoonRemindedAt ?? null).toBeNull()
  })
})

describe('the privacy audit trail', () => {
  it('records an editor viewing the asker data and the erasure on request', async () => {
    const created = await ask('Hỏi về giấy phép xây dựng', 'xaydung@example.vn')
    const id = Number(created.id)
    await t.payload.findByID({ collection: 'questions', id, depth: 0, ...as(org, 'editor') })
    await act(id, { qaAction: 'erase' })
    const trail = await t.payload.find({
      collection: 'privacy-audit',
      where: { and: [{ targetCollection: { equals: 'questions' } }, { documentId: { equals: String(id) } }] },
      sort: 'createdAt',
      depth: 0,
      overrideAccess: true,
    })
    const actions = trail.docs.map((d) => d.action)
    expect(actions).toContain('view')
    expect(actions).toContain('erase')
    expect(actions).not.toContain('update')
    expect(trail.docs.find((d) => d.action === 'erase')?.fields).toContain('asker.email')
  })
})
