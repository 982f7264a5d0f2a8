import type { Payload } from 'payload'
import type { ContestEntry } from '@/payload-types'
import { contactHashes } from '@/shared/antispam'
import { CONTESTANT_CONTEXT, CONTEST_ENTRIES_SLUG } from '../constants'
import { CODE_TTL_MS, hashCode, newCode } from './codes'

/** The Local API options for writing a contestant's own record (see CONTESTANT_CONTEXT). */
export const asContestant = {
  overrideAccess: false,
  user: null,
  context: { [CONTESTANT_CONTEXT]: true, skipPrivacyAudit: true },
} as const

/**
 * An entry with its hidden bookkeeping (code hash, expiry, tries). A system read: these fields are
 * closed to every reader, and only the registration's own checks use them.
 */
export async function findEntry(
  payload: Payload,
  where: { id: number | string } | { roundId: number | string; contact: string },
): Promise<ContestEntry | null> {
  if ('id' in where) {
    const doc = await payload
      .findByID({ collection: CONTEST_ENTRIES_SLUG, id: where.id, depth: 0, overrideAccess: true, disableErrors: true })
      .catch(() => null)
    return (doc as ContestEntry | null) ?? null
  }
  const found = await payload.find({
    collection: CONTEST_ENTRIES_SLUG,
    // The contact's hash under the current secret, or under the previous one during a rotation.
    where: { and: [{ round: { equals: where.roundId } }, { contactHash: { in: contactHashes(where.contact) } }] },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  return (found.docs[0] as ContestEntry | undefined) ?? null
}

/** Fresh code fields for an entry: the code to send and what to store. */
export function codeFields(entryId: number | string, now: Date): { code: string; data: Partial<ContestEntry> } {
  const code = newCode()
  return {
    code,
    data: {
      codeHash: hashCode(entryId, code),
      codeSentAt: now.toISOString(),
      codeExpiresAt: new Date(now.getTime() + CODE_TTL_MS).toISOString(),
      codeAttempts: 0,
    },
  }
}

export const idOf = (value: unknown): number | null => {
  if (typeof value === 'number') return value
  if (value && typeof value === 'object' && 'id' in value) return Number((value as { id: unknown }).id)
  return null
}
