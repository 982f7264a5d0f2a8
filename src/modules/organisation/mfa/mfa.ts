import crypto from 'node:crypto'
import { sql, type SQL } from 'drizzle-orm'
import type { Payload, PayloadRequest } from 'payload'
import QRCode from 'qrcode'
import { userError } from '@/shared/errors'
import { openSecret, sealSecret } from '@/shared/security/secret-box'
import { payloadKeyOf, previousSecret, type RekeyCount } from '@/shared/security/secrets'
import { createRateLimiter } from '@/shared/security/rate-limit'
import { newTotpSecret, otpauthUri, verifyTotp } from '@/shared/security/totp'
import { recordAuditEvent } from '@/modules/audit/audit'
import { MFA_COOKIE, MFA_HEADER, requiresMfa } from './policy'

/**
 * Two-factor authentication with an authenticator app (TOTP). The key is kept sealed in hidden
 * fields of the account; a session becomes trusted when its owner types a valid code, which gives
 * the browser (cookie) or API client (header) a proof bound to that session and that key. Signing
 * out, the session expiring or the key being reset makes the proof worthless.
 */
const USERS = 'users'
/** The secret box purpose two-factor keys are sealed for (src/shared/security/secret-box.ts). */
export const SEAL_PURPOSE = 'totp-key'
const RECOVERY_CODES = 10

export type MfaState = {
  enabled: boolean
  secret: string | null
  pendingSecret: string | null
  lastStep: number | null
  recoveryCodes: string[]
}

type MfaUser = { id: number | string; email?: string | null; role?: string | null; _sid?: string }

const sha256 = (text: string): string => crypto.createHash('sha256').update(text).digest('hex')

/** The account's two-factor state, hidden fields included (read as the system). */
export async function loadMfaState(payload: Payload, id: number | string, req?: PayloadRequest): Promise<MfaState> {
  const doc = (await payload.db.findOne({ collection: USERS, where: { id: { equals: id } }, req })) as Record<
    string,
    unknown
  > | null
  const codes = doc?.mfaRecoveryCodes
  return {
    enabled: doc?.mfaEnabled === true,
    secret: typeof doc?.mfaSecret === 'string' && doc.mfaSecret ? doc.mfaSecret : null,
    pendingSecret: typeof doc?.mfaPendingSecret === 'string' && doc.mfaPendingSecret ? doc.mfaPendingSecret : null,
    lastStep: typeof doc?.mfaLastStep === 'number' ? doc.mfaLastStep : null,
    recoveryCodes: Array.isArray(codes) ? codes.filter((c): c is string => typeof c === 'string') : [],
  }
}

/** The proof that session `sid` of user `id` passed the second step with the key `sealedSecret`. */
export function mfaProof(payload: Payload, id: number | string, sid: string, sealedSecret: string): string {
  const key = Buffer.from(crypto.hkdfSync('sha256', payload.secret, 'pbgdpl-mfa', 'session-proof', 32))
  return crypto
    .createHmac('sha256', key)
    .update(`${id}|${sid}|${sha256(sealedSecret)}`)
    .digest('base64url')
}

/** The proof a request carries: the `X-MFA-Proof` header (API clients) or the cookie (browsers). */
export function proofFromHeaders(headers: Headers): string | null {
  const header = headers.get(MFA_HEADER)
  if (header) return header.trim()
  const cookie = headers.get('cookie') ?? ''
  for (const part of cookie.split(';')) {
    const [name, ...value] = part.trim().split('=')
    if (name === MFA_COOKIE) return decodeURIComponent(value.join('='))
  }
  return null
}

const sameText = (a: string, b: string): boolean => {
  const left = Buffer.from(a)
  const right = Buffer.from(b)
  return left.length === right.length && crypto.timingSafeEqual(left, right)
}

/** Whether this request's session of `user` has passed the second step. */
export function sessionTrusted(payload: Payload, user: MfaUser, state: MfaState, headers: Headers): boolean {
  if (!state.enabled || !state.secret || !user._sid) return false
  const proof = proofFromHeaders(headers)
  return proof !== null && sameText(proof, mfaProof(payload, user.id, user._sid, state.secret))
}

