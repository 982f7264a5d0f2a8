import { ROLES, type Role } from '@/shared/access/roles'

/**
 * The life of a citizen's legal question, modelled on src/shared/workflow/states.ts:
 *
 *   new ──accept──▶ accepted ──assign──▶ assigned ──answer──▶ answered ──publish──▶ published
 *    │                 │                  ▲    │                 │                    │
 *    │                 └──answer (editor)─┼────┘◀────return──────┘◀────unpublish──────┘
 *    └─reject/merge (also from accepted, assigned) ─▶ rejected / merged ──reopen──▶ new
 *
 * `status` is written only by the beforeChange hook (hooks/apply-qa-action.ts), which checks the
 * role and the current state through `qaTransition`. Experts act only on questions assigned to
 * them or their unit (the collection's update access limits which documents they can reach).
 */

export const QA_STATES = ['new', 'accepted', 'assigned', 'answered', 'published', 'rejected', 'merged'] as const
export type QaState = (typeof QA_STATES)[number]

export const QA_STATE_LABELS: Record<QaState, string> = {
  new: 'Mới nhận, chờ kiểm duyệt',
  accepted: 'Đã tiếp nhận, chờ phân công',
  assigned: 'Đã phân công',
  answered: 'Đã trả lời, chờ duyệt',
  published: 'Đã công bố',
  rejected: 'Từ chối',
  merged: 'Đã gộp',
}

export const QA_ACTIONS = [
  'save',
  'accept',
  'reject',
  'merge',
  'assign',
  'answer',
  'return',
  'publish',
  'unpublish',
  'reopen',
  'mark-reviewed',
  'erase',
] as const
export type QaAction = (typeof QA_ACTIONS)[number]

export const QA_ACTION_LABELS: Record<QaAction, string> = {
  save: 'Lưu',
  accept: 'Tiếp nhận',
  reject: 'Từ chối',
  merge: 'Gộp vào câu hỏi trùng',
  assign: 'Phân công / phân công lại',
  answer: 'Gửi câu trả lời để duyệt',
  return: 'Trả lại câu trả lời kèm ý kiến',
  publish: 'Duyệt và công bố',
  unpublish: 'Gỡ khỏi trang công khai',
  reopen: 'Mở lại để kiểm duyệt',
  'mark-reviewed': 'Đã rà soát căn cứ pháp lý',
  erase: 'Xóa dữ liệu cá nhân',
}

type Rule = { from: readonly QaState[]; to: QaState | 'same'; roles: readonly Role[] }

const BOARD = [ROLES.admin, ROLES.editorInChief, ROLES.editor] as const
const OPEN: readonly QaState[] = ['new', 'accepted', 'assigned']
const ALL: readonly QaState[] = QA_STATES

/** Several rules per action: the first whose `from` and `roles` match wins. */
const RULES: Record<QaAction, Rule[]> = {
  save: [
    { from: ALL, to: 'same', roles: BOARD },
    // An expert drafts the answer before submitting it.
    { from: ['assigned'], to: 'same', roles: [ROLES.expert] },
  ],
  accept: [{ from: ['new'], to: 'accepted', roles: BOARD }],
  reject: [{ from: OPEN, to: 'rejected', roles: BOARD }],
  merge: [{ from: OPEN, to: 'merged', roles: BOARD }],
  assign: [{ from: OPEN, to: 'assigned', roles: BOARD }],
  answer: [
    { from: ['accepted', 'assigned'], to: 'answered', roles: BOARD },
    { from: ['assigned'], to: 'answered', roles: [ROLES.expert] },
  ],
  return: [{ from: ['answered'], to: 'assigned', roles: BOARD }],
  publish: [{ from: ['answered'], to: 'published', roles: BOARD }],
  unpublish: [{ from: ['published'], to: 'answered', roles: BOARD }],
  reopen: [{ from: ['rejected', 'merged'], to: 'new', roles: BOARD }],
  'mark-reviewed': [{ from: ['answered', 'published'], to: 'same', roles: BOARD }],
  erase: [{ from: ALL, to: 'same', roles: BOARD }],
}

/** Actions whose note is required. */
export const QA_ACTIONS_NEEDING_NOTE: readonly QaAction[] = ['return']

export type QaTransitionResult = { ok: true; to: QaState } | { ok: false; message: string }

export const isQaAction = (value: unknown): value is QaAction =>
  typeof value === 'string' && (QA_ACTIONS as readonly string[]).includes(value)

export const isQaState = (value: unknown): value is QaState =>
  typeof value === 'string' && (QA_STATES as readonly string[]).includes(value)

/** Decides whether `role` may take `action` on a question in state `from`, and where it leads. */
export function qaTransition(args: {
  action: QaAction
  from: QaState
  role: Role | null
  note?: string | null
}): QaTransitionResult {
  const { action, from, role, note } = args
  if (!role) return { ok: false, message: 'Bạn cần đăng nhập để xử lý câu hỏi.' }
  const rules = RULES[action]
  const rule = rules.find((r) => r.from.includes(from) && r.roles.includes(role))
  if (!rule) {
    const label = `“${QA_ACTION_LABELS[action]}”`
    const state = `“${QA_STATE_LABELS[from]}”`
    return rules.some((r) => r.from.includes(from))
      ? { ok: false, message: `Vai trò của bạn không được phép ${label} câu hỏi đang ở trạng thái ${state}.` }
      : { ok: false, message: `Không thể ${label} khi câu hỏi đang ở trạng thái ${state}.` }
  }
  if (QA_ACTIONS_NEEDING_NOTE.includes(action) && !note?.trim()) {
    return { ok: false, message: 'Vui lòng ghi ý kiến khi trả lại câu trả lời để người trả lời biết cần sửa gì.' }
  }
  return { ok: true, to: rule.to === 'same' ? from : rule.to }
}

/** The actions a role can take from a state, for the admin's action buttons. */
export function availableQaActions(from: QaState, role: Role | null): QaAction[] {
  if (!role) return []
  return QA_ACTIONS.filter((action) => RULES[action].some((r) => r.from.includes(from) && r.roles.includes(role)))
}
