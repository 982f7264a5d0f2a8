import { todayVn, vnDay } from './dates'

/**
 * Rules a member's decisions must follow, shared by the collection's validators and the XLSX
 * import (which checks every row before writing anything). Each returns a Vietnamese message or
 * null.
 */

export function decisionDateProblem(value: unknown, now = new Date()): string | null {
  if (value === null || value === undefined || value === '') return null
  const day = vnDay(value)
  if (!day) return 'Ngày quyết định không hợp lệ.'
  if (day > todayVn(now)) return 'Ngày quyết định không được ở tương lai.'
  return null
}

export function dismissalOrderProblem(recognitionDate: unknown, dismissalDate: unknown): string | null {
  const recognised = vnDay(recognitionDate)
  const dismissed = vnDay(dismissalDate)
  if (!recognised || !dismissed) return null
  return dismissed < recognised ? 'Ngày quyết định miễn nhiệm không được trước ngày quyết định công nhận.' : null
}

/** A dismissal is either absent or has both its number and its date. */
export function dismissalPairProblem(dismissal: { number?: unknown; date?: unknown } | null | undefined): {
  field: 'number' | 'date'
  message: string
} | null {
  const hasNumber = typeof dismissal?.number === 'string' && dismissal.number.trim() !== ''
  const hasDate = Boolean(dismissal?.date)
  if (hasNumber && !hasDate) return { field: 'date', message: 'Hãy nhập ngày của quyết định miễn nhiệm.' }
  if (hasDate && !hasNumber) return { field: 'number', message: 'Hãy nhập số của quyết định miễn nhiệm.' }
  return null
}

/** A member is dismissed exactly when a dismissal decision (number and date) is recorded. */
export function statusFromDismissal(dismissal: { number?: unknown; date?: unknown } | null | undefined) {
  const hasNumber = typeof dismissal?.number === 'string' && dismissal.number.trim() !== ''
  return hasNumber && Boolean(dismissal?.date) ? ('dismissed' as const) : ('active' as const)
}