async function writeState(payload: Payload, req: PayloadRequest | undefined, id: number | string, data: object) {
  // The system writes the hidden two-factor fields (nobody can through the API); the audit entry is
  // written by the caller with the action's own name, so the generic "update" entry is skipped.
  await payload.update({
    collection: USERS,
    id,
    data,
    overrideAccess: true,
    depth: 0,
    req,
    context: { skipAudit: true },
  })
}

/**
 * Records `step` as the account's last used step unless that step (or a later one) was already used:
 * one UPDATE … WHERE, atomic on SQLite and PostgreSQL alike. True when this call claimed it.
 */
async function claimStep(payload: Payload, id: number | string, step: number): Promise<boolean> {
  const statement = sql`UPDATE users SET mfa_last_step = ${step} WHERE id = ${id} AND (mfa_last_step IS NULL OR mfa_last_step < ${step}) RETURNING id`
  const db = payload.db as unknown as {
    name?: string
    drizzle: { execute?: (q: SQL) => Promise<{ rows: unknown[] }>; all?: (q: SQL) => Promise<unknown[]> }
  }
  const rows =
    db.name === 'postgres' && db.drizzle.execute
      ? (await db.drizzle.execute(statement)).rows
      : await db.drizzle.all!(statement)
  return rows.length > 0
}

const ISSUER = (): string => process.env.MFA_ISSUER?.trim() || 'Cổng PBGDPL'

/**
 * Starts enrolment: a new key, kept sealed as pending until the first valid code. Calling it again
 * replaces the pending key (the person scanned the wrong code, or reloaded the page).
 */
export async function beginEnrolment(
  payload: Payload,
  user: MfaUser,
  req?: PayloadRequest,
): Promise<{ secret: string; uri: string; qrSvg: string }> {
  if (!requiresMfa(user)) throw userError('Tài khoản này không cần xác thực hai bước.', 409)
  const state = await loadMfaState(payload, user.id, req)
  if (state.enabled) {
    throw userError('Tài khoản đã bật xác thực hai bước. Muốn đổi thiết bị, hãy nhờ quản trị viên đặt lại.', 409)
  }
  const secret = newTotpSecret()
  await writeState(payload, req, user.id, { mfaPendingSecret: sealSecret(payload.secret, SEAL_PURPOSE, secret) })
  const uri = otpauthUri(secret, user.email ?? String(user.id), ISSUER())
  const qrSvg = await QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 })
  return { secret, uri, qrSvg }
}

/** Wrong codes per account: ten per ten minutes, then the second step waits (right codes are not counted). */
const failures = createRateLimiter({ name: 'mfa-failures', limit: 10, windowMs: 10 * 60 * 1000 })

const newRecoveryCode = (): string => {
  const raw = crypto.randomBytes(6).toString('hex')
  return `${raw.slice(0, 4)}-${raw.slice(4, 8)}-${raw.slice(8)}`
}
const normaliseRecovery = (code: string): string => code.toLowerCase().replace(/[^0-9a-f]/g, '')

/** 429 in Vietnamese while the account has had too many wrong codes. */
async function refuseWhileLockedOut(id: number | string): Promise<void> {
  const limit = await failures.peek(String(id))
  if (!limit.allowed) {
    throw userError(
      `Nhập sai quá nhiều lần. Vui lòng thử lại sau ${Math.ceil(limit.retryAfterSeconds / 60)} phút.`,
      429,
    )
  }
}

export type ConfirmResult = { proof: string; enrolled: boolean; recoveryCodes?: string[]; recoveryCodesLeft: number }

/**
 * Checks the code typed for `user`'s current session. On enrolment it also turns two-factor
 * authentication on and returns ten one-time recovery codes (shown once, stored hashed). A
 * recovery code (xxxx-xxxx-xxxx) is accepted instead of a code, once each.
 */
