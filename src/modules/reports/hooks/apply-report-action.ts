import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'
import { isEditorial, roleOf, unitIdOf, type RoleUser } from '@/shared/access/roles'
import { userError } from '@/shared/errors'
import { REPORT_PERIODS_SLUG, UNIT_REPORTS_SLUG, type ReportStatus } from '../constants'
import { checkValues, type Indicator, type ReportValues } from '../indicators'
import { daysLate } from '../period-range'
import { computePrefill, type PrefillSource } from '../server/prefill'
import { loadUnits, expectedUnits } from '../server/units'
import { isReportAction, isReportStatus, mayEditValues, reportTransition, type ReportAction } from '../states'

export type ReportsContext = {
  /** the time the lifecycle hook uses instead of the clock (tests of late submission) */
  reportsNow?: string
}

type Period = {
  id: number
  title: string
  open?: boolean | null
  from: string
  to: string
  deadline: string
  unitKinds?: string[] | null
  units?: (number | { id: number })[] | null
  indicators?: Indicator[] | null
}

type HistoryRow = { at: string; action: string; by: number | string | null; note: string | null }

const idOf = (v: unknown): number | null => {
  if (typeof v === 'number') return v
  if (typeof v === 'string' && /^\d+$/.test(v)) return Number(v)
  if (v && typeof v === 'object' && 'id' in v) return idOf((v as { id: unknown }).id)
  return null
}

async function loadPeriod(req: PayloadRequest, id: number | null): Promise<Period> {
  if (id === null) throw userError('Hãy chọn kỳ báo cáo.', 400)
  // A look-up for validation: the caller's right to the report is checked by the collection's access.
  const period = await req.payload
    .findByID({ collection: REPORT_PERIODS_SLUG, id, depth: 0, overrideAccess: true, req, disableErrors: true })
    .catch(() => null)
  if (!period) throw userError('Kỳ báo cáo không tồn tại.', 400)
  return period as unknown as Period
}

const valuesChanged = (a: unknown, b: unknown): boolean => JSON.stringify(a ?? {}) !== JSON.stringify(b ?? {})

function fail(errors: string[]): never {
  throw userError(errors.join(' '), 400)
}

/**
 * The only writer of a report's status, dates, review and history: checks the role, the unit, the
 * period and the current status for the chosen action, validates the values against the period's
 * indicators, pre-fills them on creation and on "Lấy lại số liệu", and appends a history row.
 */
export const applyReportAction: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req, context }) => {
  const ctx = context as ReportsContext
  const next = data as Record<string, unknown>
  const previous = (originalDoc ?? {}) as Record<string, unknown>
  const now = ctx.reportsNow ? new Date(ctx.reportsNow) : new Date()
  const user = req.user as RoleUser | null
  const role = roleOf(user)
  const requested = next.reportAction
  const note = typeof next.reportNote === 'string' && next.reportNote.trim() ? next.reportNote.trim() : null
  delete next.reportAction
  delete next.reportNote
  if (requested !== undefined && requested !== null && requested !== '' && !isReportAction(requested)) {
    throw userError(`Thao tác “${String(requested)}” không hợp lệ.`, 400)
  }
  const action: ReportAction = isReportAction(requested) ? requested : 'save'

  if (operation === 'create') return createReport({ next, req, user, action, now })

  next.period = previous.period
  next.unit = previous.unit
  const from: ReportStatus = isReportStatus(previous.status) ? previous.status : 'draft'
  const transition = reportTransition({ action, from, role, note })
  if (!transition.ok) throw userError(transition.message, transition.status)
  const period = await loadPeriod(req, idOf(previous.period))
  const board = isEditorial(user)
  if (!period.open && !board && action !== 'save') {
    throw userError('Kỳ báo cáo đã đóng, không thể gửi hoặc cập nhật báo cáo.', 409)
  }
  const indicators = period.indicators ?? []
  const changing = 'values' in next && valuesChanged(next.values, previous.values)
  if (changing && (!mayEditValues(from, role) || (!period.open && !board))) {
    throw userError(
      period.open
        ? 'Báo cáo đã gửi hoặc đã tiếp nhận, không thể sửa số liệu.'
        : 'Kỳ báo cáo đã đóng, không thể sửa số liệu.',
      409,
    )
  }
  let values = (changing ? next.values : previous.values) as ReportValues | null
  let sources = (previous.prefilled ?? {}) as Record<string, PrefillSource>
  if (action === 'refill') {
    const unitId = idOf(previous.unit)!
    const prefill = await computePrefill(req.payload, { period, unitId, req })
    values = { ...(values ?? {}), ...prefill.values }
    sources = { ...sources, ...prefill.sources }
  }
  const checked = checkValues(indicators, withoutRetired(values, previous.values, indicators), action === 'submit')
  if (!checked.ok) fail(checked.errors)
  next.values = checked.values
  next.prefilled = sources

  const history = Array.isArray(previous.history) ? (previous.history as HistoryRow[]).map(stripId) : []
  let historyNote = note
  next.status = transition.to
  // Stamps are written only here; whatever a caller sent for them is replaced.
  next.submittedAt = previous.submittedAt ?? null
  next.late = previous.late ?? false
  next.reviewedAt = previous.reviewedAt ?? null
  next.reviewedBy = idOf(previous.reviewedBy)
  next.reviewComment = previous.reviewComment ?? null
  next.title = previous.title
  if (action === 'submit') {
    const late = daysLate(period.deadline, now)
    next.submittedAt = now.toISOString()
    next.late = late > 0
    historyNote = [note, late > 0 ? `Nộp muộn ${late} ngày` : null].filter(Boolean).join(' · ') || null
  }
  if (action === 'accept' || action === 'return') {
    next.reviewedAt = now.toISOString()
    next.reviewedBy = user?.id ?? null
    next.reviewComment = note
  }
  if (action !== 'save' || changing) history.push(row(action, req, now, historyNote))
  next.history = history
  return next
}

