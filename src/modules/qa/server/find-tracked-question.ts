import type { Payload } from 'payload'
import type { Question } from '@/payload-types'
import { QUESTIONS_SLUG } from '../constants'
import { normaliseTrackingCode, verifyTrackingKey } from '../tracking'

/**
 * The question behind a private status link (tracking code + key), as an anonymous visitor may
 * see it: personal data and an unpublished answer stay hidden by the field rules. Null when the
 * code is unknown or the key does not match (the caller shows one message for both).
 */
export async function findTrackedQuestion(payload: Payload, code: unknown, key: unknown): Promise<Question | null> {
  const normalised = normaliseTrackingCode(code)
  if (!normalised || typeof key !== 'string') return null
  // System lookup: the key hash can be compared only by the system; nobody may read it.
  const found = await payload.find({
    collection: QUESTIONS_SLUG,
    where: { trackingCode: { equals: normalised } },
    select: { trackingKeyHash: true },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const stored = found.docs[0] as { id: number | string; trackingKeyHash?: string | null } | undefined
  if (!stored || !verifyTrackingKey(stored, key)) return null
  const visible = await payload.find({
    collection: QUESTIONS_SLUG,
    where: { id: { equals: stored.id } },
    limit: 1,
    depth: 1,
    overrideAccess: false,
    user: null,
    context: { qaTrackingGrant: stored.id },
  })
  return (visible.docs[0] as Question | undefined) ?? null
}