export async function confirmCode(
  payload: Payload,
  user: MfaUser,
  code: unknown,
  req?: PayloadRequest,
): Promise<ConfirmResult> {
  if (!requiresMfa(user)) throw userError('Tài khoản này không cần xác thực hai bước.', 409)
  if (!user._sid) throw userError('Phiên đăng nhập không hợp lệ. Vui lòng đăng nhập lại.', 401)
  const typed = typeof code === 'string' ? code.trim() : ''
  if (!typed || typed.length > 40) throw userError('Vui lòng nhập mã gồm 6 chữ số từ ứng dụng xác thực.')
  await refuseWhileLockedOut(user.id)
  const state = await loadMfaState(payload, user.id, req)
  const enrolling = !state.enabled
  const sealed = enrolling ? state.pendingSecret : state.secret
  const secret = openMfaKey(payload, sealed)
  if (!secret) {
    throw userError(
      enrolling
        ? 'Chưa có khóa xác thực đang chờ kích hoạt. Vui lòng tải lại trang để nhận mã QR mới.'
        : 'Không đọc được khóa xác thực của tài khoản. Vui lòng nhờ quản trị viên đặt lại xác thực hai bước.',
      409,
    )
  }
  const verified = verifyTotp(secret, typed, { lastStep: state.lastStep })
  // The step is claimed in one conditional write, so two sign-ins racing with the same code cannot
  // both pass (the state read above may already be stale by then).
  const step = verified !== null && (await claimStep(payload, user.id, verified)) ? verified : null
  if (step !== null) {
    if (enrolling) {
      const recoveryCodes = Array.from({ length: RECOVERY_CODES }, newRecoveryCode)
      await writeState(payload, req, user.id, {
        mfaEnabled: true,
        mfaSecret: sealed,
        mfaPendingSecret: null,
        mfaLastStep: step,
        mfaRecoveryCodes: recoveryCodes.map((c) => sha256(normaliseRecovery(c))),
      })
      if (req) await recordAuditEvent(req, { action: 'mfa-enabled', user, documentId: user.id, title: user.email })
      return {
        proof: mfaProof(payload, user.id, user._sid, sealed as string),
        enrolled: true,
        recoveryCodes,
        recoveryCodesLeft: recoveryCodes.length,
      }
    }
    return {
      proof: mfaProof(payload, user.id, user._sid, sealed as string),
      enrolled: false,
      recoveryCodesLeft: state.recoveryCodes.length,
    }
  }
  if (!enrolling) {
    const hashed = sha256(normaliseRecovery(typed))
    if (normaliseRecovery(typed).length === 12 && state.recoveryCodes.includes(hashed)) {
      const left = state.recoveryCodes.filter((c) => c !== hashed)
      await writeState(payload, req, user.id, { mfaRecoveryCodes: left })
      if (req) {
        await recordAuditEvent(req, { action: 'mfa-recovery', user, documentId: user.id, title: user.email })
      }
      return {
        proof: mfaProof(payload, user.id, user._sid, sealed as string),
        enrolled: false,
        recoveryCodesLeft: left.length,
      }
    }
  }
  await failures.hit(String(user.id))
  if (req) await recordAuditEvent(req, { action: 'mfa-failed', user, documentId: user.id, title: user.email })
  throw userError('Mã xác thực không đúng hoặc đã hết hạn (mỗi mã chỉ dùng được một lần). Vui lòng thử mã mới.')
}

/**
 * New recovery codes for the signed-in person (they used some, or fear the sheet was seen): only on
 * a session that passed the second step, and only with a current code from the authenticator app
 * (not a recovery code). The old codes stop working; the ten new ones are shown once.
 */
export async function renewRecoveryCodes(
  payload: Payload,
  user: MfaUser,
  code: unknown,
  req?: PayloadRequest,
): Promise<string[]> {
  if (!requiresMfa(user)) throw userError('Tài khoản này không cần xác thực hai bước.', 409)
  if ((user as { _mfaPending?: unknown })._mfaPending) throw userError('Hãy hoàn tất bước xác thực thứ hai trước.', 403)
  const typed = typeof code === 'string' ? code.trim() : ''
  if (!/^\d{6}$/.test(typed)) throw userError('Vui lòng nhập mã gồm 6 chữ số đang hiện trong ứng dụng xác thực.')
  await refuseWhileLockedOut(user.id)
  const state = await loadMfaState(payload, user.id, req)
  const secret = state.enabled ? openMfaKey(payload, state.secret) : null
  if (!secret) throw userError('Tài khoản chưa bật xác thực hai bước.', 409)
  const verified = verifyTotp(secret, typed, { lastStep: state.lastStep })
  if (verified === null || !(await claimStep(payload, user.id, verified))) {
    await failures.hit(String(user.id))
    if (req) await recordAuditEvent(req, { action: 'mfa-failed', user, documentId: user.id, title: user.email })
    throw userError('Mã xác thực không đúng hoặc đã hết hạn (mỗi mã chỉ dùng được một lần). Vui lòng thử mã mới.')
  }
  const recoveryCodes = Array.from({ length: RECOVERY_CODES }, newRecoveryCode)
  await writeState(payload, req, user.id, {
    mfaRecoveryCodes: recoveryCodes.map((c) => sha256(normaliseRecovery(c))),
  })
  if (req) await recordAuditEvent(req, { action: 'mfa-recovery-renewed', user, documentId: user.id, title: user.email })
  return recoveryCodes
}

