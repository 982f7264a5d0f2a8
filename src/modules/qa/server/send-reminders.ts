import type { Payload, Where } from 'payload'
import { enqueueMail } from '@/modules/outbox'
import { addWorkingDays } from '@/shared/calendar/working-days'
import { loadCalendarOptions } from '@/shared/calendar/settings'
import { DUE_SOON_REMINDER_DAYS, QUESTIONS_SLUG } from '../constants'
import { reminderMail } from './mails'

type Kind = 'due-soon' | 'overdue'
type Pending = {
  id: number
  title?: string | null
  trackingCode?: string | null
  dueDate?: string | null
  assignedExpert?: number | { id: number } | null
  assignedUnit?: number | { id: number } | null
}

const WAITING = ['accepted', 'assigned']
const STAMP: Record<Kind, 'dueSoonRemindedAt' | 'overdueRemindedAt'> = {
  'due-soon': 'dueSoonRemindedAt',
  overdue: 'overdueRemindedAt',
}
const idOf = (v: number | { id: number } | null | undefined): number | null =>
  v === null || v === undefined ? null : typeof v === 'object' ? v.id : v

/**
 * The scheduled reminders: a question still waiting for its answer gets one "sắp đến hạn" mail
 * (≤ 2 working days left) and one "quá hạn" mail, to the assigned expert (or the experts of the
 * assigned unit) and to the editors. The *RemindedAt stamps make each mail go out once.
 */
export async function sendQaReminders(payload: Payload, now: Date): Promise<boolean> {
  const soon = addWorkingDays(now, DUE_SOON_REMINDER_DAYS, await loadCalendarOptions(payload))
  const overdue: Where = {
    and: [
      { status: { in: WAITING } },
      { dueDate: { less_than: now.toISOString() } },
      { overdueRemindedAt: { exists: false } },
    ],
  }
  const dueSoon: Where = {
    and: [
      { status: { in: WAITING } },
      { dueDate: { greater_than_equal: now.toISOString() } },
      { dueDate: { less_than_equal: soon.toISOString() } },
      { dueSoonRemindedAt: { exists: false } },
    ],
  }
  await remind(payload, now, 'overdue', overdue)
  await remind(payload, now, 'due-soon', dueSoon)
  return false
}

async function remind(payload: Payload, now: Date, kind: Kind, where: Where): Promise<void> {
  // Scheduler task: reads every waiting question and the staff to notify, as the system.
  const found = await payload.find({ collection: QUESTIONS_SLUG, where, limit: 50, depth: 0, overrideAccess: true })
  if (found.docs.length === 0) return
  const editors = await emailsOf(payload, { role: { in: ['editor', 'editor-in-chief'] } })
  for (const doc of found.docs as unknown as Pending[]) {
    const handlers = await handlersOf(payload, doc)
    const recipients = [...new Set([...handlers, ...editors])]
    // Stamp first: a crash between the stamp and the mails loses a reminder rather than repeating it forever.
    await payload.update({
      collection: QUESTIONS_SLUG,
      id: doc.id,
      data: { [STAMP[kind]]: now.toISOString() },
      depth: 0,
      overrideAccess: true,
      context: { qaSystem: { byName: 'Hệ thống nhắc hạn' }, disableRevalidate: true, skipPrivacyAudit: true },
    })
    const mail = reminderMail(doc, kind)
    for (const to of recipients) {
      await enqueueMail(payload, { to, ...mail, kind: `qa-${kind}`, ref: `questions:${doc.id}` }, { now })
    }
  }
}

async function handlersOf(payload: Payload, doc: Pending): Promise<string[]> {
  const expert = idOf(doc.assignedExpert)
  if (expert !== null) return emailsOf(payload, { id: { equals: expert } })
  const unit = idOf(doc.assignedUnit)
  if (unit !== null) return emailsOf(payload, { and: [{ role: { equals: 'expert' } }, { unit: { equals: unit } }] })
  return []
}

async function emailsOf(payload: Payload, where: Where): Promise<string[]> {
  // Notification look-up of staff addresses.
  const users = await payload.find({ collection: 'users', where, pagination: false, depth: 0, overrideAccess: true })
  return users.docs.map((u) => u.email).filter((e): e is string => Boolean(e))
}
