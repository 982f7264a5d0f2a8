import type { Payload } from 'payload'
import { portalPayload } from '@/shared/content/payload'
import { CONTESTANT_COOKIE_MAX_AGE_S, CONTESTANT_COOKIE_PATHS, contestantCookieName } from './contestant-session'
import { CODE_TTL_MS, pendingCookieName, pendingCookieValue } from './codes'

/** Small helpers shared by the contest's public route handlers (JSON in, JSON out). */

export const json = (body: unknown, status = 200, headers?: HeadersInit): Response => {
  const h = new Headers(headers)
  h.set('Content-Type', 'application/json; charset=utf-8')
  h.set('Cache-Control', 'no-store')
  return new Response(JSON.stringify(body), { status, headers: h })
}

export const fail = (status: number, error: string, errors?: Record<string, string>, headers?: HeadersInit) =>
  json({ error, ...(errors ? { errors } : {}) }, status, headers)

export const isSecure = (request: Request): boolean =>
  new URL(request.url).protocol === 'https:' || request.headers.get('x-forwarded-proto') === 'https'

function cookie(name: string, value: string, path: string, maxAge: number, secure: boolean): string {
  return `${name}=${value}; Path=${path}; Max-Age=${maxAge}; HttpOnly; SameSite=Lax${secure ? '; Secure' : ''}`
}

export function appendPendingCookie(h: Headers, roundId: number | string, entryId: number | string, secure: boolean) {
  for (const path of CONTESTANT_COOKIE_PATHS) {
    h.append(
      'Set-Cookie',
      cookie(pendingCookieName(roundId), pendingCookieValue(entryId), path, CODE_TTL_MS / 1000, secure),
    )
  }
}

export function appendSessionCookies(h: Headers, roundId: number | string, token: string, secure: boolean) {
  for (const path of CONTESTANT_COOKIE_PATHS) {
    h.append('Set-Cookie', cookie(contestantCookieName(roundId), token, path, CONTESTANT_COOKIE_MAX_AGE_S, secure))
    h.append('Set-Cookie', cookie(pendingCookieName(roundId), '', path, 0, secure))
  }
}

export function appendClearSessionCookies(h: Headers, roundId: number | string, secure: boolean) {
  for (const path of CONTESTANT_COOKIE_PATHS) {
    h.append('Set-Cookie', cookie(contestantCookieName(roundId), '', path, 0, secure))
  }
}

export function readCookie(request: Request, name: string): string | null {
  const header = request.headers.get('cookie')
  if (!header) return null
  for (const part of header.split(';')) {
    const at = part.indexOf('=')
    if (at > 0 && part.slice(0, at).trim() === name) return part.slice(at + 1).trim()
  }
  return null
}

const MAX_FORM_BYTES = 32 * 1024

/** The posted form, or null when it is not a readable form of reasonable size. */
export async function readForm(request: Request): Promise<FormData | null> {
  if (Number(request.headers.get('content-length') || 0) > MAX_FORM_BYTES) return null
  try {
    const text = await request.text()
    if (text.length > MAX_FORM_BYTES) return null
    return await new Response(text, {
      headers: { 'content-type': request.headers.get('content-type') ?? 'application/x-www-form-urlencoded' },
    }).formData()
  } catch {
    return null
  }
}

export const payloadOr = (payload?: Payload): Promise<Payload> => (payload ? Promise.resolve(payload) : portalPayload())

export const formString = (form: FormData, name: string): string => {
  const v = form.get(name)
  return typeof v === 'string' ? v.trim() : ''
}
