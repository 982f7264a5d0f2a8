import type { Payload, PayloadRequest } from 'payload'
import { claimMail } from './claim'
import { MAX_ATTEMPTS, OUTBOX_MAILS, RETRY_DELAYS_MINUTES } from './constants'

/**
 * The mail outbox. Every call overrides access: the outbox is the system's own queue, written for
 * anonymous citizens as well as for staff, and closed to every API user.
 */

export type OutgoingMail = { to: string; subject: string; text: string; html?: string; kind: string; ref?: string }
type Options = { req?: PayloadRequest; now?: Date }

function sendTimeoutMs(): number {
  const value = Number(process.env.OUTBOX_SEND_TIMEOUT_MS)
  return Number.isInteger(value) && value > 0 ? value : 10_000
}

async function sendWithTimeout(payload: Payload, mail: OutgoingMail): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`SMTP timeout after ${sendTimeoutMs()} ms`)), sendTimeoutMs())
  })
  try {
    await Promise.race([
      payload.sendEmail({ to: mail.to, subject: mail.subject, text: mail.text, html: mail.html }),
      timeout,
    ])
  } finally {
    clearTimeout(timer)
  }
}

/**
 * While one attempt runs, the mail is not due for anyone else (another copy of the portal, the
 * next scheduler tick); if the process dies mid-send, the mail becomes due again when this ends.
 */
const leaseMs = (): number => Math.max(120_000, 2 * sendTimeoutMs())

const errorText = (err: unknown): string => (err instanceof Error ? err.message : String(err)).slice(0, 500)

/** Tries one mail and records the outcome; true when it was sent. */
async function attempt(
  payload: Payload,
  doc: { id: string | number; attempts?: number | null } & OutgoingMail,
  options: Options,
): Promise<boolean> {
  const attempts = (doc.attempts ?? 0) + 1
  try {
    await sendWithTimeout(payload, doc)
  } catch (err) {
    const now = options.now ?? new Date()
    const delay = RETRY_DELAYS_MINUTES[attempts - 1]
    const failed = attempts >= MAX_ATTEMPTS || delay === undefined
    payload.logger.warn({ msg: 'Outbox: e-mail not sent', id: doc.id, attempts, failed, err: errorText(err) })
    await payload.update({
      collection: OUTBOX_MAILS,
      id: doc.id,
      data: {
        attempts,
        lastError: errorText(err),
        status: failed ? 'failed' : 'pending',
        nextAttemptAt: failed ? null : new Date(now.getTime() + delay * 60_000).toISOString(),
      },
      overrideAccess: true,
      depth: 0,
      req: options.req,
    })
    return false
  }
  await payload.update({
    collection: OUTBOX_MAILS,
    id: doc.id,
    data: { attempts, status: 'sent', sentAt: new Date().toISOString(), nextAttemptAt: null, lastError: null },
    overrideAccess: true,
    depth: 0,
    req: options.req,
  })
  return true
}

/**
 * Stores a mail and tries to send it at once. A sending failure never reaches the caller: the mail
 * stays queued and the scheduled task retries it (1, 5, 15, 60… minutes, then marks it failed).
 * Pass `req` when called inside a Payload operation so the row joins its transaction.
 */
export async function enqueueMail(
  payload: Payload,
  mail: OutgoingMail,
  options: Options = {},
): Promise<{ id: string | number; sent: boolean }> {
  const now = options.now ?? new Date()
  const doc = await payload.create({
    collection: OUTBOX_MAILS,
    data: {
      to: mail.to.trim(),
      subject: mail.subject.slice(0, 300),
      text: mail.text,
      html: mail.html,
      kind: mail.kind,
      ref: mail.ref,
      status: 'pending',
      attempts: 0,
      nextAttemptAt: new Date(now.getTime() + leaseMs()).toISOString(),
    },
    overrideAccess: true,
    depth: 0,
    req: options.req,
  })
  let sent = false
  try {
    sent = await attempt(payload, { ...mail, id: doc.id, attempts: 0 }, options)
  } catch (err) {
    // Recording the outcome failed; the mail is stored as pending and the scheduler will retry it.
    payload.logger.error({ msg: 'Outbox: could not record the sending attempt', id: doc.id, err })
  }
  return { id: doc.id, sent }
}

/** Sends the mails that are due (the scheduled task); returns how many were sent. */
export async function drainOutbox(payload: Payload, now: Date = new Date(), limit = 20): Promise<number> {
  const due = await payload.find({
    collection: OUTBOX_MAILS,
    where: { and: [{ status: { equals: 'pending' } }, { nextAttemptAt: { less_than_equal: now.toISOString() } }] },
    sort: 'nextAttemptAt',
    limit,
    depth: 0,
    overrideAccess: true,
  })
  let sent = 0
  for (const doc of due.docs) {
    // Claim the mail first; if another process got there in between, it is no longer due.
    if (!(await claimMail(payload, doc.id, now, new Date(now.getTime() + leaseMs())))) continue
    const mail = {
      id: doc.id,
      attempts: doc.attempts,
      to: doc.to,
      subject: doc.subject,
      text: doc.text,
      html: doc.html ?? undefined,
      kind: doc.kind,
      ref: doc.ref ?? undefined,
    }
    if (await attempt(payload, mail, { now })) sent++
  }
  return sent
}

function keepDays(): number {
  const value = Number(process.env.OUTBOX_KEEP_DAYS)
  return Number.isInteger(value) && value >= 1 ? value : 90
}

/**
 * Deletes sent and failed mails older than OUTBOX_KEEP_DAYS (default 90): they hold citizens'
 * addresses and words, which are kept no longer than needed to answer questions about delivery.
 */
export async function purgeOldMails(payload: Payload, now: Date = new Date()): Promise<number> {
  const before = new Date(now.getTime() - keepDays() * 86_400_000).toISOString()
  const result = await payload.delete({
    collection: OUTBOX_MAILS,
    where: { and: [{ status: { in: ['sent', 'failed'] } }, { createdAt: { less_than: before } }] },
    overrideAccess: true,
    depth: 0,
  })
  return result.docs.length
}
