import type { CollectionBeforeChangeHook } from 'payload'
import { userError } from '@/shared/errors'
import { isEditorial, type RoleUser } from '@/shared/access/roles'

/** Workflow steps after which a situation is (about to be) public: it must cite its legal basis. */
const NEEDS_BASIS = new Set(['submit', 'approve', 'schedule', 'publish'])

/**
 * Two rules on the legal basis: a situation is sent for approval or published only with at least
 * one citation, and the "căn cứ pháp lý đã thay đổi" flag set by the scan is cleared only by the
 * editorial board ticking "Đã rà soát", which stamps the review time.
 */
export const checkLegalBasis: CollectionBeforeChangeHook = ({ data, originalDoc, req, context }) => {
  const next = data as Record<string, unknown>
  const previous = (originalDoc ?? {}) as Record<string, unknown>
  const action = (context as { systemAction?: { action?: string } }).systemAction?.action ?? next.workflowAction
  const citations = 'citations' in next ? next.citations : previous.citations
  if (typeof action === 'string' && NEEDS_BASIS.has(action) && (!Array.isArray(citations) || citations.length === 0)) {
    throw userError('Hãy nêu ít nhất một căn cứ pháp lý (văn bản và điều, khoản) trước khi gửi duyệt hoặc xuất bản.')
  }
  if (next.markReviewed === true) {
    if (!isEditorial((req.user ?? null) as RoleUser | null)) {
      throw userError('Chỉ Ban Biên tập được xác nhận đã rà soát căn cứ pháp lý.', 403)
    }
    next.legalBasisChanged = false
    next.legalBasisCheckedAt = new Date().toISOString()
  }
  delete next.markReviewed
  return data
}
