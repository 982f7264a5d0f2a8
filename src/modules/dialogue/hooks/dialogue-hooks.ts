import type { CollectionBeforeChangeHook } from 'payload'
import { userError } from '@/shared/errors'
import { sectionsFromText } from '../sections-from-text'

/** "Nhập nhanh từ văn bản thuần": a pasted draft replaces the sections. */
export const importSections: CollectionBeforeChangeHook = ({ data }) => {
  const next = data as Record<string, unknown>
  const text = next.importText
  if (typeof text === 'string' && text.trim()) {
    const sections = sectionsFromText(text)
    if (sections.length > 400) throw userError('Dự thảo có quá nhiều điều (tối đa 400).', 400)
    next.sections = sections
  }
  delete next.importText
  return next
}

/** The summary table can only be published once comments are no longer collected. */
export const checkSummaryAfterClosing: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const next = data as Record<string, unknown>
  const previous = (originalDoc ?? {}) as Record<string, unknown>
  const published = next.summaryPublished ?? previous.summaryPublished
  const closesAt = (next.closesAt ?? previous.closesAt) as string | null | undefined
  if (published === true && previous.summaryPublished !== true) {
    if (!closesAt || new Date(closesAt) > new Date()) {
      throw userError('Chỉ công bố bảng tổng hợp sau hạn chót nhận ý kiến.', 400)
    }
  }
  return next
}
