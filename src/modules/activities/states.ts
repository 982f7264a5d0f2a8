import type { Role } from '@/shared/access/roles'
import { ACTIVITY_STATUSES, type ActivityStatus } from './constants'

/**
 * The lifecycle of an activity record: a unit drafts it and sends it for verification; the
 * editorial board verifies it or returns it with a note; a returned record is corrected and sent
 * again. Pure rules, shared by the server hook (which enforces them) and the admin buttons.
 */

export const STATUS_LABELS = Object.fromEntries(ACTIVITY_STATUSES.map((s) => [s.value, s.label])) as Record<
  ActivityStatus,
  string
>

export const isActivityStatus = (value: unknown): value is ActivityStatus =>
  typeof value === 'string' && value in STATUS_LABELS

/** Statuses in which the unit may still change or delete its record. */
export const EDITABLE_BY_UNIT: readonly ActivityStatus[] = ['draft', 'returned']

/** Statuses counted by the statistics of each scope. */
export const COUNTED_STATUSES = {
  public: ['verified'],
  internal: ['submitted', 'verified'],
} as const satisfies Record<string, readonly ActivityStatus[]>

const BOARD: readonly Role[] = ['admin', 'editor-in-chief', 'editor']

/** Status changes (from → to) each kind of user may make; staying in the same status is an edit. */
const MOVES: Record<'unit' | 'board', readonly [ActivityStatus, ActivityStatus][]> = {
  unit: [
    ['draft', 'submitted'],
    ['returned', 'submitted'],
  ],
  board: [
    ['draft', 'submitted'],
    ['returned', 'submitted'],
    ['submitted', 'verified'],
    ['submitted', 'returned'],
  ],
}

export type ActivityMove = { ok: true } | { ok: false; status: 400 | 403; message: string }

/** Whether `role` may change a record from `from` to `to` (or edit it when they are equal). */
export function activityMove(role: Role | null, from: ActivityStatus, to: ActivityStatus): ActivityMove {
  const board = role !== null && BOARD.includes(role)
  if (!board && role !== 'contributor') {
    return { ok: false, status: 403, message: 'Bạn không có quyền thay đổi hồ sơ hoạt động PBGDPL.' }
  }
  if (!board && !EDITABLE_BY_UNIT.includes(from)) {
    return {
      ok: false,
      status: 403,
      message:
        from === 'verified'
          ? 'Hoạt động đã được xác nhận: đơn vị không được sửa, xóa hay đổi trạng thái. Hãy liên hệ Ban Biên tập.'
          : 'Hoạt động đang chờ xác nhận: đơn vị chỉ sửa được khi hồ sơ là bản nháp hoặc bị trả lại.',
    }
  }
  if (from === to) return { ok: true }
  const allowed = MOVES[board ? 'board' : 'unit'].some(([a, b]) => a === from && b === to)
  if (allowed) return { ok: true }
  if (!board && (to === 'verified' || to === 'returned')) {
    return { ok: false, status: 403, message: 'Chỉ Ban Biên tập được xác nhận hoặc trả lại hoạt động.' }
  }
  return {
    ok: false,
    status: 400,
    message: `Không thể chuyển hoạt động từ “${STATUS_LABELS[from]}” sang “${STATUS_LABELS[to]}”.`,
  }
}

/** The buttons shown to `role` on a record in status `from`. */
export function availableMoves(role: Role | null, from: ActivityStatus): ActivityStatus[] {
  return (['submitted', 'verified', 'returned'] as const).filter((to) => to !== from && activityMove(role, from, to).ok)
}

/** Statuses a new record may start in: units draft or send at once; the board may also verify. */
export function creatableStatus(role: Role | null, status: ActivityStatus): boolean {
  if (role !== null && BOARD.includes(role)) return status !== 'returned'
  return role === 'contributor' && (status === 'draft' || status === 'submitted')
}
