import type { Payload } from 'payload'
import { plainHttpRefusal } from '@/shared/security/outbound-url'
import { openCredential } from '@/shared/security/secrets'
import { claimDelivery } from './claim'
import {
  PUBLICATION_LOG_SLUG,
  WEBHOOK_DELIVERIES_SLUG,
  WEBHOOK_MAX_ATTEMPTS,
  WEBHOOK_RETRY_DELAYS_MINUTES,
  WEBHOOK_SECRET_PURPOSE,
  WEBHOOK_SUBSCRIPTIONS_SLUG,
  webhookTimeoutMs,
  type ChangeAction,
} from './constants'
import { feedItems, feedSource } from './feed'
import { DELIVERY_HEADER, EVENT_HEADER, SIGNATURE_HEADER, TIMESTAMP_HEADER, signWebhook } from './signature'

/**
 * Push webhooks (issue 7 §5): the scheduled task POSTs each due delivery — the feed item of its log
 * entry plus `source` — signed with the subscription's secret, and records the outcome. Every call
 * overrides access: deliveries, subscriptions and the log are the system's own, closed to API users.
 */

const leaseMs = (): number => Math.max(60_000, 2 * webhookTimeoutMs())
const errorText = (err: unknown): string => (err instanceof Error ? err.message : String(err)).slice(0, 500)

type Delivery = {
  id: number
  subscription: number | { id: number }
  entry: number | { id: number }
  attempts?: number | null
}

async function post(url: string, body: string, headers: Record<string, string>): Promise<number> {
  // Saved before the rule, or before the portal ran in production: checked again before sending.
  const refusal = plainHttpRefusal(new URL(url))
  if (refusal) throw new Error(refusal)
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), webhookTimeoutMs())
  try {
    const res = await fetch(url, { method: 'POST', body, headers, signal: controller.signal, redirect: 'manual' })
    await res.body?.cancel().catch(() => undefined)
    return res.status
  } catch (err) {
    if (controller.signal.aborted) throw new Error(`Hết thời gian chờ (${webhookTimeoutMs()} ms)`)
    throw err
  } finally {
    clearTimeout(timer)
  }
}

const idOf = (value: number | { id: number }): number => (typeof value === 'object' ? value.id : value)

/** One attempt of one claimed delivery; true when the receiver answered 2xx. */
async function attempt(payload: Payload, delivery: Delivery, now: Date): Promise<boolean> {
  const attempts = (delivery.attempts ?? 0) + 1
  let statusCode: number | null = null
  let error: string | null = null
  try {
    const subscription = (await payload.findByID({
      collection: WEBHOOK_SUBSCRIPTIONS_SLUG,
      id: idOf(delivery.subscription),
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
    })) as { url: string; secret?: string | null; active?: boolean | null } | null
    const entry = (await payload.findByID({
      collection: PUBLICATION_LOG_SLUG,
      id: idOf(delivery.entry),
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
    })) as { id: number; entityType: string; docId: number; action: ChangeAction; at: string } | null
    if (!subscription || !entry || !subscription.secret) throw new Error('Đăng ký hoặc mục nhật ký không còn.')
    const secret = openCredential(WEBHOOK_SECRET_PURPOSE, subscription.secret)
    if (!secret)
      throw new Error('Không đọc được khóa bí mật của đăng ký (khóa bí mật của hệ thống đã đổi): hãy sinh khóa mới.')
    if (subscription.active === false) throw new Error('Đăng ký đã tắt.')
    const [item] = await feedItems(payload, [entry])
    const body = JSON.stringify({ source: await feedSource(payload), ...item })
    const timestamp = Math.floor(Date.now() / 1000)
    statusCode = await post(subscription.url, body, {
      'Content-Type': 'application/json',
      'User-Agent': 'PBGDPL-Webhook/1',
      [EVENT_HEADER]: entry.action,
      [DELIVERY_HEADER]: String(delivery.id),
      [TIMESTAMP_HEADER]: String(timestamp),
      [SIGNATURE_HEADER]: signWebhook(secret, timestamp, body),
    })
    if (statusCode < 200 || statusCode >= 300) error = `Máy nhận trả mã HTTP ${statusCode}`
  } catch (err) {
    error = errorText(err)
  }
  if (error === null) {
    await payload.update({
      collection: WEBHOOK_DELIVERIES_SLUG,
      id: delivery.id,
      data: {
        attempts,
        status: 'sent',
        sentAt: new Date().toISOString(),
        nextAttemptAt: null,
        lastError: null,
        lastStatusCode: statusCode,
      },
      overrideAccess: true,
      depth: 0,
    })
    return true
  }
  const delay = WEBHOOK_RETRY_DELAYS_MINUTES[attempts - 1]
  const failed = attempts >= WEBHOOK_MAX_ATTEMPTS || delay === undefined
  payload.logger.warn({ msg: 'Webhook not delivered', id: delivery.id, attempts, failed, err: error })
  await payload.update({
    collection: WEBHOOK_DELIVERIES_SLUG,
    id: delivery.id,
    data: {
      attempts,
      status: failed ? 'failed' : 'pending',
      lastError: error,
      lastStatusCode: statusCode,
      nextAttemptAt: failed ? null : new Date(now.getTime() + delay * 60_000).toISOString(),
    },
    overrideAccess: true,
    depth: 0,
  })
  return false
}

/**
 * Sends the deliveries that are due (the scheduled task): each is claimed first with a lease, then
 * POSTed with a timeout; a non-2xx answer, a timeout or a network error is retried after 1, 5, 15,
 * 60 and 240 minutes, then the delivery is marked failed. Returns how many were delivered.
 */
export async function deliverWebhooks(payload: Payload, now: Date = new Date(), limit = 20): Promise<number> {
  const due = await payload.find({
    collection: WEBHOOK_DELIVERIES_SLUG,
    where: { and: [{ status: { equals: 'pending' } }, { nextAttemptAt: { less_than_equal: now.toISOString() } }] },
    sort: 'nextAttemptAt',
    limit,
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  let sent = 0
  for (const doc of due.docs as unknown as Delivery[]) {
    if (!(await claimDelivery(payload, doc.id, now, new Date(now.getTime() + leaseMs())))) continue
    if (await attempt(payload, doc, now)) sent++
  }
  return sent
}