async function createReport(input: {
  next: Record<string, unknown>
  req: PayloadRequest
  user: RoleUser | null
  action: ReportAction
  now: Date
}): Promise<Record<string, unknown>> {
  const { next, req, user, action, now } = input
  if (action !== 'save') throw userError('Hãy lưu báo cáo trước, sau đó mới gửi.', 400)
  const board = isEditorial(user)
  const own = unitIdOf(user)
  const unitId = idOf(next.unit) ?? (board ? null : idOf(own))
  if (unitId === null) throw userError('Hãy chọn đơn vị báo cáo.', 400)
  if (!board && unitId !== idOf(own)) throw userError('Bạn chỉ lập được báo cáo của đơn vị mình.', 403)
  const period = await loadPeriod(req, idOf(next.period))
  if (!period.open) throw userError('Kỳ báo cáo đã đóng, không thể lập báo cáo mới.', 409)
  const units = await loadUnits(req.payload, req)
  const unit = units.find((u) => u.id === unitId)
  if (!unit) throw userError('Đơn vị không tồn tại.', 400)
  if (!expectedUnits(units, period).some((u) => u.id === unitId)) {
    throw userError(`${unit.title} không thuộc diện phải báo cáo trong kỳ “${period.title}”.`, 400)
  }
  // Checked as the system: the caller may not see another unit's report, but must not create a twin of it.
  const existing = await req.payload.count({
    collection: UNIT_REPORTS_SLUG,
    where: { and: [{ period: { equals: period.id } }, { unit: { equals: unitId } }] },
    overrideAccess: true,
    req,
  })
  if (existing.totalDocs > 0) {
    throw userError(`${unit.title} đã có báo cáo cho kỳ “${period.title}”; hãy mở báo cáo đó để cập nhật.`, 409)
  }
  const prefill = await computePrefill(req.payload, { period, unitId, req })
  const given = (next.values ?? {}) as Record<string, unknown>
  const sources = Object.fromEntries(Object.entries(prefill.sources).filter(([key]) => !(key in given)))
  const checked = checkValues(period.indicators ?? [], { ...prefill.values, ...given }, false)
  if (!checked.ok) fail(checked.errors)
  return {
    ...next,
    period: period.id,
    unit: unitId,
    title: `${period.title} – ${unit.title}`,
    values: checked.values,
    prefilled: sources,
    status: 'draft',
    submittedAt: null,
    late: false,
    reviewedAt: null,
    reviewedBy: null,
    reviewComment: null,
    history: [row('create', req, now, null)],
  }
}

/**
 * Answers to indicators the board has since removed from the period are dropped, so the unit can
 * still save; an unknown key the caller adds now is still refused.
 */
function withoutRetired(values: ReportValues | null, stored: unknown, indicators: Indicator[]): ReportValues {
  const keys = new Set(indicators.map((i) => i.key))
  const old = (stored ?? {}) as Record<string, unknown>
  return Object.fromEntries(
    Object.entries(values ?? {}).filter(([key, value]) => keys.has(key) || !(key in old) || old[key] !== value),
  ) as ReportValues
}

function row(action: ReportAction | 'create', req: PayloadRequest, now: Date, note: string | null): HistoryRow {
  return { at: now.toISOString(), action, by: (req.user as RoleUser | null)?.id ?? null, note }
}

function stripId(r: HistoryRow & { id?: unknown }): HistoryRow {
  return { at: r.at, action: r.action, by: idOf(r.by), note: r.note ?? null }
}
