import type { CollectionBeforeChangeHook, CollectionBeforeDeleteHook } from 'payload'
import { isEditorial, roleOf, unitIdOf, type RoleUser } from '@/shared/access/roles'
import { userError } from '@/shared/errors'
import { ACTIVITIES_SLUG, type ActivityStatus } from '../constants'
import { activityMove, creatableStatus, EDITABLE_BY_UNIT, isActivityStatus, STATUS_LABELS } from '../states'

/** Set by system writers (demo seed, imports) that may write any status and stamps. */
export type ActivityContext = { activitySystem?: boolean }

const idOf = (value: unknown): number | string | null => {
  if (value === null || value === undefined || value === '') return null
  if (typeof value === 'object') return (value as { id: number | string }).id
  return value as number | string
}

/**
 * The only gate of an activity's lifecycle, whatever the caller (admin form, buttons, REST, Local
 * API): a contributor writes for their own unit and only while the record is a draft or returned;
 * the editorial board verifies (stamping who and when) or returns it with a note.
 */
export const enforceLifecycle: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req, context }) => {
  const next = data as Record<string, unknown>
  const previous = (originalDoc ?? {}) as Record<string, unknown>
  const user = req.user as (RoleUser & { collection?: string }) | null
  const system = !user || (context as ActivityContext).activitySystem === true
  if (system) {
    // Seeds and imports run without a user: they set the status they need; stamps stay consistent.
    const status = isActivityStatus(next.status) ? next.status : (previous.status as ActivityStatus) || 'draft'
    if (status !== 'verified') {
      next.verifiedBy = null
      next.verifiedAt = null
    } else if (!next.verifiedAt && !previous.verifiedAt) next.verifiedAt = new Date().toISOString()
    return next
  }

  const role = roleOf(user)
  const board = isEditorial(user)
  if (role === 'contributor') {
    const unit = unitIdOf(user)
    if (unit === null)
      throw userError('Tài khoản của bạn chưa gắn với đơn vị nào nên chưa ghi nhận được hoạt động.', 403)
    if (operation === 'update' && String(idOf(previous.unit)) !== String(unit)) {
      throw userError('Bạn chỉ được sửa hoạt động của đơn vị mình.', 403)
    }
    // A contributor always writes for their own unit, whatever the request says.
    next.unit = unit
  } else if (!board) {
    throw userError('Bạn không có quyền ghi nhận hoặc thay đổi hoạt động PBGDPL.', 403)
  }

  if (next.status !== undefined && next.status !== null && !isActivityStatus(next.status)) {
    throw userError(`Tình trạng “${String(next.status)}” không hợp lệ.`, 400)
  }
  const requested = isActivityStatus(next.status) ? next.status : undefined
  const note = typeof next.reviewNote === 'string' ? next.reviewNote.trim() : ''

  let to: ActivityStatus
  if (operation === 'create') {
    to = requested ?? 'draft'
    if (!creatableStatus(role, to)) {
      throw userError(`Không thể tạo hoạt động ở tình trạng “${STATUS_LABELS[to]}”.`, board ? 400 : 403)
    }
    if (!board) next.reviewNote = null
  } else {
    const from: ActivityStatus = isActivityStatus(previous.status) ? previous.status : 'draft'
    to = requested ?? from
    const move = activityMove(role, from, to)
    if (!move.ok) throw userError(move.message, move.status)
    if (!board) {
      // The editor's note is the board's to write; the unit reads it.
      next.reviewNote = previous.reviewNote ?? null
    } else if (to === 'returned' && from !== 'returned') {
      if (!note) throw userError('Hãy ghi lý do trả lại để đơn vị biết cần bổ sung gì.', 400)
    }
  }
  if (board && typeof next.reviewNote === 'string') next.reviewNote = note || null
  next.status = to

  const wasVerified = previous.status === 'verified'
  if (to === 'verified' && !wasVerified) {
    next.verifiedBy = user!.id
    next.verifiedAt = new Date().toISOString()
  } else if (to === 'verified') {
    next.verifiedBy = idOf(previous.verifiedBy)
    next.verifiedAt = previous.verifiedAt ?? null
  } else {
    next.verifiedBy = null
    next.verifiedAt = null
  }
  return next
}

/** A unit deletes only its drafts and returned records; a verified record is the board's. */
export const guardDelete: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const user = req.user as RoleUser | null
  if (!user || isEditorial(user)) return
  if (roleOf(user) !== 'contributor') throw userError('Bạn không có quyền xóa hoạt động PBGDPL.', 403)
  // System read: the access rule has already limited the request to the user's unit.
  const doc = await req.payload.findByID({ collection: ACTIVITIES_SLUG, id, depth: 0, overrideAccess: true, req })
  const status = doc.status as ActivityStatus
  if (!EDITABLE_BY_UNIT.includes(status)) {
    throw userError(
      status === 'verified'
        ? 'Hoạt động đã được xác nhận nên đơn vị không xóa được. Hãy liên hệ Ban Biên tập.'
        : 'Hoạt động đang chờ xác nhận nên đơn vị không xóa được.',
      403,
    )
  }
}
