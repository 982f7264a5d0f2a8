export const OUTBOX_MAILS = 'outbox-mails' as const

/** Minutes to wait after the n-th failed attempt; after the last one the mail is marked failed. */
export const RETRY_DELAYS_MINUTES = [1, 5, 15, 60, 120, 240, 480] as const
export const MAX_ATTEMPTS = RETRY_DELAYS_MINUTES.length + 1

export const OUTBOX_STATUS_LABELS = {
  pending: 'Chờ gửi',
  sent: 'Đã gửi',
  failed: 'Gửi không được',
} as const
export type OutboxStatus = keyof typeof OUTBOX_STATUS_LABELS
