import type { Payload, Where } from 'payload'

/**
 * The anti-spam bookkeeping in the database, shared by every copy of the portal: used challenges
 * (kept until they expire, against replay) and accepted submissions (kept for the longest
 * rate-limit window). Only hashes are stored, never an address or a contact.
 *
 * Every call here overrides access: this is the system's own bookkeeping, done for anonymous
 * visitors, and the collection is closed to every API user on purpose.
 */

export const ANTISPAM_RECORDS = 'antispam-records' as const

type RecordData = {
  kind: 'challenge' | 'submission'
  key: string
  scope?: string
  ipHash?: string
  contactHash?: string | null
  at: string
  expiresAt: string
}

/** Records a challenge as used; false when it was used before (the unique key refuses it atomically). */
export async function markChallengeUsed(
  payload: Payload,
  challenge: string,
  now: Date,
  expiresAt: Date,
): Promise<boolean> {
  const existing = await payload.count({
    collection: ANTISPAM_RECORDS,
    where: { key: { equals: `c:${challenge}` } },
    overrideAccess: true,
  })
  if (existing.totalDocs > 0) return false
  try {
    await payload.create({
      collection: ANTISPAM_RECORDS,
      data: {
        kind: 'challenge',
        key: `c:${challenge}`,
        at: now.toISOString(),
        expiresAt: expiresAt.toISOString(),
      } satisfies RecordData,
      overrideAccess: true,
      depth: 0,
    })
    return true
  } catch (err) {
    // Two requests with the same solution at once: the unique index lets only one through.
    const again = await payload.count({
      collection: ANTISPAM_RECORDS,
      where: { key: { equals: `c:${challenge}` } },
      overrideAccess: true,
    })
    if (again.totalDocs > 0) return false
    throw err
  }
}

export async function recordSubmission(
  payload: Payload,
  args: { scope: string; ipHash: string; contactHash: string | null; now: Date; keepMs: number },
): Promise<void> {
  await payload.create({
    collection: ANTISPAM_RECORDS,
    data: {
      kind: 'submission',
      key: `s:${crypto.randomUUID()}`,
      scope: args.scope,
      ipHash: args.ipHash,
      contactHash: args.contactHash,
      at: args.now.toISOString(),
      expiresAt: new Date(args.now.getTime() + args.keepMs).toISOString(),
    } satisfies RecordData,
    overrideAccess: true,
    depth: 0,
  })
}

/** Submissions matching `match` since `since`, oldest first (at most `limit`). */
export async function recentSubmissions(
  payload: Payload,
  args: { scope: string; match: Where; since: Date; limit: number },
): Promise<Date[]> {
  const result = await payload.find({
    collection: ANTISPAM_RECORDS,
    where: {
      and: [
        { kind: { equals: 'submission' } },
        { scope: { equals: args.scope } },
        { at: { greater_than: args.since.toISOString() } },
        args.match,
      ],
    },
    sort: '-at',
    limit: args.limit,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { at: true },
  })
  return result.docs.map((d) => new Date((d as { at: string }).at)).sort((a, b) => a.getTime() - b.getTime())
}

/** Deletes the records whose time is up. */
export async function cleanupAntiSpamRecords(payload: Payload, now: Date = new Date()): Promise<number> {
  const result = await payload.delete({
    collection: ANTISPAM_RECORDS,
    where: { expiresAt: { less_than: now.toISOString() } },
    overrideAccess: true,
    depth: 0,
  })
  return result.docs.length
}
