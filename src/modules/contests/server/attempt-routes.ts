import { portalPayload } from '@/shared/content/payload'
import { contestantCookieName } from './contestant-session'
import {
  heartbeat,
  resumeAttempt,
  saveAnswer,
  savePrediction,
  startAttempt,
  submitAttempt,
  type Caller,
  type Refusal,
} from './engine'

/**
 * POST /api/cuoc-thi/lam-bai/<round id>/<action>: the JSON API of the attempt page. The
 * contestant is the round's cookie; the browser tab is the `x-contest-session` header. Requests
 * from other sites are refused (JSON content type, same Origin, Sec-Fetch-Site), as the cookie is
 * the only credential. Every refusal is a Vietnamese JSON 4xx.
 */

export const SESSION_HEADER = 'x-contest-session'
const MAX_BODY_BYTES = 8 * 1024
const ACTIONS = ['bat-dau', 'tiep-tuc', 'tra-loi', 'du-doan', 'nop-bai', 'giu-phien'] as const
type Action = (typeof ACTIONS)[number]

const json = (body: unknown, status = 200, extra: Record<string, string> = {}) =>
  Response.json(body, { status, headers: { 'Cache-Control': 'private, no-store', ...extra } })

const fail = (status: number, message: string, code = 'bad-request') => json({ ok: false, code, message }, status)

const refusal = (r: Refusal) =>
  json(
    { ok: false, code: r.code, message: r.message, retryAfterSeconds: r.retryAfterSeconds },
    r.status,
    r.retryAfterSeconds ? { 'Retry-After': String(r.retryAfterSeconds) } : {},
  )

export function readCookie(header: string | null, name: string): string | null {
  if (!header) return null
  for (const part of header.split(';')) {
    const eq = part.indexOf('=')
    if (eq > 0 && part.slice(0, eq).trim() === name) {
      try {
        return decodeURIComponent(part.slice(eq + 1).trim())
      } catch {
        return null
      }
    }
  }
  return null
}

/** A request another site could have made with the contestant's cookie. */
export function crossSite(request: Request): boolean {
  const site = request.headers.get('sec-fetch-site')
  if (site && site !== 'same-origin' && site !== 'none') return true
  const origin = request.headers.get('origin')
  if (origin) {
    const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host')
    try {
      if (!host || new URL(origin).host !== host) return true
    } catch {
      return true
    }
  }
  return !(request.headers.get('content-type') ?? '').toLowerCase().startsWith('application/json')
}

async function readBody(request: Request): Promise<Record<string, unknown> | null> {
  if (Number(request.headers.get('content-length') || 0) > MAX_BODY_BYTES) return null
  try {
    const text = await request.text()
    if (text.length > MAX_BODY_BYTES) return null
    const body: unknown = text.trim() ? JSON.parse(text) : {}
    return body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : null
  } catch {
    return null
  }
}

export async function handleAttemptPost(request: Request, roundParam: string, actionParam: string): Promise<Response> {
  if (!(ACTIONS as readonly string[]).includes(actionParam)) return fail(404, 'Không có thao tác này.', 'not-found')
  if (!/^[1-9][0-9]{0,9}$/.test(roundParam)) return fail(404, 'Không tìm thấy vòng thi.', 'not-found')
  if (crossSite(request)) return fail(403, 'Yêu cầu không hợp lệ: hãy làm bài trên trang của cuộc thi.', 'cross-site')
  const body = await readBody(request)
  if (!body) return fail(400, 'Dữ liệu gửi lên không đọc được hoặc quá lớn.')
  const roundId = Number(roundParam)
  const payload = await portalPayload()
  const caller: Caller = {
    roundId,
    token: readCookie(request.headers.get('cookie'), contestantCookieName(roundId)),
    session: request.headers.get(SESSION_HEADER),
    now: new Date(),
  }
  try {
    const outcome = await run(payload, actionParam as Action, caller, body)
    return outcome.ok ? json(outcome) : refusal(outcome)
  } catch (err) {
    payload.logger.error({ msg: `Contest attempt ${actionParam} failed`, err })
    return fail(503, 'Máy chủ đang bận, câu trả lời chưa được lưu. Vui lòng thử lại.', 'busy')
  }
}

function run(
  payload: Awaited<ReturnType<typeof portalPayload>>,
  action: Action,
  c: Caller,
  body: Record<string, unknown>,
) {
  switch (action) {
    case 'bat-dau':
      return startAttempt(payload, c)
    case 'tiep-tuc':
      return resumeAttempt(payload, c)
    case 'tra-loi':
      return saveAnswer(payload, { ...c, attemptId: body.attemptId, itemIndex: body.itemIndex, choice: body.choice })
    case 'du-doan':
      return savePrediction(payload, { ...c, attemptId: body.attemptId, value: body.value })
    case 'nop-bai':
      return submitAttempt(payload, { ...c, attemptId: body.attemptId })
    case 'giu-phien':
      return heartbeat(payload, { ...c, attemptId: body.attemptId })
  }
}
