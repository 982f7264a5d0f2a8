import type { AddressInfo } from 'node:net'
import { SMTPServer } from 'smtp-server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { drainOutbox, enqueueMail, OUTBOX_MAILS } from '@/modules/outbox'
import { scheduledTasks } from '@/modules'
import { createOrg, type Org } from '../helpers/fixtures'
import { parseMessage } from '../helpers/mail'
import { startTestPayload, type TestPayload } from '../helpers/payload'

/**
 * The mail outbox against a real SMTP server that goes down and comes back on the same port: a
 * mail that could not be sent is kept and sent by the scheduled task later.
 */

type Received = { to: string[]; subject: string; text: string }
let t: TestPayload
let org: Org
let port = 0
let server: SMTPServer | null = null
const received: Received[] = []
const savedEnv = {
  host: process.env.SMTP_HOST,
  port: process.env.SMTP_PORT,
  timeout: process.env.OUTBOX_SEND_TIMEOUT_MS,
}

function smtpUp(onPort: number): Promise<number> {
  const s = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (c: Buffer) => chunks.push(c))
      stream.on('end', () => {
        const parsed = parseMessage(Buffer.concat(chunks).toString('utf8'))
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), subject: parsed.subject, text: parsed.text })
        callback()
      })
    },
  })
  server = s
  return new Promise((resolve) =>
    s.listen(onPort, '127.0.0.1', () => resolve((s.server.address() as AddressInfo).port)),
  )
}
const smtpDown = () =>
  new Promise<void>((resolve) => {
    const s = server
    server = null
    if (!s) resolve()
    else s.close(() => resolve())
  })

beforeAll(async () => {
  port = await smtpUp(0)
  process.env.SMTP_HOST = '127.0.0.1'
  process.env.SMTP_PORT = String(port)
  process.env.OUTBOX_SEND_TIMEOUT_MS = '3000'
  t = await startTestPayload('outbox')
  org = await createOrg(t.payload, 'outbox')
})

afterAll(async () => {
  await t?.close()
  await smtpDown()
  for (const [key, value] of [
    ['SMTP_HOST', savedEnv.host],
    ['SMTP_PORT', savedEnv.port],
    ['OUTBOX_SEND_TIMEOUT_MS', savedEnv.timeout],
  ] as const) {
    if (value === undefined) delete process.env[key]
    else process.env[key] = value
  }
})

const mail = (subject: string) => ({
  to: 'nguoi.hoi@example.vn',
  subject,
  text: `Nội dung: ${subject}`,
  kind: 'qa-confirmation',
  ref: 'questions:1',
})
const stored = (id: string | number) =>
  t.payload.findByID({ collection: OUTBOX_MAILS, id, overrideAccess: true, depth: 0 })

