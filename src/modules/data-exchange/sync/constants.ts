/** Collections and defaults of the follower side of sync between instances (issue 7 §5). */

export const SYNC_SOURCES_SLUG = 'sync-sources'
export const SYNC_RECORDS_SLUG = 'sync-records'
export const SYNC_CONFLICTS_SLUG = 'sync-conflicts'

/** The secret-box purposes a source's stored API key and webhook secret are sealed for. */
export const SYNC_API_KEY_PURPOSE = 'sync-api-key'
export const SYNC_WEBHOOK_SECRET_PURPOSE = 'sync-webhook-secret'

export const SYNC_GROUP = 'Đồng bộ dữ liệu'

/** Types the follower maps to local documents (v1). */
export const SYNC_TYPES = [
  { value: 'articles', label: 'Bài viết, tin tức', collection: 'articles' },
  { value: 'legal-documents', label: 'Văn bản pháp luật', collection: 'legal-documents' },
  { value: 'events', label: 'Sự kiện', collection: 'events' },
  { value: 'announcements', label: 'Thông báo, giấy mời', collection: 'announcements' },
  { value: 'legal-situations', label: 'Tình huống pháp luật', collection: 'legal-situations' },
  { value: 'plans', label: 'Kế hoạch, chương trình, đề án', collection: 'plans' },
  {
    value: 'document-materials',
    label: 'Tài liệu giới thiệu, phổ biến văn bản',
    collection: 'document-materials',
  },
  { value: 'questions', label: 'Hỏi đáp pháp luật (câu hỏi đã trả lời)', collection: 'questions' },
  {
    value: 'library-items',
    label: 'Thư viện (video YouTube, âm thanh, infographic, sách điện tử)',
    collection: 'library-items',
  },
] as const
export type SyncType = (typeof SYNC_TYPES)[number]['value']

export const DEFAULT_INTERVAL_SECONDS = 60
/**
 * How long a run may hold a source before another instance may take it over (a crashed run). The
 * run renews it while it works (each page and every few items), so it only has to outlast one
 * fetch (FETCH_TIMEOUT_MS) with a margin; a portal killed mid-run resumes within this time.
 * SYNC_LEASE_SECONDS (10–600) changes it, e.g. for a test that kills a follower on purpose.
 */
export function leaseMs(): number {
  const seconds = Number(process.env.SYNC_LEASE_SECONDS)
  return Number.isFinite(seconds) && seconds >= 10 && seconds <= 600 ? seconds * 1000 : 45_000
}
export const DEFAULT_BUDGET_MS = 5_000
/** Records asked for per page of the change feed: 100, or SYNC_PAGE_LIMIT (1–500). */
export function pageLimit(): number {
  const n = Number(process.env.SYNC_PAGE_LIMIT)
  return Number.isInteger(n) && n >= 1 && n <= 500 ? n : 100
}
/** A feed page bigger than this is refused rather than parsed. */
export const MAX_PAGE_BYTES = 20 * 1024 * 1024
export const FETCH_TIMEOUT_MS = 20_000
/** The workflow history names this when the follower publishes or unpublishes a copy. */
export const SYNC_ACTOR = 'Đồng bộ tự động'

export const CONFLICT_STATUSES = [
  { value: 'open', label: 'Chưa xử lý' },
  { value: 'kept-local', label: 'Đã giữ bản tại chỗ' },
  { value: 'took-remote', label: 'Đã lấy bản từ nguồn' },
  { value: 'dismissed', label: 'Đã xem xét, bỏ qua' },
] as const

export const CONFLICT_KINDS = [
  { value: 'conflict', label: 'Xung đột (đã sửa tại chỗ)' },
  { value: 'rejected', label: 'Bản ghi bị từ chối' },
] as const
