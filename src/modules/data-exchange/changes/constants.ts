/** Slugs and tunables of the change feed and push webhooks (issue 7 §3, §5). */

export const PUBLICATION_LOG_SLUG = 'publication-log' as const
export const WEBHOOK_SUBSCRIPTIONS_SLUG = 'webhook-subscriptions' as const
export const WEBHOOK_DELIVERIES_SLUG = 'webhook-deliveries' as const
/** The secret-box purpose a subscription's signing secret is sealed for. */
export const WEBHOOK_SECRET_PURPOSE = 'webhook-signing-secret'

export const CHANGE_ACTIONS = ['created', 'updated', 'unpublished', 'deleted'] as const
export type ChangeAction = (typeof CHANGE_ACTIONS)[number]

export const CHANGE_ACTION_LABELS: Record<ChangeAction, string> = {
  created: 'Công bố mới',
  updated: 'Cập nhật',
  unpublished: 'Thôi công khai',
  deleted: 'Xóa',
}

export const FEED_DEFAULT_LIMIT = 100
export const FEED_MAX_LIMIT = 500

/**
 * The feed only returns entries older than this (ms, CHANGES_SETTLE_MS, default 1000): an entry of a
 * transaction still open when a higher sequence number was read would otherwise be skipped for ever.
 */
export function settleMs(): number {
  const raw = process.env.CHANGES_SETTLE_MS
  if (raw === undefined || raw === '') return 1000
  const value = Number(raw)
  return Number.isInteger(value) && value >= 0 ? value : 1000
}

/** Minutes to wait after the n-th failed delivery; after the last one the delivery is marked failed. */
export const WEBHOOK_RETRY_DELAYS_MINUTES = [1, 5, 15, 60, 240] as const
export const WEBHOOK_MAX_ATTEMPTS = WEBHOOK_RETRY_DELAYS_MINUTES.length + 1

export function webhookTimeoutMs(): number {
  const value = Number(process.env.WEBHOOK_TIMEOUT_MS)
  return Number.isInteger(value) && value > 0 ? value : 10_000
}

export const WEBHOOK_STATUS_LABELS = {
  pending: 'Chờ gửi',
  sent: 'Đã gửi',
  failed: 'Gửi không được',
} as const
export type WebhookStatus = keyof typeof WEBHOOK_STATUS_LABELS
