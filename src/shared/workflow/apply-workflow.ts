import type { CollectionBeforeChangeHook } from 'payload'
import { userError } from '../errors'
import { isContributor, roleOf, unitIdOf, type RoleUser } from '../access/roles'
import { isWorkflowAction, isWorkflowState, transition, type WorkflowAction, type WorkflowState } from './states'

export type WorkflowContext = {
  /** set by seeds, imports and the scheduler, which write with a system identity */
  systemAction?: { action: WorkflowAction; byName: string; comment?: string }
  skipWorkflow?: boolean
}

type HistoryRow = {
  action: WorkflowAction
  fromState: WorkflowState
  toState: WorkflowState
  by?: number | string | null
  byName: string
  at: string
  comment?: string | null
}

/**
 * Runs the editorial workflow on every write: works out the action (the chosen one, or a plain
 * save), checks the role and current state, sets the new state, stamps the publication date and
 * appends a history row. The state can never be written directly.
 */
export const applyWorkflow: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req, context }) => {
  const ctx = context as WorkflowContext
  const next = data as Record<string, unknown>
  const previous = (originalDoc ?? {}) as Record<string, unknown>
  if (ctx.skipWorkflow) return data

  const from: WorkflowState =
    operation === 'create' ? 'draft' : isWorkflowState(previous.workflowState) ? previous.workflowState : 'draft'
  const requested = ctx.systemAction?.action ?? next.workflowAction
  // This hook runs before field validation and removes the virtual field, so an unknown action
  // must be refused here rather than quietly treated as a plain save.
  if (requested !== undefined && requested !== null && requested !== '' && !isWorkflowAction(requested)) {
    throw userError(`Thao tác biên tập “${String(requested)}” không hợp lệ.`, 400)
  }
  const action: WorkflowAction = isWorkflowAction(requested) ? requested : 'save'
  const comment = ctx.systemAction?.comment ?? (typeof next.workflowComment === 'string' ? next.workflowComment : null)
  const user = req.user as RoleUser | null

  const result = ctx.systemAction
    ? transition({ action, from, role: 'admin', comment })
    : transition({ action, from, role: roleOf(user), comment })
  if (!result.ok) throw userError(result.message, 403)

  if (!ctx.systemAction && isContributor(user) && operation === 'create') {
    next.unit = unitIdOf(user)
  }

  const now = new Date()
  // A partial update (e.g. the scheduler's) keeps the stored date.
  const givenDate = 'publishedAt' in next ? next.publishedAt : previous.publishedAt
  const at = typeof givenDate === 'string' ? new Date(givenDate) : null
  if (action === 'schedule') {
    if (!at || Number.isNaN(at.getTime()) || at <= now) {
      throw userError('Hãy chọn thời điểm xuất bản trong tương lai trước khi hẹn giờ.', 400)
    }
  }
  if (action === 'publish') {
    // Published now, unless a past date was given (e.g. the scheduled time that has just passed).
    next.publishedAt = !at || Number.isNaN(at.getTime()) || at > now ? now.toISOString() : at.toISOString()
  }

  next.workflowState = result.to
  delete next.workflowAction
  delete next.workflowComment

  const changed = action !== 'save' || operation === 'create'
  if (changed) {
    // A new document (also a duplicate of another) starts its own history.
    const history =
      operation !== 'create' && Array.isArray(previous.workflowHistory)
        ? (previous.workflowHistory as HistoryRow[])
        : []
    const row: HistoryRow = {
      action: operation === 'create' && action === 'save' ? 'save' : action,
      fromState: from,
      toState: result.to,
      by: ctx.systemAction ? null : (user?.id ?? null),
      byName: ctx.systemAction?.byName ?? nameOf(user),
      at: now.toISOString(),
      comment: comment?.trim() || null,
    }
    next.workflowHistory = [...history.map(stripRowId), row]
  } else if (Array.isArray(previous.workflowHistory)) {
    // The history is read-only: whatever the client sent is replaced by what was stored.
    next.workflowHistory = (previous.workflowHistory as HistoryRow[]).map(stripRowId)
  } else {
    delete next.workflowHistory
  }
  return next
}

function stripRowId(row: HistoryRow): HistoryRow {
  const by = row.by as unknown
  return { ...row, by: by && typeof by === 'object' ? (by as { id: number | string }).id : (row.by ?? null) }
}

function nameOf(user: RoleUser | null): string {
  const named = user as (RoleUser & { name?: string | null; email?: string | null }) | null
  return named?.name || named?.email || 'Không rõ'
}
