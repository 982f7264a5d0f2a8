import { noMarkup } from '@/shared/fields/common'
import { parseDocumentNumber } from '../../parse'

type Siblings = { siblingData: Record<string, unknown> }

/** Số ký hiệu: the parser's own Vietnamese messages ("thiếu dấu “/”…"); "Không số" is allowed. */
export function validateNumber(value: unknown): true | string {
  const markup = noMarkup(value)
  if (markup !== true) return markup
  const parsed = parseDocumentNumber(typeof value === 'string' ? value : '')
  return parsed.ok ? true : parsed.message
}

function time(value: unknown): number | null {
  if (value === null || value === undefined || value === '') return null
  const t = new Date(value as string).getTime()
  return Number.isNaN(t) ? Number.NaN : t
}

/**
 * A document may take effect before it is issued (hiệu lực trở về trước, e.g. treaties and some
 * tax circulars in the Công báo), so only the end of effect and the gazette date are ordered.
 */
export function validateExpiresAt(value: unknown, { siblingData }: Siblings): true | string {
  const end = time(value)
  if (end === null) return true
  if (Number.isNaN(end)) return 'Ngày hết hiệu lực không hợp lệ.'
  const effective = time(siblingData.effectiveAt)
  if (effective !== null && !Number.isNaN(effective) && end <= effective) {
    return 'Ngày hết hiệu lực phải sau ngày có hiệu lực.'
  }
  const issued = time(siblingData.issuedAt)
  if (issued !== null && !Number.isNaN(issued) && end <= issued) return 'Ngày hết hiệu lực phải sau ngày ban hành.'
  return true
}

export function validateCongBaoDate(value: unknown, { siblingData }: Siblings): true | string {
  const date = time(value)
  if (date === null) return true
  if (Number.isNaN(date)) return 'Ngày đăng Công báo không hợp lệ.'
  const issued = time(siblingData.issuedAt)
  if (issued !== null && !Number.isNaN(issued) && date < issued) {
    return 'Ngày đăng Công báo không thể trước ngày ban hành.'
  }
  return true
}

export function validateDate(label: string) {
  return (value: unknown): true | string => {
    const t = time(value)
    return t !== null && Number.isNaN(t) ? `${label} không hợp lệ.` : true
  }
}

/** A web address (http/https) or a short plain-text citation of where the text comes from. */
export function validateSource(value: unknown): true | string {
  if (value === null || value === undefined || value === '') return true
  if (typeof value !== 'string') return 'Nguồn không hợp lệ.'
  const markup = noMarkup(value)
  if (markup !== true) return markup
  if (/^[a-z][a-z0-9+.-]*:/i.test(value) && !/^https?:\/\//i.test(value)) {
    return 'Nguồn là địa chỉ web phải bắt đầu bằng http:// hoặc https://.'
  }
  return true
}
