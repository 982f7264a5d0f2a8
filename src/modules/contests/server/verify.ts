import type { Payload } from 'payload'
import { normaliseContact, SubmissionRejected } from '@/shared/antispam'
import { CONTEST_ENTRIES_SLUG } from '../constants'
import { checkContestSubmission } from './antispam'
import { CODE_MAX_TRIES, CODE_RESEND_COOLDOWN_MS, codeMatches, pendingCookieName, readPendingCookie } from './codes'
import { newAccessToken } from './contestant-session'
import { asContestant, findEntry, idOf } from './entries'
import {
  appendPendingCookie,
  appendSessionCookies,
  fail,
  formString,
  isSecure,
  json,
  payloadOr,
  readCookie,
  readForm,
} from './http'
import { getPublicRound, roundPath } from './public-queries'
import { issueAndSend } from './register'

/**
 * POST /api/cuoc-thi/xac-thuc: checks the one-time code of the entry named by the pending cookie.
 * Each try is counted before the comparison (a compare-and-set on the counter), so even parallel
 * guesses get CODE_MAX_TRIES in all. On success the entry is verified and the browser gets the
 * contestant cookie for the round (a new token: signing in on another device moves the session).
 */
export async function handleVerify(request: Request, payloadArg?: Payload): Promise<Response> {
  const form = await readForm(request)
  if (!form) return fail(400, 'Dữ liệu biểu mẫu không đọc được. Vui lòng tải lại trang và gửi lại.')
  const payload = await payloadOr(payloadArg)
  const found = await getPublicRound(payload, formString(form, 'contest'), formString(form, 'round'))
  if (!found) return fail(404, 'Không tìm thấy vòng thi này.')
  const { contest, round } = found
  const code = formString(form, 'code').replace(/\s+/g, '')
  if (!/^[0-9]{6}$/.test(code))
    return fail(400, 'Mã xác thực gồm 6 chữ số.', { code: 'Nhập đủ 6 chữ số của mã xác thực.' })
  const entryId = readPendingCookie(readCookie(request, pendingCookieName(round.id)))
  const entry = entryId ? await findEntry(payload, { id: entryId }) : null
  if (!entry || idOf(entry.round) !== round.id) {
    return fail(400, 'Phiên xác thực đã hết hạn. Vui lòng nhập lại thư điện tử để nhận mã mới.', undefined)
  }
  const now = new Date()
  if (!entry.codeHash || !entry.codeExpiresAt || Date.parse(entry.codeExpiresAt) <= now.getTime()) {
    return fail(400, 'Mã xác thực đã hết hạn. Hãy bấm “Gửi lại mã” để nhận mã mới.', { code: 'Mã đã hết hạn.' })
  }
  const tries = entry.codeAttempts ?? 0
  if (tries >= CODE_MAX_TRIES) {
    return fail(429, 'Bạn đã nhập sai quá 5 lần. Hãy bấm “Gửi lại mã” để nhận mã mới.', { code: 'Mã này đã bị khóa.' })
  }
  // Claim this try: only one request moves the counter from `tries` to `tries + 1`.
  const claimed = await payload.update({
    collection: CONTEST_ENTRIES_SLUG,
    where: { and: [{ id: { equals: entry.id } }, { codeAttempts: { equals: tries } }] },
    data: { codeAttempts: tries + 1 },
    depth: 0,
    // System bookkeeping: the counter is closed to every reader, so no visitor may query by it.
    overrideAccess: true,
    context: { skipPrivacyAudit: true },
  })
  if (claimed.docs.length !== 1) return fail(409, 'Mã đang được kiểm tra ở một yêu cầu khác. Vui lòng thử lại.')
  if (!codeMatches(entry.id, code, entry.codeHash)) {
    const left = CODE_MAX_TRIES - tries - 1
    return left > 0
      ? fail(400, `Mã xác thực không đúng. Bạn còn ${left} lần thử.`, { code: 'Mã không đúng.' })
      : fail(429, 'Mã xác thực không đúng và đã bị khóa. Hãy bấm “Gửi lại mã” để nhận mã mới.', {
          code: 'Mã không đúng.',
        })
  }
  const { token, hash } = newAccessToken()
  await payload.update({
    collection: CONTEST_ENTRIES_SLUG,
    id: entry.id,
    data: {
      verifiedAt: entry.verifiedAt ?? now.toISOString(),
      accessTokenHash: hash,
      codeHash: null,
      codeExpiresAt: null,
      codeAttempts: 0,
    },
    depth: 0,
    ...asContestant,
  })
  const headers = new Headers()
  appendSessionCookies(headers, round.id, token, isSecure(request))
  return json({ redirect: roundPath(contest.slug ?? '', round.number) }, 200, headers)
}

