import type { Payload } from 'payload'
import { enqueueMail } from '@/modules/outbox'
import { formatDate } from '@/shared/text/vietnamese'
import { absoluteUrl } from '@/shared/ui/site-url'
import { REPORT_PERIODS_SLUG, UNIT_REPORTS_SLUG } from '../constants'
import { deadlineEnd } from '../period-range'
import { isPending, periodStatus, type PeriodForStatus, type PeriodStatusRow } from './period-status'

type Kind = 'before' | 'overdue'
type Sent = Record<string, Partial<Record<Kind, string>>>
type Period = PeriodForStatus & { remindDaysBefore?: number | null; remindersSent?: Sent | null }

const DAY = 86_400_000
/** An overdue period stops being looked at this long after its deadline. */
const OVERDUE_HORIZON_DAYS = 90

/**
 * Deadline reminders: the contributors of every expected unit that has not sent its report get one
 * mail `remindDaysBefore` days before the deadline and one once the deadline has passed. What was
 * sent is stamped on the period (`remindersSent`, per unit and kind) before the mails are queued,
 * so each reminder goes out at most once.
 */
export async function sendReportReminders(payload: Payload, now: Date): Promise<boolean> {
  // Scheduler task: reads periods, units, reports and contributors as the system.
  const found = await payload.find({
    collection: REPORT_PERIODS_SLUG,
    where: {
      and: [
        { open: { equals: true } },
        { deadline: { greater_than: new Date(now.getTime() - OVERDUE_HORIZON_DAYS * DAY).toISOString() } },
        { deadline: { less_than: new Date(now.getTime() + 61 * DAY).toISOString() } },
      ],
    },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  for (const period of found.docs as unknown as Period[]) {
    const kind = dueKind(period, now)
    if (kind) await remindPeriod(payload, period, kind, now)
  }
  return false
}

function dueKind(period: Period, now: Date): Kind | null {
  const end = deadlineEnd(period.deadline).getTime()
  if (now.getTime() >= end) return 'overdue'
  const days = typeof period.remindDaysBefore === 'number' ? period.remindDaysBefore : 3
  return now.getTime() >= end - (days + 1) * DAY ? 'before' : null
}

async function remindPeriod(payload: Payload, period: Period, kind: Kind, now: Date): Promise<void> {
  const sent: Sent = { ...(period.remindersSent ?? {}) }
  const due = (await periodStatus(payload, period, { now })).filter(
    (row) => isPending(row.state) && !sent[String(row.unitId)]?.[kind],
  )
  if (due.length === 0) return
  for (const row of due) sent[String(row.unitId)] = { ...sent[String(row.unitId)], [kind]: now.toISOString() }
  // Stamp first: a crash between the stamp and the mails loses a reminder rather than repeating it.
  await payload.update({
    collection: REPORT_PERIODS_SLUG,
    id: period.id,
    data: { remindersSent: sent },
    depth: 0,
    overrideAccess: true,
    context: { disableRevalidate: true },
  })
  for (const row of due) {
    const recipients = await contributorsOf(payload, row.unitId)
    const mail = reminderMail(period, row, kind)
    for (const to of recipients) {
      await enqueueMail(
        payload,
        { to, ...mail, kind: `report-${kind}`, ref: `${REPORT_PERIODS_SLUG}:${period.id}:units:${row.unitId}` },
        { now },
      )
    }
  }
}

async function contributorsOf(payload: Payload, unitId: number): Promise<string[]> {
  // Notification look-up of staff addresses.
  const users = await payload.find({
    collection: 'users',
    where: { and: [{ role: { equals: 'contributor' } }, { unit: { equals: unitId } }] },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  return users.docs.map((u) => u.email).filter((e): e is string => Boolean(e))
}

export function reminderMail(period: Period, row: PeriodStatusRow, kind: Kind): { subject: string; text: string } {
  const link = absoluteUrl(
    row.reportId !== null
      ? `/admin/collections/${UNIT_REPORTS_SLUG}/${row.reportId}`
      : `/admin/collections/${UNIT_REPORTS_SLUG}/create`,
  )
  const deadline = formatDate(period.deadline)
  const subject =
    kind === 'overdue'
      ? `[Quá hạn] ${row.unitTitle} chưa gửi “${period.title}”`
      : `[Nhắc hạn] “${period.title}” cần gửi trước hết ngày ${deadline}`
  const lead =
    kind === 'overdue'
      ? `Đã quá hạn gửi báo cáo (hạn: ${deadline}) nhưng ${row.unitTitle} chưa gửi báo cáo. Báo cáo gửi muộn vẫn được nhận và sẽ được ghi là “nộp muộn”.`
      : `${row.unitTitle} chưa gửi báo cáo; hạn gửi là hết ngày ${deadline}.`
  const text = [
    'Kính gửi cán bộ phụ trách báo cáo của đơn vị,',
    '',
    lead,
    '',
    `Kỳ báo cáo: ${period.title} (số liệu từ ${formatDate(period.from)} đến ${formatDate(period.to)}).`,
    `Hạn gửi: ${deadline}.`,
    row.reportId !== null ? 'Mở báo cáo của đơn vị tại:' : 'Lập báo cáo của đơn vị tại:',
    link,
    '',
    'Trân trọng,',
    'Ban Biên tập Cổng Phổ biến, giáo dục pháp luật',
  ].join('\n')
  return { subject, text }
}
