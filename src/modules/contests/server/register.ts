import type { Payload } from 'payload'
import { SubmissionRejected } from '@/shared/antispam'
import { CONTEST_ENTRIES_SLUG } from '../constants'
import { checkContestSubmission } from './antispam'
import { isPhoneAvailable, sendCode } from './code-sender'
import { CODE_RESEND_COOLDOWN_MS } from './codes'
import type { ContestEntry } from '@/payload-types'
import { derivePublicFields } from '../hooks/entry-derived'
import { asContestant, codeFields, findEntry } from './entries'
import { appendPendingCookie, fail, formString, isSecure, json, payloadOr, readForm } from './http'
import { getPublicRound, roundPath, roundState } from './public-queries'
import { registrationValuesFrom, validateRegistration } from './registration-form'
import { dateArg, dateSql, query } from './sql'

export const ALREADY_REGISTERED = 'Thư điện tử này đã đăng ký vòng thi'
const alreadyRegistered = (kind: 'email' | 'phone') =>
  kind === 'email' ? `${ALREADY_REGISTERED}.` : 'Số điện thoại này đã đăng ký vòng thi.'

/**
 * POST /api/cuoc-thi/dang-ky: registers for a round and sends the one-time code. 200 with where to
 * enter the code (and the pending cookie); 400 with field messages; 404 for an unknown round; 409
 * when this contact is already registered (verified) for the round — the answer says how to get
 * back in (a sign-in code); 429 when rate-limited. Nothing is stored on a refusal.
 */
export async function handleRegister(request: Request, payloadArg?: Payload): Promise<Response> {
  const form = await readForm(request)
  if (!form) return fail(400, 'Dữ liệu biểu mẫu không đọc được. Vui lòng tải lại trang và gửi lại.')
  const payload = await payloadOr(payloadArg)
  const found = await getPublicRound(payload, formString(form, 'contest'), formString(form, 'round'))
  if (!found) return fail(404, 'Không tìm thấy vòng thi này.')
  const { contest, round } = found
  const now = new Date()
  if (contest.status !== 'published' || roundState(round, now) === 'closed') {
    return fail(400, 'Vòng thi đã kết thúc, không nhận đăng ký mới.')
  }
  const values = registrationValuesFrom(form)
  const checked = validateRegistration(values, {
    contest,
    round,
    unitIds: [],
    audienceIds: [],
    phoneAvailable: isPhoneAvailable(),
    now,
  })
  if (!checked.ok) {
    return fail(400, 'Vui lòng sửa các mục được đánh dấu rồi gửi lại.', checked.errors as Record<string, string>)
  }
  const input = checked.input

  let hashes: { ipHash: string; contactHash: string }
  try {
    hashes = await checkContestSubmission(payload, {
      headers: request.headers,
      pow: formString(form, 'altcha') || null,
      honeypot: formString(form, 'website') || null,
      scope: 'contest-register',
      contact: input.contact,
      now,
    })
  } catch (err) {
    if (err instanceof SubmissionRejected) {
      const retry = err.retryAfterSeconds ? { 'Retry-After': String(err.retryAfterSeconds) } : undefined
      return fail(err.status, err.message, undefined, retry)
    }
    throw err
  }

  const conflict = () =>
    json(
      { error: alreadyRegistered(input.contactKind), code: 'already-registered', contactKind: input.contactKind },
      409,
    )
  const details = {
    fullName: input.fullName,
    birthDate: input.birthDate,
    guardianConsent: input.guardianConsent,
    unit: input.unit,
    school: input.school,
    className: input.className,
    audience: input.audience,
    contactKind: input.contactKind,
    contact: input.contact,
    consentAt: now.toISOString(),
    ipHash: hashes.ipHash,
  }
  const existing = await findEntry(payload, { roundId: round.id, contact: input.contact })
  let entryId: number
  if (existing?.verifiedAt) return conflict()
  if (existing) {
    // Registered before but never verified (closed the tab, lost the mail): take the new details.
    const recent = existing.codeSentAt && now.getTime() - Date.parse(existing.codeSentAt) < CODE_RESEND_COOLDOWN_MS
    await takeOverEntry(payload, existing, details)
    entryId = existing.id
    if (!recent) await issueAndSend(payload, entryId, now, found)
  } else {
    try {
      const created = await payload.create({
        collection: CONTEST_ENTRIES_SLUG,
        data: { contest: contest.id, round: round.id, ...details, contactHash: hashes.contactHash, codeAttempts: 0 },
        depth: 0,
        ...asContestant,
      })
      entryId = created.id
    } catch (err) {
      // Two registrations with the same contact at once: the unique (round, contact) index keeps one.
      if (await findEntry(payload, { roundId: round.id, contact: input.contact })) return conflict()
      throw err
    }
    await issueAndSend(payload, entryId, now, found)
  }
  const headers = new Headers()
  appendPendingCookie(headers, round.id, entryId, isSecure(request))
  return json({ redirect: roundPath(contest.slug ?? '', round.number, 'xac-thuc') }, 200, headers)
}

/**
 * Writes the new details of an unverified entry registered again. Only the columns given are
 * written (the adapter's partial update): a Local API update would write back the whole entry as it
 * was read, and so could wipe the code that a simultaneous registration of the same contact stored
 * a moment before (the mailed code would then be "expired"). The public name and the minor flag
 * are derived as the collection's hook does; the registration form was validated already.
 */
async function takeOverEntry(
  payload: Payload,
  existing: ContestEntry,
  details: Record<string, unknown>,
): Promise<void> {
  const derived = await derivePublicFields(payload, { ...existing, ...details })
  await payload.db.updateOne({
    collection: CONTEST_ENTRIES_SLUG,
    id: existing.id,
    data: { ...details, ...derived },
    returning: false,
  })
}

/**
 * Issues and stores a new code in one atomic update that succeeds only if no code went out within
 * the resend cooldown. Simultaneous requests (a double click, two tabs registering the same
 * contact) thus send one code between them, and no other write can leave the mailed code and the
 * stored one out of step, on SQLite and PostgreSQL alike. Returns where to send it, or null.
 */
async function storeNewCode(
  payload: Payload,
  entryId: number,
  now: Date,
): Promise<{ code: string; contact: string; contactKind: string } | null> {
  const d = dateSql(payload)
  const { code, data } = codeFields(entryId, now)
  const rows = await query(
    payload,
    `UPDATE contest_entries SET code_sent_at = ${d}, code_hash = ?, code_expires_at = ${d}, code_attempts = 0
     WHERE id = ? AND (code_sent_at IS NULL OR code_sent_at <= ${d}) RETURNING contact, contact_kind`,
    [
      dateArg(now),
      data.codeHash,
      data.codeExpiresAt,
      entryId,
      dateArg(new Date(now.getTime() - CODE_RESEND_COOLDOWN_MS)),
    ],
  )
  const row = rows[0]
  return row ? { code, contact: String(row.contact), contactKind: String(row.contact_kind) } : null
}

/**
 * Stores a new code for the entry and sends it to the entry's contact; false (nothing sent) when
 * another request sent one within the cooldown.
 */
export async function issueAndSend(
  payload: Payload,
  entryId: number,
  now: Date,
  found: { contest: { title: string }; round: { title: string } },
): Promise<boolean> {
  const stored = await storeNewCode(payload, entryId, now)
  if (!stored) return false
  await sendCode(payload, {
    to: stored.contact,
    kind: stored.contactKind as ContestEntry['contactKind'],
    code: stored.code,
    contestTitle: found.contest.title,
    roundTitle: found.round.title,
  })
  return true
}
