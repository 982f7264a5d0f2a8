import type { Payload } from 'payload'
import type { Contest, ContestCertificate, ContestEntry, ContestRound } from '@/payload-types'
import { CONTESTS_SLUG, CONTEST_CERTIFICATES_SLUG, CONTEST_ROUNDS_SLUG } from '../constants'
import { newCertificateCode, normaliseCertificateCode } from './certificate-code'
import { asContestant, idOf } from './entries'
import { bestAttemptOf } from './ranking'

/**
 * Certificates: issued once the organiser has published the round's results (so they can check
 * the results first), to an entry whose best finished attempt meets the contest's rule. Issuing
 * is idempotent: one certificate per entry (unique index), a second call returns the first.
 */

export function awardText(contest: Contest, round: ContestRound): string {
  return contest.certificateRule === 'threshold'
    ? `Đạt yêu cầu ${round.title} (từ ${contest.certificateThreshold ?? 80}% số điểm trở lên)`
    : `Đã hoàn thành bài thi ${round.title}`
}

export function earnsCertificate(contest: Contest, best: { score: number; maxScore: number } | null): boolean {
  if (!best || contest.certificateRule === 'none' || !contest.certificateRule) return false
  if (contest.certificateRule === 'participation') return true
  const threshold = contest.certificateThreshold ?? 80
  return best.maxScore > 0 && (best.score / best.maxScore) * 100 >= threshold - 1e-9
}

/** The entry's certificate, issuing it first when it is due; null when none is due (yet). */
export async function certificateFor(
  payload: Payload,
  args: { entry: ContestEntry; contest: Contest; round: ContestRound },
): Promise<ContestCertificate | null> {
  const existing = await findCertificateOfEntry(payload, args.entry.id)
  if (existing) return existing
  if (!args.round.resultsPublished || !args.entry.verifiedAt) return null
  const best = await bestAttemptOf(payload, args.entry.id)
  if (!best || !earnsCertificate(args.contest, best)) return null
  try {
    return (await payload.create({
      collection: CONTEST_CERTIFICATES_SLUG,
      data: {
        code: newCertificateCode(),
        entry: args.entry.id,
        attempt: best.attemptId,
        round: args.round.id,
        contest: args.contest.id,
        holderName: args.entry.fullName,
        award: awardText(args.contest, args.round).slice(0, 200),
        score: best.score,
        maxScore: best.maxScore,
        issuedAt: new Date().toISOString(),
      },
      depth: 0,
      ...asContestant,
    })) as ContestCertificate
  } catch (err) {
    // Issued at the same moment by another request (two tabs): the unique entry keeps one.
    const again = await findCertificateOfEntry(payload, args.entry.id)
    if (again) return again
    throw err
  }
}

/** A system read: certificates are organiser records, shown to their holder through the cookie. */
export async function findCertificateOfEntry(
  payload: Payload,
  entryId: number | string,
): Promise<ContestCertificate | null> {
  const found = await payload.find({
    collection: CONTEST_CERTIFICATES_SLUG,
    where: { entry: { equals: entryId } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  return (found.docs[0] as ContestCertificate | undefined) ?? null
}

export type Verification =
  | { status: 'malformed' }
  | { status: 'unknown'; code: string }
  | {
      status: 'genuine' | 'revoked'
      code: string
      holderName: string
      award: string
      score: number | null
      maxScore: number | null
      issuedAt: string
      revokedAt: string | null
      revokeReason: string | null
      contestTitle: string
      contestSlug: string | null
      roundTitle: string
    }

/**
 * What the public verification page shows for a code: the holder's name, the contest, the round,
 * the award and the date — never the school, the class or the birth date. A system read, limited
 * to these fields.
 */
export async function verifyCertificate(payload: Payload, input: string): Promise<Verification> {
  const code = normaliseCertificateCode(input)
  if (!code) return { status: 'malformed' }
  const found = await payload.find({
    collection: CONTEST_CERTIFICATES_SLUG,
    where: { code: { equals: code } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const cert = found.docs[0] as ContestCertificate | undefined
  if (!cert) return { status: 'unknown', code }
  const [contest, round] = await Promise.all([
    payload.findByID({ collection: CONTESTS_SLUG, id: idOf(cert.contest)!, depth: 0, overrideAccess: true }),
    payload.findByID({ collection: CONTEST_ROUNDS_SLUG, id: idOf(cert.round)!, depth: 0, overrideAccess: true }),
  ])
  return {
    status: cert.revokedAt ? 'revoked' : 'genuine',
    code,
    holderName: cert.holderName,
    award: cert.award,
    score: cert.score ?? null,
    maxScore: cert.maxScore ?? null,
    issuedAt: cert.issuedAt,
    revokedAt: cert.revokedAt ?? null,
    revokeReason: cert.revokeReason ?? null,
    contestTitle: contest.title,
    contestSlug: contest.status === 'draft' ? null : (contest.slug ?? null),
    roundTitle: round.title,
  }
}
