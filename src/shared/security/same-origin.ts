/**
 * Cross-site request forgery protection for every state-changing request (POST, PUT, PATCH, DELETE):
 * forms, server actions, Payload's REST API and our own routes. Browsers say where a request comes
 * from (`Origin`, and the fetch-metadata header `Sec-Fetch-Site`); a request that another site made a
 * visitor's browser send is refused before it reaches any handler, so the visitor's session cookie
 * (SameSite=Lax already keeps it off cross-site subrequests) is never used for it. This is OWASP's
 * "verifying origin with standard headers" defence, with fetch metadata as the second signal.
 *
 * Not refused: requests without either header (servers, scripts, curl: they carry no visitor's
 * cookies), and API clients that authenticate with an `Authorization` header and send no cookie.
 * Trusted origins: the portal's own (the request's host, as the proxy in front forwards it), the
 * configured PUBLIC_URL, and CSRF_TRUSTED_ORIGINS (comma-separated, for a second public name).
 */

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', 'TRACE'])

export type OriginCheckInput = {
  method: string
  /** The URL as the app sees it (its origin is the address the app listens on). */
  url: string
  headers: Headers
  publicUrl?: string
  trustedOrigins?: string
}

/** The origins a state-changing request may come from. */
export function allowedOrigins(input: OriginCheckInput): Set<string> {
  const allowed = new Set<string>()
  const add = (value: string | undefined | null) => {
    if (!value) return
    try {
      allowed.add(new URL(value).origin.toLowerCase())
    } catch {
      // not a URL: ignored
    }
  }
  add(input.url)
  add(input.publicUrl)
  for (const origin of (input.trustedOrigins ?? '').split(',')) add(origin.trim())
  const host = (input.headers.get('x-forwarded-host') ?? input.headers.get('host') ?? '').split(',')[0]?.trim()
  if (host) {
    const forwardedProto = input.headers.get('x-forwarded-proto')?.split(',')[0]?.trim()
    const proto =
      forwardedProto === 'https' || forwardedProto === 'http'
        ? forwardedProto
        : new URL(input.url).protocol.replace(':', '')
    add(`${proto}://${host}`)
  }
  return allowed
}

/**
 * Why a request must be refused as cross-site, or null when it may go on. The reason is for the log;
 * visitors get `CROSS_SITE_MESSAGE`.
 */
export function crossSiteReason(input: OriginCheckInput): string | null {
  if (SAFE_METHODS.has(input.method.toUpperCase())) return null
  const { headers } = input
  if (headers.get('authorization') && !headers.get('cookie')) return null
  const origin = headers.get('origin')
  const fetchSite = headers.get('sec-fetch-site')?.toLowerCase()
  if (origin !== null) {
    // "null" is what a sandboxed frame, a data: page or a redirect across sites sends.
    if (origin === 'null') return 'Origin: null'
    let normalised: string
    try {
      normalised = new URL(origin).origin.toLowerCase()
    } catch {
      return `Origin không hợp lệ: ${origin.slice(0, 100)}`
    }
    if (allowedOrigins(input).has(normalised)) return null
    return `Origin ${normalised}`
  }
  if (fetchSite === 'cross-site' || fetchSite === 'same-site') return `Sec-Fetch-Site: ${fetchSite}`
  return null
}

export const CROSS_SITE_MESSAGE =
  'Yêu cầu bị từ chối vì được gửi từ một trang web khác. Hãy mở trang của Cổng thông tin và thao tác lại từ đó.'
