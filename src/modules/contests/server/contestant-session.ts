import { createHash, randomBytes } from 'node:crypto'
import type { Payload } from 'payload'
import type { ContestEntry } from '@/payload-types'
import { CONTEST_ENTRIES_SLUG } from '../constants'

/**
 * The contestant's credential. After the one-time code is verified, the registration answers with
 * a cookie holding a random token for that round; the entry stores only the token's hash. The
 * attempt pages and the contest API find the contestant from this cookie and nothing else.
 */

/** One cookie per round, sent only to the contest pages and API. */
export const contestantCookieName = (roundId: number | string): string => `pbgdpl_ct_${roundId}`
export const CONTESTANT_COOKIE_PATHS = ['/cuoc-thi', '/api/cuoc-thi'] as const
/** The token lives until well after the longest round; it is useless once its entry is erased. */
export const CONTESTANT_COOKIE_MAX_AGE_S = 60 * 60 * 24 * 120

export const hashToken = (token: string): string => createHash('sha256').update(`contestant:${token}`).digest('hex')

export function newAccessToken(): { token: string; hash: string } {
  const token = randomBytes(24).toString('base64url')
  return { token, hash: hashToken(token) }
}

/** A well-formed token: 32 base64url characters (anything else is rejected before any query). */
export const isWellFormedToken = (value: unknown): value is string =>
  typeof value === 'string' && /^[A-Za-z0-9_-]{32}$/.test(value)

/**
 * The verified entry of `roundId` whose token is `token`, or null. A system read: the token is the
 * contestant's credential and the entries are otherwise visible to the organisers only.
 */
export async function findContestant(
  payload: Payload,
  roundId: number | string,
  token: unknown,
): Promise<ContestEntry | null> {
  if (!isWellFormedToken(token)) return null
  const found = await payload.find({
    collection: CONTEST_ENTRIES_SLUG,
    where: {
      and: [
        { round: { equals: roundId } },
        { accessTokenHash: { equals: hashToken(token) } },
        { verifiedAt: { exists: true } },
      ],
    },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    showHiddenFields: true,
  })
  return (found.docs[0] as ContestEntry | undefined) ?? null
}
