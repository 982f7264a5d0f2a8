import type { Role } from '@/shared/access/roles'
import type { ReportStatus } from './constants'

/**
 * The life of a unit's report: the unit drafts and submits; the editorial board accepts it or
 * returns it with a comment; a returned report is edited and submitted again. "refill" re-reads
 * the pre-filled figures. The table below is the only source of who may do what and when.
 */
export const REPORT_ACTIONS = ['save', 'refill', 'submit', 'accept', 'return'] as const
export type ReportAction = (typeof REPORT_ACTIONS)[number]

export const REPORT_ACTION_LABELS: Record<ReportAction, string> = {
  save: 'Lưu',
  refill: 'Lấy lại số liệu',
  submit: 'Gửi báo cáo',
  accept: 'Tiếp nhận báo cáo',
  return: 'Trả lại để bổ sung',
}

export const REPORT_STATUS_LABELS: Record<ReportStatus, string> = {
  draft: 'Đang soạn',
  submitted: 'Đã gửi, chờ tiếp nhận',
  accepted: 'Đã tiếp nhận',
  returned: 'Trả lại để bổ sung',
}

export const isReportAction = (v: unknown): v is ReportAction =>
  typeof v === 'string' && (REPORT_ACTIONS as readonly string[]).includes(v)
export const isReportStatus = (v: unknown): v is ReportStatus => typeof v === 'string' && v in REPORT_STATUS_LABELS

const BOARD: readonly Role[] = ['admin', 'editor-in-chief', 'editor']
const UNIT: readonly Role[] = [...BOARD, 'contributor']
const EDITABLE: readonly ReportStatus[] = ['draft', 'returned']

type Rule = { roles: readonly Role[]; from: readonly ReportStatus[]; to: ReportStatus | null }
const RULES: Record<ReportAction, Rule> = {
  save: { roles: UNIT, from: ['draft', 'returned', 'submitted', 'accepted'], to: null },
  refill: { roles: UNIT, from: EDITABLE, to: null },
  submit: { roles: UNIT, from: EDITABLE, to: 'submitted' },
  accept: { roles: BOARD, from: ['submitted'], to: 'accepted' },
  return: { roles: BOARD, from: ['submitted'], to: 'returned' },
}

export type Transition = { ok: true; to: ReportStatus } | { ok: false; status: number; message: string }

export function reportTransition(input: {
  action: ReportAction
  from: ReportStatus
  role: Role | null
  note: string | null
}): Transition {
  const { action, from, role, note } = input
  const rule = RULES[action]
  if (role === null || !rule.roles.includes(role)) {
    return { ok: false, status: 403, message: `Bạn không có quyền “${REPORT_ACTION_LABELS[action]}”.` }
  }
  if (action === 'submit' && (from === 'submitted' || from === 'accepted')) {
    return { ok: false, status: 409, message: 'Báo cáo đã được gửi.' }
  }
  if (!rule.from.includes(from)) {
    return {
      ok: false,
      status: 409,
      message: `Không thể “${REPORT_ACTION_LABELS[action]}” khi báo cáo đang ở trạng thái “${REPORT_STATUS_LABELS[from]}”.`,
    }
  }
  if (action === 'return' && !note) {
    return { ok: false, status: 400, message: 'Hãy ghi ý kiến (nội dung cần bổ sung) khi trả lại báo cáo.' }
  }
  return { ok: true, to: rule.to ?? from }
}

/** The actions to offer in the admin to this role now. */
export function availableReportActions(from: ReportStatus, role: Role | null): ReportAction[] {
  return REPORT_ACTIONS.filter((action) => {
    const rule = RULES[action]
    return role !== null && rule.roles.includes(role) && rule.from.includes(from)
  })
}

/** Values may change only while the unit is drafting (or, for the board, before acceptance). */
export function mayEditValues(from: ReportStatus, role: Role | null): boolean {
  if (EDITABLE.includes(from)) return role !== null && UNIT.includes(role)
  return from === 'submitted' && role !== null && BOARD.includes(role)
}