/**
 * POST /api/cuoc-thi/gui-ma: a new code for an entry — to the contact typed in the form (signing
 * in again, e.g. on another device, or after a 409), or to the entry of the pending cookie
 * ("Gửi lại mã"). At most one code a minute per entry; the anti-spam checks apply.
 */
export async function handleSendCode(request: Request, payloadArg?: Payload): Promise<Response> {
  const form = await readForm(request)
  if (!form) return fail(400, 'Dữ liệu biểu mẫu không đọc được. Vui lòng tải lại trang và gửi lại.')
  const payload = await payloadOr(payloadArg)
  const found = await getPublicRound(payload, formString(form, 'contest'), formString(form, 'round'))
  if (!found) return fail(404, 'Không tìm thấy vòng thi này.')
  const { contest, round } = found
  const typed = formString(form, 'contact')
  let contact: string | null = null
  let entryId: number | null = null
  if (typed) {
    contact = normaliseContact(typed)
    const valid =
      contact && (contact.includes('@') ? /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/.test(contact) : /^0[0-9]{9}$/.test(contact))
    if (!valid)
      return fail(400, 'Thư điện tử hoặc số điện thoại không hợp lệ.', { contact: 'Kiểm tra lại địa chỉ đã nhập.' })
  } else {
    const pending = readPendingCookie(readCookie(request, pendingCookieName(round.id)))
    const entry = pending ? await findEntry(payload, { id: pending }) : null
    if (!entry || idOf(entry.round) !== round.id) {
      return fail(400, 'Phiên xác thực đã hết hạn. Vui lòng nhập thư điện tử đã đăng ký để nhận mã mới.', {
        contact: 'Nhập thư điện tử đã đăng ký.',
      })
    }
    contact = entry.contact
    entryId = entry.id
  }
  const now = new Date()
  try {
    await checkContestSubmission(payload, {
      headers: request.headers,
      pow: formString(form, 'altcha') || null,
      honeypot: formString(form, 'website') || null,
      scope: 'contest-code',
      contact: contact!,
      now,
    })
  } catch (err) {
    if (err instanceof SubmissionRejected) {
      const retry = err.retryAfterSeconds ? { 'Retry-After': String(err.retryAfterSeconds) } : undefined
      return fail(err.status, err.message, undefined, retry)
    }
    throw err
  }
  const entry =
    entryId !== null
      ? await findEntry(payload, { id: entryId })
      : await findEntry(payload, { roundId: round.id, contact: contact! })
  if (!entry) {
    return fail(404, 'Thư điện tử này chưa đăng ký vòng thi. Vui lòng đăng ký dự thi.', {
      contact: 'Chưa đăng ký vòng thi này.',
    })
  }
  if (entry.codeSentAt) {
    const wait = Math.ceil((Date.parse(entry.codeSentAt) + CODE_RESEND_COOLDOWN_MS - now.getTime()) / 1000)
    if (wait > 0) {
      return fail(429, `Mã vừa được gửi. Vui lòng đợi ${wait} giây rồi yêu cầu mã mới.`, undefined, {
        'Retry-After': String(wait),
      })
    }
  }
  if (!(await issueAndSend(payload, entry.id, now, found))) {
    // Another request sent a code a moment ago (a double click): that one stands.
    const wait = Math.ceil(CODE_RESEND_COOLDOWN_MS / 1000)
    return fail(429, `Mã vừa được gửi. Vui lòng đợi ${wait} giây rồi yêu cầu mã mới.`, undefined, {
      'Retry-After': String(wait),
    })
  }
  const headers = new Headers()
  appendPendingCookie(headers, round.id, entry.id, isSecure(request))
  return json(
    { redirect: `${roundPath(contest.slug ?? '', round.number, 'xac-thuc')}?da-gui=1`, sent: true },
    200,
    headers,
  )
}
