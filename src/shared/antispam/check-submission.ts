import type { Payload } from 'payload'
import { clientAddress } from '@/shared/security/rate-limit'
import { derivedKey, derivedKeys, hmacHex } from './keys'
import { verifySolution } from './pow'
import { markChallengeUsed, recentSubmissions, recordSubmission } from './records'

/** A submission refused by the anti-spam checks; the message is Vietnamese and meant for the user. */
export class SubmissionRejected extends Error {
  status: 400 | 429
  retryAfterSeconds?: number
  constructor(message: string, status: 400 | 429, retryAfterSeconds?: number) {
    super(message)
    this.name = 'SubmissionRejected'
    this.status = status
    if (retryAfterSeconds !== undefined) this.retryAfterSeconds = retryAfterSeconds
  }
}

export const MESSAGES = {
  honeypot: 'Không thể gửi: biểu mẫu có dữ liệu không hợp lệ.',
  missing: 'Chưa hoàn tất bước kiểm tra chống thư rác. Vui lòng đợi đến khi trang báo “Đã sẵn sàng gửi.” rồi gửi lại.',
  invalid:
    'Kết quả kiểm tra chống thư rác không hợp lệ. Vui lòng tải lại trang, đợi đến khi trang báo “Đã sẵn sàng gửi.” rồi gửi lại.',
  expired:
    'Bước kiểm tra chống thư rác đã hết hạn. Vui lòng đợi trang kiểm tra lại (thông báo “Đã sẵn sàng gửi.”) rồi gửi lại.',
  replayed:
    'Kết quả kiểm tra chống thư rác này đã được dùng. Vui lòng đợi trang kiểm tra lại (thông báo “Đã sẵn sàng gửi.”) rồi gửi lại.',
  tooMany: (minutes: number) => `Bạn đã gửi quá nhiều lần trong thời gian ngắn, vui lòng thử lại sau ${minutes} phút.`,
} as const

const HOUR_MS = 3_600_000
const DAY_MS = 24 * HOUR_MS

function envLimit(name: string, fallback: number): number {
  const value = Number(process.env[name])
  return Number.isInteger(value) && value >= 1 ? value : fallback
}

/** An e-mail in lower case, a phone as its digits (+84 written as 0): the same person, the same key. */
export function normaliseContact(contact: string | null | undefined): string | null {
  const value = contact?.normalize('NFC').trim()
  if (!value) return null
  if (value.includes('@')) return value.toLowerCase()
  let digits = value.replace(/\D/g, '')
  if (digits.startsWith('84') && digits.length >= 11) digits = `0${digits.slice(2)}`
  return digits || null
}

export const hashAddress = (address: string): string => hmacHex(derivedKey('ip'), address)
export const hashContact = (contact: string): string => hmacHex(derivedKey('contact'), contact)
/** The contact's hash under each accepted key (current first): for looking up what was stored before a rotation. */
export const contactHashes = (contact: string): string[] => derivedKeys('contact').map((key) => hmacHex(key, contact))

async function enforceLimit(
  payload: Payload,
  args: { scope: string; field: 'ipHash' | 'contactHash'; hash: string; limit: number; windowMs: number; now: Date },
): Promise<void> {
  const since = new Date(args.now.getTime() - args.windowMs)
  const times = await recentSubmissions(payload, {
    scope: args.scope,
    match: { [args.field]: { equals: args.hash } },
    since,
    limit: args.limit,
  })
  if (times.length < args.limit) return
  // The window frees up when the oldest of the last `limit` submissions leaves it.
  const oldest = times[0]!
  const retryAfterSeconds = Math.max(1, Math.ceil((oldest.getTime() + args.windowMs - args.now.getTime()) / 1000))
  throw new SubmissionRejected(MESSAGES.tooMany(Math.ceil(retryAfterSeconds / 60)), 429, retryAfterSeconds)
}

/**
 * The anti-spam checks of a public submission, in order: honeypot, proof of work (missing,
 * invalid, expired, replayed), then rate limits per address and per contact for this scope.
 * Throws SubmissionRejected; on success the submission is counted and the hashes returned.
 */
export async function checkSubmission(
  payload: Payload,
  args: {
    headers: Headers
    form: { pow?: string | null; honeypot?: string | null }
    scope: 'question' | 'comment' | string
    contact?: string | null
    now?: Date
  },
): Promise<{ ipHash: string; contactHash: string | null }> {
  const now = args.now ?? new Date()
  if (args.form.honeypot && args.form.honeypot.trim() !== '') throw new SubmissionRejected(MESSAGES.honeypot, 400)

  const pow = verifySolution(args.form.pow, now)
  if (!pow.ok) throw new SubmissionRejected(MESSAGES[pow.reason], 400)

  if (!(await markChallengeUsed(payload, pow.challenge, now, pow.expiresAt))) {
    throw new SubmissionRejected(MESSAGES.replayed, 400)
  }

  const ipHash = hashAddress(clientAddress(args.headers))
  const contact = normaliseContact(args.contact)
  const contactHash = contact ? hashContact(contact) : null
  const scope = args.scope.slice(0, 60)

  await enforceLimit(payload, {
    scope,
    field: 'ipHash',
    hash: ipHash,
    limit: envLimit('SUBMISSION_LIMIT_PER_IP_HOUR', 10),
    windowMs: HOUR_MS,
    now,
  })
  if (contactHash) {
    await enforceLimit(payload, {
      scope,
      field: 'contactHash',
      hash: contactHash,
      limit: envLimit('SUBMISSION_LIMIT_PER_CONTACT_DAY', 5),
      windowMs: DAY_MS,
      now,
    })
  }
  await recordSubmission(payload, { scope, ipHash, contactHash, now, keepMs: DAY_MS })
  return { ipHash, contactHash }
}