describe('enqueueMail', () => {
  it('sends at once when the mail server is up and records it as sent', async () => {
    const result = await enqueueMail(t.payload, mail('Xác nhận câu hỏi số 1'))
    expect(result.sent).toBe(true)
    expect(received.find((m) => m.subject === 'Xác nhận câu hỏi số 1')?.to).toEqual(['nguoi.hoi@example.vn'])
    const doc = await stored(result.id)
    expect(doc).toMatchObject({ status: 'sent', attempts: 1, lastError: null })
    expect(doc.sentAt).toBeTruthy()
  })

  it('keeps the mail when the server is down, without throwing, and the scheduler sends it later', async () => {
    await smtpDown()
    const before = new Date()
    const result = await enqueueMail(t.payload, mail('Xác nhận câu hỏi số 2'))
    expect(result.sent).toBe(false)
    let doc = await stored(result.id)
    expect(doc.status).toBe('pending')
    expect(doc.attempts).toBe(1)
    expect(doc.lastError).toBeTruthy()
    // retried one minute later
    const next = new Date(doc.nextAttemptAt!).getTime()
    expect(next - before.getTime()).toBeGreaterThanOrEqual(60_000)
    expect(next - Date.now()).toBeLessThanOrEqual(60_000)

    // not due yet: nothing happens
    expect(await drainOutbox(t.payload, new Date())).toBe(0)

    await smtpUp(port)
    const task = scheduledTasks().find((s) => s.name === 'outbox-retry')
    expect(task).toBeDefined()
    await task!.run(t.payload, new Date(next + 1000))
    doc = await stored(result.id)
    expect(doc).toMatchObject({ status: 'sent', attempts: 2, nextAttemptAt: null })
    expect(received.filter((m) => m.subject === 'Xác nhận câu hỏi số 2')).toHaveLength(1)
  })

  it('backs off 1, 5, 15 … minutes and gives up as failed after 8 attempts', async () => {
    await smtpDown()
    const { id } = await enqueueMail(t.payload, mail('Thư không gửi được'))
    const delays: number[] = []
    for (let i = 0; i < 10; i++) {
      const doc = await stored(id)
      if (doc.status !== 'pending') break
      const due = new Date(doc.nextAttemptAt!)
      await drainOutbox(t.payload, new Date(due.getTime() + 1))
      const after = await stored(id)
      if (after.nextAttemptAt)
        delays.push(Math.round((new Date(after.nextAttemptAt).getTime() - due.getTime()) / 60_000))
    }
    const doc = await stored(id)
    expect(doc.status).toBe('failed')
    expect(doc.attempts).toBe(8)
    expect(delays).toEqual([5, 15, 60, 120, 240, 480])
    await smtpUp(port)
  })

  it('the outbox is readable by administrators only and writable by nobody through the API', async () => {
    const { id } = await enqueueMail(t.payload, mail('Thư kiểm tra quyền'))
    const read = await t.payload.findByID({
      collection: OUTBOX_MAILS,
      id,
      user: org.users.admin,
      overrideAccess: false,
    })
    expect(read.subject).toBe('Thư kiểm tra quyền')
    // opening a citizen's mail is recorded in the personal-data audit trail
    const trail = await t.payload.find({
      collection: 'privacy-audit',
      where: { and: [{ targetCollection: { equals: OUTBOX_MAILS } }, { documentId: { equals: String(id) } }] },
      overrideAccess: true,
      depth: 0,
    })
    expect(trail.docs.map((d) => [d.action, d.user])).toEqual([['view', org.users.admin.id]])
    for (const role of ['editor-in-chief', 'editor', 'contributor', 'expert', 'viewer'] as const) {
      await expect(
        t.payload.findByID({ collection: OUTBOX_MAILS, id, user: org.users[role], overrideAccess: false }),
      ).rejects.toThrow()
    }
    await expect(t.payload.findByID({ collection: OUTBOX_MAILS, id, overrideAccess: false })).rejects.toThrow()
    await expect(
      t.payload.create({
        collection: OUTBOX_MAILS,
        user: org.users.admin,
        overrideAccess: false,
        data: { to: 'x@example.vn', subject: 'x', text: 'x', kind: 'x', status: 'pending', attempts: 0 },
      }),
    ).rejects.toThrow()
    await expect(
      t.payload.update({
        collection: OUTBOX_MAILS,
        id,
        user: org.users.admin,
        overrideAccess: false,
        data: { status: 'sent' },
      }),
    ).rejects.toThrow()
  })
})

describe('retention', () => {
  it('the purge task deletes sent and failed mails after 90 days and keeps pending ones', async () => {
    const sent = await enqueueMail(t.payload, mail('Thư cũ đã gửi'))
    expect(sent.sent).toBe(true)
    await smtpDown()
    const pending = await enqueueMail(t.payload, mail('Thư còn chờ'))
    await smtpUp(port)
    const task = scheduledTasks().find((s) => s.name === 'outbox-purge')
    expect(task).toBeDefined()
    await task!.run(t.payload, new Date(Date.now() + 91 * 86_400_000))
    await expect(stored(sent.id)).rejects.toThrow()
    expect((await stored(pending.id)).status).toBe('pending')
  })
})

describe('no double sending', () => {
  it('a mail being sent right now is not due for the scheduler, and a claimed mail is sent once', async () => {
    await smtpDown()
    const { id } = await enqueueMail(t.payload, mail('Thư gửi một lần'))
    const doc = await stored(id)
    await smtpUp(port)
    const due = new Date(doc.nextAttemptAt!)
    // two ticks (two copies of the portal) at the same moment
    await Promise.all([drainOutbox(t.payload, due), drainOutbox(t.payload, due)])
    expect((await stored(id)).status).toBe('sent')
    expect(received.filter((m) => m.subject === 'Thư gửi một lần')).toHaveLength(1)
  })
})
