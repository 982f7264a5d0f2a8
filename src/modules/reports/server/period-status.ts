import type { Payload, PayloadRequest, TypedUser } from 'payload'
import { REPORT_PERIODS_SLUG, UNIT_REPORTS_SLUG, type ReportStatus } from '../constants'
import type { Indicator, ReportValues } from '../indicators'
import { daysLate, deadlineEnd } from '../period-range'
import { expectedUnits, loadUnits } from './units'

/** What the "who has not reported" list shows for a unit. */
export type UnitReportState = 'missing' | ReportStatus
export const UNIT_STATE_LABELS: Record<UnitReportState, string> = {
  missing: 'Chưa lập',
  draft: 'Đang soạn',
  submitted: 'Đã gửi',
  accepted: 'Đã tiếp nhận',
  returned: 'Trả lại',
}

export type PeriodStatusRow = {
  unitId: number
  unitTitle: string
  reportId: number | null
  state: UnitReportState
  submittedAt: string | null
  late: boolean
  /** days after the deadline: of the submission, or up to now while not submitted */
  daysLate: number
  values: ReportValues
}

export type PeriodForStatus = {
  id: number
  title: string
  from: string
  to: string
  deadline: string
  open?: boolean | null
  unitKinds?: string[] | null
  units?: (number | { id: number })[] | null
  indicators?: Indicator[] | null
}

/** Not yet sent (or sent back): what reminders and the "chưa báo cáo" filter look for. */
export const isPending = (state: UnitReportState): boolean =>
  state === 'missing' || state === 'draft' || state === 'returned'

/**
 * Every unit expected to report in a period with the state of its report. Reports are read with
 * the caller's rights when a user is given, else as the system (scheduled reminders, statistics).
 */
export async function periodStatus(
  payload: Payload,
  period: PeriodForStatus,
  options: { user?: TypedUser | null; now?: Date; req?: PayloadRequest } = {},
): Promise<PeriodStatusRow[]> {
  const now = options.now ?? new Date()
  const units = expectedUnits(await loadUnits(payload, options.req), period)
  const reports = await payload.find({
    collection: UNIT_REPORTS_SLUG,
    where: { period: { equals: period.id } },
    pagination: false,
    depth: 0,
    select: { unit: true, status: true, submittedAt: true, late: true, values: true },
    ...(options.user === undefined ? { overrideAccess: true } : { overrideAccess: false, user: options.user }),
    req: options.req,
  })
  const byUnit = new Map(reports.docs.map((r) => [typeof r.unit === 'object' ? r.unit.id : r.unit, r]))
  const overdue = now >= deadlineEnd(period.deadline)
  return units.map((unit) => {
    const report = byUnit.get(unit.id)
    const state: UnitReportState = report ? ((report.status ?? 'draft') as ReportStatus) : 'missing'
    const submittedAt = report?.submittedAt ?? null
    const sent = state === 'submitted' || state === 'accepted'
    const lateDays =
      sent && submittedAt ? daysLate(period.deadline, submittedAt) : overdue ? daysLate(period.deadline, now) : 0
    return {
      unitId: unit.id,
      unitTitle: unit.title,
      reportId: report?.id ?? null,
      state,
      submittedAt: sent ? submittedAt : null,
      late: sent ? Boolean(report?.late) : overdue,
      daysLate: lateDays,
      values: (report?.values ?? {}) as ReportValues,
    }
  })
}

/** A period read with the caller's rights (null when it does not exist or is hidden). */
export async function findPeriod(
  payload: Payload,
  id: number,
  user: TypedUser | null,
): Promise<PeriodForStatus | null> {
  const found = await payload.find({
    collection: REPORT_PERIODS_SLUG,
    where: { id: { equals: id } },
    limit: 1,
    depth: 0,
    overrideAccess: false,
    user,
  })
  return (found.docs[0] as unknown as PeriodForStatus | undefined) ?? null
}
