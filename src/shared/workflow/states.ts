import { ROLES, type Role } from '../access/roles'

/** Editorial workflow: states, actions and who may take each action from where. */

export const WORKFLOW_STATES = [
  'draft',
  'submitted',
  'returned',
  'approved',
  'scheduled',
  'published',
  'archived',
] as const
export type WorkflowState = (typeof WORKFLOW_STATES)[number]

export const STATE_LABELS: Record<WorkflowState, string> = {
  draft: 'Bản nháp',
  submitted: 'Chờ duyệt',
  returned: 'Trả lại để sửa',
  approved: 'Đã duyệt',
  scheduled: 'Hẹn giờ xuất bản',
  published: 'Đã xuất bản',
  archived: 'Đã gỡ xuống',
}

export const WORKFLOW_ACTIONS = [
  'save',
  'submit',
  'return',
  'approve',
  'schedule',
  'publish',
  'unpublish',
  'reopen',
] as const
export type WorkflowAction = (typeof WORKFLOW_ACTIONS)[number]

export const ACTION_LABELS: Record<WorkflowAction, string> = {
  save: 'Lưu',
  submit: 'Gửi duyệt',
  return: 'Trả lại kèm ý kiến',
  approve: 'Duyệt',
  schedule: 'Hẹn giờ xuất bản',
  publish: 'Xuất bản',
  unpublish: 'Gỡ xuống',
  reopen: 'Mở lại để sửa',
}

type Rule = { from: readonly WorkflowState[]; to: WorkflowState | 'same'; roles: readonly Role[] }

const BOARD = [ROLES.admin, ROLES.editorInChief, ROLES.editor] as const
const CHIEFS = [ROLES.admin, ROLES.editorInChief] as const
const WRITERS = [...BOARD, ROLES.contributor] as const

/** Several rules per action: the first whose `from` and `roles` match wins. */
const RULES: Record<WorkflowAction, Rule[]> = {
  save: [
    { from: ['draft', 'returned'], to: 'same', roles: WRITERS },
    { from: ['submitted', 'approved', 'scheduled', 'published', 'archived'], to: 'same', roles: BOARD },
  ],
  submit: [{ from: ['draft', 'returned'], to: 'submitted', roles: WRITERS }],
  return: [{ from: ['submitted', 'approved', 'scheduled'], to: 'returned', roles: BOARD }],
  approve: [{ from: ['submitted'], to: 'approved', roles: BOARD }],
  schedule: [
    { from: ['submitted', 'approved'], to: 'scheduled', roles: BOARD },
    { from: ['draft', 'returned', 'archived'], to: 'scheduled', roles: CHIEFS },
  ],
  publish: [
    { from: ['submitted', 'approved', 'scheduled', 'published'], to: 'published', roles: BOARD },
    { from: ['draft', 'returned', 'archived'], to: 'published', roles: CHIEFS },
  ],
  unpublish: [{ from: ['published', 'scheduled'], to: 'archived', roles: BOARD }],
  reopen: [{ from: ['archived', 'approved'], to: 'draft', roles: BOARD }],
}

/** Actions whose comment is required (a returned draft must say what to fix). */
export const ACTIONS_NEEDING_COMMENT: readonly WorkflowAction[] = ['return']

export type TransitionResult = { ok: true; to: WorkflowState } | { ok: false; message: string }

export function isWorkflowAction(value: unknown): value is WorkflowAction {
  return typeof value === 'string' && (WORKFLOW_ACTIONS as readonly string[]).includes(value)
}

export function isWorkflowState(value: unknown): value is WorkflowState {
  return typeof value === 'string' && (WORKFLOW_STATES as readonly string[]).includes(value)
}

/** Decides whether `role` may take `action` on a document in state `from`, and where it leads. */
export function transition(args: {
  action: WorkflowAction
  from: WorkflowState
  role: Role | null
  comment?: string | null
}): TransitionResult {
  const { action, from, role, comment } = args
  if (!role) return { ok: false, message: 'Bạn cần đăng nhập để thực hiện thao tác này.' }
  const rules = RULES[action]
  const rule = rules.find((r) => r.from.includes(from) && r.roles.includes(role))
  if (!rule) {
    const anyRole = rules.find((r) => r.from.includes(from))
    if (!anyRole) {
      return {
        ok: false,
        message: `Không thể “${ACTION_LABELS[action]}” khi nội dung đang ở trạng thái “${STATE_LABELS[from]}”.`,
      }
    }
    return {
      ok: false,
      message: `Vai trò của bạn không được phép “${ACTION_LABELS[action]}” nội dung đang ở trạng thái “${STATE_LABELS[from]}”.`,
    }
  }
  if (ACTIONS_NEEDING_COMMENT.includes(action) && !comment?.trim()) {
    return { ok: false, message: 'Vui lòng ghi ý kiến khi trả lại bài để người viết biết cần sửa gì.' }
  }
  return { ok: true, to: rule.to === 'same' ? from : rule.to }
}

/** The actions a role can take from a state, for building the admin's workflow buttons. */
export function availableActions(from: WorkflowState, role: Role | null): WorkflowAction[] {
  if (!role) return []
  return WORKFLOW_ACTIONS.filter((action) => RULES[action].some((r) => r.from.includes(from) && r.roles.includes(role)))
}
