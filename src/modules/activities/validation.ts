import { MATERIAL_KINDS } from './constants'

/** Field checks of an activity record, each with the Vietnamese message the form shows. */

export const MAX_PARTICIPANTS = 1_000_000
const DAY_MS = 24 * 60 * 60 * 1000

export const nonNegativeInteger =
  (label: string, max?: number) =>
  (value: unknown): true | string => {
    if (value === null || value === undefined) return true
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
      return `${label} phải là số nguyên không âm.`
    }
    if (max !== undefined && value > max) {
      return `${label} không được vượt quá ${max.toLocaleString('vi-VN')}; hãy kiểm tra lại số liệu.`
    }
    return true
  }

/** The day of the activity: a real date, not later than tomorrow (records describe what happened). */
export function validateActivityDate(value: unknown, now = new Date()): true | string {
  if (value === null || value === undefined || value === '') return 'Hãy nhập ngày tổ chức.'
  const date = new Date(value as string)
  if (Number.isNaN(date.getTime())) return 'Ngày tổ chức không hợp lệ.'
  if (date.getTime() > now.getTime() + DAY_MS) {
    return 'Ngày tổ chức không được ở tương lai: chỉ ghi nhận hoạt động đã diễn ra.'
  }
  if (date.getUTCFullYear() < 2000) return 'Ngày tổ chức phải từ năm 2000 trở đi.'
  return true
}

export function validateEndDate(value: unknown, siblingData: Record<string, unknown>): true | string {
  if (value === null || value === undefined || value === '') return true
  const end = new Date(value as string)
  if (Number.isNaN(end.getTime())) return 'Ngày kết thúc không hợp lệ.'
  const start = siblingData.date ? new Date(siblingData.date as string) : null
  if (start && !Number.isNaN(start.getTime()) && end.getTime() < start.getTime()) {
    return 'Ngày kết thúc không được trước ngày tổ chức.'
  }
  return true
}

const KIND_LABELS = Object.fromEntries(MATERIAL_KINDS.map((k) => [k.value, k.label])) as Record<string, string>

/** Each kind of material appears once: two "Tờ gấp" rows would be counted twice. */
export function validateMaterials(value: unknown): true | string {
  if (!Array.isArray(value)) return true
  const seen = new Set<string>()
  for (const row of value as { kind?: unknown }[]) {
    const kind = typeof row?.kind === 'string' ? row.kind : null
    if (!kind) continue
    if (seen.has(kind)) {
      return `Loại tài liệu “${KIND_LABELS[kind] ?? kind}” được nhập hai lần; hãy cộng số lượng vào một dòng.`
    }
    seen.add(kind)
  }
  return true
}
