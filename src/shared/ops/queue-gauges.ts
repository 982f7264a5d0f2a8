import type { CollectionSlug, Payload, Where } from 'payload'
import type { Gauge } from './metrics'

const OUTBOX = 'outbox-mails'
const WEBHOOK_DELIVERIES = 'webhook-deliveries'

/** Does this collection have a select field `field` offering `value`? */
function hasOption(payload: Payload, slug: string, field: string, value: string): boolean {
  const collection = payload.collections[slug as CollectionSlug]
  const f = collection?.config.flattenedFields.find((x) => x.name === field)
  if (!f || f.type !== 'select') return false
  return f.options.some((o) => (typeof o === 'string' ? o : o.value) === value)
}

/**
 * Queue figures for /metrics. System reads (overrideAccess: the metrics endpoint is protected by
 * its own token or loopback rule, and these are counts, never contents).
 */
export async function queueGauges(payload: Payload, now = new Date()): Promise<Gauge[]> {
  const gauges: Gauge[] = []
  if (payload.collections[OUTBOX as CollectionSlug]) {
    const pending: Where = { status: { equals: 'pending' } }
    const [count, due] = await Promise.all([
      payload.count({ collection: OUTBOX as CollectionSlug, where: pending, overrideAccess: true }),
      payload.find({
        collection: OUTBOX as CollectionSlug,
        where: {
          and: [
            pending,
            { or: [{ nextAttemptAt: { less_than_equal: now.toISOString() } }, { nextAttemptAt: { exists: false } }] },
          ],
        },
        sort: 'createdAt',
        limit: 1,
        depth: 0,
        pagination: false,
        overrideAccess: true,
        select: { createdAt: true, nextAttemptAt: true } as never,
      }),
    ])
    const dueCount = await payload.count({
      collection: OUTBOX as CollectionSlug,
      where: {
        and: [
          pending,
          { or: [{ nextAttemptAt: { less_than_equal: now.toISOString() } }, { nextAttemptAt: { exists: false } }] },
        ],
      },
      overrideAccess: true,
    })
    gauges.push({
      name: 'pbgdpl_outbox_pending',
      help: 'E-mails waiting in the outbox (not yet sent, not given up).',
      value: count.totalDocs,
    })
    gauges.push({
      name: 'pbgdpl_outbox_due',
      help: 'Pending e-mails whose next attempt time has come.',
      value: dueCount.totalDocs,
    })
    const oldest = due.docs[0] as { createdAt?: string } | undefined
    gauges.push({
      name: 'pbgdpl_outbox_oldest_due_age_seconds',
      help: 'Age of the oldest pending e-mail that is due (0 when none).',
      value: oldest?.createdAt ? Math.max(0, (now.getTime() - new Date(oldest.createdAt).getTime()) / 1000) : 0,
    })
  }
  // Another module adds outgoing webhooks; counted only when its collection is present.
  if (payload.collections[WEBHOOK_DELIVERIES as CollectionSlug]) {
    const where: Where | undefined = hasOption(payload, WEBHOOK_DELIVERIES, 'status', 'pending')
      ? { status: { equals: 'pending' } }
      : undefined
    const result = await payload.count({
      collection: WEBHOOK_DELIVERIES as CollectionSlug,
      where,
      overrideAccess: true,
    })
    gauges.push({
      name: 'pbgdpl_webhook_deliveries_queued',
      help: where
        ? 'Webhook deliveries with status pending.'
        : 'Webhook deliveries stored (the collection has no pending status to filter on).',
      value: result.totalDocs,
    })
  }
  return gauges
}
