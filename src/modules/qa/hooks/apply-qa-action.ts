import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'
import { roleOf, type RoleUser } from '@/shared/access/roles'
import { userError } from '@/shared/errors'
import { isQaAction, isQaState, qaTransition, type QaAction, type QaState } from '../states'
import { generateTrackingCode } from '../tracking'
import { applyActionEffects } from './action-effects'
import { QUESTIONS_SLUG } from '../constants'

export type QaContext = {
  /** set by scheduler tasks that write with a system identity (e.g. the legal-basis scan) */
  qaSystem?: { byName: string }
  publicSubmission?: boolean
  /** the time the handling hook uses instead of the clock (tests of due dates) */
  qaNow?: string
  /**
   * Set by the sync follower (the workflow's system action) when it writes its copy of a question
   * answered and published on another portal: the copy is published or withdrawn as a whole.
   */
  systemAction?: { action: string; byName: string; comment?: string }
}

export type QaHistoryRow = {
  action: QaAction
  fromStatus: QaState
  toStatus: QaState
  by?: number | string | null
  byName: string
  at: string
  note?: string | null
}

/**
 * The only writer of `status`: works out the action (the chosen one, or a plain save), checks the
 * role and current state, applies the action's effects (dates, assignment, answer stamps, erasure)
 * and appends a history row.
 */
export const applyQaAction: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req, context }) => {
  const ctx = context as QaContext
  const next = data as Record<string, unknown>
  const previous = (originalDoc ?? {}) as Record<string, unknown>
  const now = ctx.qaNow ? new Date(ctx.qaNow) : new Date()
  const requested = next.qaAction
  const note = typeof next.qaNote === 'string' && next.qaNote.trim() ? next.qaNote.trim() : null
  delete next.qaAction
  delete next.qaNote
  if (requested !== undefined && requested !== null && requested !== '' && !isQaAction(requested)) {
    throw userError(`Thao tác xử lý “${String(requested)}” không hợp lệ.`, 400)
  }

  if (ctx.systemAction && (next.syncedCopy === true || previous.syncedCopy === true)) {
    return applySyncedCopy(next, previous, operation === 'create', req, ctx.systemAction, now)
  }

  if (operation === 'create') {
    await stampNewQuestion(next, req, now)
    if (isQaAction(requested) && requested !== 'save') {
      throw userError('Hãy lưu câu hỏi trước, sau đó mới tiếp nhận, phân công hoặc trả lời.', 400)
    }
    next.status = 'new'
    next.history = [historyRow('save', 'new', 'new', req, ctx, now, 'Tiếp nhận câu hỏi')]
    return next
  }

  const from: QaState = isQaState(previous.status) ? previous.status : 'new'
  const action: QaAction = isQaAction(requested) ? requested : 'save'
  const user = req.user as RoleUser | null
  const result = qaTransition({ action, from, role: ctx.qaSystem ? 'admin' : roleOf(user), note })
  if (!result.ok) throw userError(result.message, 403)

  await applyActionEffects({ action, next, previous, req, now, note })
  if ('dueDate' in next && String(next.dueDate ?? '') !== String(previous.dueDate ?? '')) {
    // A new deadline deserves its own reminders.
    next.dueSoonRemindedAt = null
    next.overdueRemindedAt = null
  }
  next.status = result.to

  const history = Array.isArray(previous.history) ? (previous.history as QaHistoryRow[]).map(stripRowId) : []
  next.history = action === 'save' ? history : [...history, historyRow(action, from, result.to, req, ctx, now, note)]
  return next
}

/**
 * A question answered and published on another portal, written here by the sync follower: it is
 * never handled here (no deadline, no assignment, no asker), only published or withdrawn as the
 * source does; the statistics of this portal's own questions leave it out (`syncedCopy`).
 */
async function applySyncedCopy(
  next: Record<string, unknown>,
  previous: Record<string, unknown>,
  create: boolean,
  req: PayloadRequest,
  system: NonNullable<QaContext['systemAction']>,
  now: Date,
): Promise<Record<string, unknown>> {
  const from: QaState = create ? 'new' : isQaState(previous.status) ? previous.status : 'new'
  // The source's publication time (stamping a new question clears it).
  const sourcePublishedAt = typeof next.publishedAt === 'string' ? next.publishedAt : null
  if (create) await stampNewQuestion(next, req, now)
  next.syncedCopy = true
  const publish = system.action === 'publish'
  const to: QaState = publish ? 'published' : from === 'published' ? 'answered' : from
  if (publish) {
    const at = sourcePublishedAt || (previous.publishedAt as string | null) || now
    next.publishedAt = new Date(at).toISOString()
    next.answeredAt = next.publishedAt
  }
  next.status = to
  const history = Array.isArray(previous.history) ? (previous.history as QaHistoryRow[]).map(stripRowId) : []
  next.history =
    from === to && !create
      ? history
      : [
          ...history,
          historyRow(
            publish ? 'publish' : 'unpublish',
            from,
            to,
            req,
            // An editor taking the source's version is named as themself; the follower by its name.
            req.user ? {} : { qaSystem: { byName: system.byName } },
            now,
            system.comment ?? null,
          ),
        ]
  return next
}

async function stampNewQuestion(next: Record<string, unknown>, req: PayloadRequest, now: Date): Promise<void> {
  next.trackingCode = await uniqueTrackingCode(req, now)
  if (typeof next.originalTitle !== 'string' || !next.originalTitle) next.originalTitle = next.title
  if (typeof next.originalBody !== 'string' || !next.originalBody) next.originalBody = next.body
  if (!next.receivedAt) next.receivedAt = now.toISOString()
  for (const stamp of ['assignedAt', 'answeredAt', 'answeredBy', 'approvedBy', 'publishedAt', 'anonymisedAt']) {
    next[stamp] = null
  }
  next.legalBasisChanged = false
}

async function uniqueTrackingCode(req: PayloadRequest, now: Date): Promise<string> {
  for (let attempt = 0; attempt < 8; attempt++) {
    const code = generateTrackingCode(now)
    // System check for uniqueness across questions the caller cannot read.
    const clash = await req.payload.count({
      collection: QUESTIONS_SLUG,
      where: { trackingCode: { equals: code } },
      overrideAccess: true,
      req,
    })
    if (clash.totalDocs === 0) return code
  }
  throw userError('Không tạo được mã tra cứu, vui lòng gửi lại.', 503)
}

function historyRow(
  action: QaAction,
  fromStatus: QaState,
  toStatus: QaState,
  req: PayloadRequest,
  ctx: QaContext,
  now: Date,
  note: string | null,
): QaHistoryRow {
  const user = req.user as (RoleUser & { name?: string | null; email?: string | null }) | null
  const byName =
    ctx.qaSystem?.byName ?? (user ? user.name || user.email || 'Không rõ' : 'Người hỏi (biểu mẫu công khai)')
  return {
    action,
    fromStatus,
    toStatus,
    by: ctx.qaSystem ? null : (user?.id ?? null),
    byName,
    at: now.toISOString(),
    note,
  }
}

function stripRowId(row: QaHistoryRow): QaHistoryRow {
  const by = row.by as unknown
  const { action, fromStatus, toStatus, byName, at, note } = row
  return {
    action,
    fromStatus,
    toStatus,
    byName,
    at,
    note: note ?? null,
    by: by && typeof by === 'object' ? (by as { id: number | string }).id : ((by as number | string | null) ?? null),
  }
}