/** Turns two-factor authentication off for `targetId` (lost phone): they enrol again at next sign-in. */
export async function resetMfa(payload: Payload, targetId: number | string, req?: PayloadRequest): Promise<void> {
  await writeState(payload, req, targetId, {
    mfaEnabled: false,
    mfaSecret: null,
    mfaPendingSecret: null,
    mfaLastStep: null,
    mfaRecoveryCodes: [],
  })
}

/**
 * A sealed two-factor key in the clear: sealed under the current secret or, during a rotation,
 * under PAYLOAD_SECRET_PREVIOUS (`npm run secret:rotate` re-seals those). Null when neither opens it.
 */
export function openMfaKey(payload: Payload, sealed: string | null | undefined): string | null {
  const previous = previousSecret()
  return (
    openSecret(payload.secret, SEAL_PURPOSE, sealed) ??
    (previous ? openSecret(payloadKeyOf(previous), SEAL_PURPOSE, sealed) : null)
  )
}

/** Seals a known key for an account created by the demo seed or a test (never for real accounts). */
export function sealTotpSecret(payload: Payload, secret: string): string {
  return sealSecret(payload.secret, SEAL_PURPOSE, secret)
}

export function mfaCookie(proof: string, maxAgeSeconds: number): string {
  const secure = process.env.NODE_ENV === 'production' && process.env.INSECURE_COOKIES !== '1'
  return `${MFA_COOKIE}=${encodeURIComponent(proof)}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${maxAgeSeconds}${secure ? '; Secure' : ''}`
}

/**
 * After a secret rotation: seals again, under the current secret, every two-factor key (active or
 * waiting for enrolment) still sealed under PAYLOAD_SECRET_PREVIOUS. Keys sealed under neither are
 * counted and left as they are (their owners need an administrator's reset). `dryRun` only counts.
 */
export async function resealMfaKeys(payload: Payload, options: { dryRun?: boolean } = {}): Promise<RekeyCount> {
  const previous = previousSecret()
  const previousKey = previous ? payloadKeyOf(previous) : null
  const count: RekeyCount = { current: 0, rekeyed: 0, unreadable: 0 }
  const { docs } = await payload.db.find({
    collection: USERS,
    where: { or: [{ mfaSecret: { exists: true } }, { mfaPendingSecret: { exists: true } }] },
    pagination: false,
    limit: 0,
  })
  for (const doc of docs as Array<Record<string, unknown>>) {
    const data: Record<string, string> = {}
    for (const field of ['mfaSecret', 'mfaPendingSecret'] as const) {
      const sealed = typeof doc[field] === 'string' && doc[field] ? (doc[field] as string) : null
      if (!sealed) continue
      if (openSecret(payload.secret, SEAL_PURPOSE, sealed) !== null) {
        count.current++
        continue
      }
      const plain = previousKey ? openSecret(previousKey, SEAL_PURPOSE, sealed) : null
      if (plain === null) {
        count.unreadable++
        continue
      }
      count.rekeyed++
      data[field] = sealSecret(payload.secret, SEAL_PURPOSE, plain)
    }
    // A storage-level rewrite of hidden fields: no hooks, no "update" entry per account (the
    // rotation writes one audit entry of its own).
    if (!options.dryRun && Object.keys(data).length > 0) {
      await payload.db.updateOne({ collection: USERS, id: doc.id as number, data, returning: false })
    }
  }
  return count
}
