import type { Payload } from 'payload'
import { hashAddress, hashContact, SubmissionRejected, verifySolution } from '@/shared/antispam'
import { MESSAGES } from '@/shared/antispam/check-submission'
import { markChallengeUsed, recentSubmissions, recordSubmission } from '@/shared/antispam/records'
import { clientAddress } from '@/shared/security/rate-limit'

const HOUR_MS = 3_600_000

function envLimit(name: string, fallback: number): number {
  const value = Number(process.env[name])
  return Number.isInteger(value) && value >= 1 ? value : fallback
}

/**
 * The Q&A form's anti-spam checks (honeypot, proof of work, replay) with the contest's own rate
 * limits: a whole class registers from one school network in a few minutes, so the limit per
 * address is higher than for questions (CONTEST_LIMIT_PER_IP_HOUR, default 120), while one
 * contact may ask for codes only a few times an hour (CONTEST_LIMIT_PER_CONTACT_HOUR, default 6).
 */
export async function checkContestSubmission(
  payload: Payload,
  args: { headers: Headers; pow: string | null; honeypot: string | null; scope: string; contact: string; now?: Date },
): Promise<{ ipHash: string; contactHash: string }> {
  const now = args.now ?? new Date()
  if (args.honeypot && args.honeypot.trim() !== '') throw new SubmissionRejected(MESSAGES.honeypot, 400)
  const pow = verifySolution(args.pow, now)
  if (!pow.ok) throw new SubmissionRejected(MESSAGES[pow.reason], 400)
  if (!(await markChallengeUsed(payload, pow.challenge, now, pow.expiresAt))) {
    throw new SubmissionRejected(MESSAGES.replayed, 400)
  }
  const ipHash = hashAddress(clientAddress(args.headers))
  const contactHash = hashContact(args.contact)
  const limits = [
    { field: 'ipHash', hash: ipHash, limit: envLimit('CONTEST_LIMIT_PER_IP_HOUR', 120) },
    { field: 'contactHash', hash: contactHash, limit: envLimit('CONTEST_LIMIT_PER_CONTACT_HOUR', 6) },
  ] as const
  for (const l of limits) {
    const times = await recentSubmissions(payload, {
      scope: args.scope,
      match: { [l.field]: { equals: l.hash } },
      since: new Date(now.getTime() - HOUR_MS),
      limit: l.limit,
    })
    if (times.length >= l.limit) {
      const retry = Math.max(1, Math.ceil((times[0]!.getTime() + HOUR_MS - now.getTime()) / 1000))
      throw new SubmissionRejected(MESSAGES.tooMany(Math.ceil(retry / 60)), 429, retry)
    }
  }
  await recordSubmission(payload, { scope: args.scope, ipHash, contactHash, now, keepMs: HOUR_MS })
  return { ipHash, contactHash }
}
