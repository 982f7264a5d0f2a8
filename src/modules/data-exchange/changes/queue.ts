import type { PayloadRequest } from 'payload'
import { WEBHOOK_DELIVERIES_SLUG, WEBHOOK_SUBSCRIPTIONS_SLUG } from './constants'

type LogEntry = { id: number | string; entityType: string; docId: number; action: string }

/**
 * Queues one webhook delivery per active subscription that wants this entry's type, in the same
 * transaction as the entry (so a rolled-back change notifies nobody). System work: the queue and
 * the subscriptions are closed to everyone but administrators, and the change may be a visitor's.
 */
export async function queueDeliveries(req: PayloadRequest, entry: LogEntry): Promise<number> {
  const { docs } = await req.payload.find({
    collection: WEBHOOK_SUBSCRIPTIONS_SLUG,
    where: { active: { equals: true } },
    depth: 0,
    limit: 1000,
    pagination: false,
    overrideAccess: true,
    req,
    select: { types: true },
  })
  const now = new Date().toISOString()
  let queued = 0
  for (const sub of docs as { id: number; types?: string[] | null }[]) {
    if (sub.types && sub.types.length > 0 && !sub.types.includes(entry.entityType)) continue
    await req.payload.create({
      collection: WEBHOOK_DELIVERIES_SLUG,
      data: {
        subscription: sub.id,
        entry: Number(entry.id),
        entityType: entry.entityType,
        docId: entry.docId,
        action: entry.action as 'created',
        status: 'pending',
        attempts: 0,
        nextAttemptAt: now,
      },
      depth: 0,
      overrideAccess: true,
      req,
    })
    queued++
  }
  return queued
}
