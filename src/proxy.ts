import fs from 'node:fs'
import path from 'node:path'
import { NextResponse, type NextRequest } from 'next/server'
import { checkContestQuery } from '@/modules/contests/server/result-params'
import { parseListParams as parseDialogueListParams } from '@/modules/dialogue/server/list-params'
import { parseDirectoryParams } from '@/modules/directory/server/parse-directory-params'
import { parseDocumentListParams } from '@/modules/legal-documents/server/list-params'
import { checkTrackingParams, parseQaListParams } from '@/modules/qa/public/list-params'
import { libraryUploadCapBytes } from '@/modules/media/library/constants'
import { libraryContentSecurityPolicy } from '@/modules/media/server/library-csp'
import { parseLibraryParams } from '@/modules/media/server/library-params'
import { parseMemberParams } from '@/modules/registries/server/list-params'
import { parseSearchFilters } from '@/modules/search/server/parse-filters'
import { parseChosenParam, parseSituationListParams } from '@/modules/situations/public/list-params'
import { parseStatsParams } from '@/modules/statistics/params'
import { statsUnitExists } from '@/modules/statistics/unit-check'
import { SEARCH_MAX_QUERY } from '@/modules/search/server/site-search'
import { checkBeforeServing, outageResponse } from '@/shared/ops/db-outage'
import { clientAddress, createRateLimiter } from '@/shared/security/rate-limit'
import { CROSS_SITE_MESSAGE, crossSiteReason } from '@/shared/security/same-origin'
import { createNonce, isRenderedPerRequest, noncePolicy } from '@/shared/security/script-nonce'

// Password guessing from one address: 20 attempts per 10 minutes (accounts also lock after 5 misses).
const loginLimiter = createRateLimiter({
  name: 'login',
  limit: Number(process.env.LOGIN_RATE_LIMIT || 20),
  windowMs: 10 * 60 * 1000,
})

/**
 * Rejects bad query strings on public pages with a Vietnamese 400 page before any rendering, so a
 * malformed request never reaches a page as a 500.
 */
export async function proxy(request: NextRequest) {
  const { pathname, searchParams, search } = request.nextUrl
  // The build's assets and the public folder's files are read-only (Next.js answers a POST to them with 500).
  if (isStaticFile(pathname)) {
    return request.method === 'GET' || request.method === 'HEAD' ? NextResponse.next() : methodNotAllowed(request)
  }
  // While the database is away every request but the probes gets a 503 (src/shared/ops/db-outage.ts);
  // an empty connection pool is checked first, so the first request after a quiet spell is no 500.
  await checkBeforeServing()
  const outage = outageResponse(pathname, request.headers.get('accept'))
  if (outage) return outage
  const refused = refuseCrossSite(request)
  if (refused) return refused
  if (pathname === '/api/users/login' || pathname === '/api/users/forgot-password') return checkLoginRate(request)
  if (/^\/api\/(media|files|library-files)(\/|$)/.test(pathname)) return checkUploadSize(request)
  if (pathname.startsWith('/api/')) return NextResponse.next()
  if (pathname.startsWith('/admin')) return withScriptNonce(request)
  if (search.length > 2000) return badRequest('Địa chỉ truy cập quá dài.')
  if (pathname === '/danh-ba') {
    const params: Record<string, string> = {}
    searchParams.forEach((value, key) => {
      params[key] = value
    })
    const checked = parseDirectoryParams(params)
    if (!checked.ok) return badRequest(checked.message)
  }
  if (pathname === '/van-ban') {
    const params = paramsOf(searchParams)
    const checked = parseDocumentListParams(params)
    if (!checked.ok) return badRequest(checked.message)
  }
  if (pathname === '/hoi-dap' || pathname === '/hoi-dap/tra-cuu') {
    const params = paramsOf(searchParams)
    const checked = pathname === '/hoi-dap' ? parseQaListParams(params) : checkTrackingParams(params)
    if (!checked.ok) return badRequest(checked.message)
  }
  if (pathname === '/tinh-huong') {
    const params = paramsOf(searchParams)
    const checked = parseSituationListParams(params)
    if (!checked.ok) return badRequest(checked.message)
  }
  if (/^\/tinh-huong\/[^/]+\/ket-qua$/.test(pathname)) {
    const chosen = searchParams.getAll('chon')
    if (!parseChosenParam(chosen.length === 1 ? chosen[0] : undefined)) {
      return badRequest('Địa chỉ kết quả kiểm tra không hợp lệ: hãy làm lại bài kiểm tra từ trang tình huống.')
    }
  }
  if (pathname === '/doi-thoai') {
    const params = paramsOf(searchParams)
    const checked = parseDialogueListParams(params)
    if (!checked.ok) return badRequest(checked.message)
  }
  if (/^\/doi-ngu\/[a-z-]+(\/xuat\.xlsx)?$/.test(pathname)) {
    const params = paramsOf(searchParams)
    const checked = parseMemberParams(params)
    if (!checked.ok) return badRequest(checked.message)
  }
  if (pathname === '/thu-vien' || pathname.startsWith('/thu-vien/'))
    return checkLibrary(request, pathname, searchParams)
  if (pathname.startsWith('/cuoc-thi/')) {
    const message = checkContestQuery(pathname, searchParams)
    if (message) return badRequest(message)
  }
  if (pathname === '/thong-ke') {
    const checked = parseStatsParams(searchParams)
    if (!checked.ok) return badRequest(checked.message)
    if (checked.params.unitId !== null && (await statsUnitExists(checked.params.unitId)) === false) {
      return badRequest(
        'Không tìm thấy đơn vị đã chọn. Hãy chọn lại đơn vị trong danh sách hoặc xem thống kê toàn tỉnh.',
      )
    }
  }
  if (pathname === '/tim-kiem') {
    const q = searchParams.get('q')
    if (q && q.length > SEARCH_MAX_QUERY) return badRequest(`Từ khóa quá dài (tối đa ${SEARCH_MAX_QUERY} ký tự).`)
    const page = searchParams.get('trang')
    if (page !== null && !/^[1-9][0-9]{0,4}$/.test(page)) return badRequest('Số trang không hợp lệ.')
    const filters = parseSearchFilters(searchParams)
    if (!filters.ok) return badRequest(filters.message)
  }
  return withScriptNonce(request)
}

/**
 * Lets the request through; a page rendered per request gets a fresh script nonce, in the response's
 * Content-Security-Policy and in the request headers Next.js reads it from when it renders
 * (src/shared/security/script-nonce.ts). `policyFor` gives the policy when a section has its own.
 */
function withScriptNonce(request: NextRequest, policyFor?: (nonce: string | null) => string) {
  const method = request.method
  if ((method !== 'GET' && method !== 'HEAD') || !isRenderedPerRequest(request.nextUrl.pathname)) {
    const response = NextResponse.next()
    if (policyFor) response.headers.set('Content-Security-Policy', policyFor(null))
    return response
  }
  const nonce = createNonce()
  const policy = policyFor ? policyFor(nonce) : noncePolicy(nonce)
  const headers = new Headers(request.headers)
  headers.set('Content-Security-Policy', policy)
  const response = NextResponse.next({ request: { headers } })
  response.headers.set('Content-Security-Policy', policy)
  return response
}

/** The query string as the list parsers take it: one value, or all of them when repeated. */
function paramsOf(searchParams: URLSearchParams): Record<string, string | string[]> {
  const params: Record<string, string | string[]> = {}
  for (const key of new Set(searchParams.keys())) {
    const values = searchParams.getAll(key)
    params[key] = values.length > 1 ? values : (values[0] ?? '')
  }
  return params
}

/** The media library: its list's filters are checked, and its pages get their own CSP. */
function checkLibrary(request: NextRequest, pathname: string, searchParams: URLSearchParams) {
  if (pathname === '/thu-vien') {
    const params = paramsOf(searchParams)
    const checked = parseLibraryParams(params)
    if (!checked.ok) return badRequest(checked.message)
  }
  return withScriptNonce(request, (nonce) =>
    libraryContentSecurityPolicy({
      isItemPage: pathname !== '/thu-vien',
      isDevelopment: process.env.NODE_ENV === 'development',
      nonce,
    }),
  )
}

function escape(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  )
}

/**
 * Cross-site request forgery: a state-changing request that another site made the browser send is
 * refused with 403 before any handler runs (src/shared/security/same-origin.ts).
 */
function refuseCrossSite(request: NextRequest): Response | null {
  const reason = crossSiteReason({
    method: request.method,
    url: request.url,
    headers: request.headers,
    publicUrl: process.env.PUBLIC_URL,
    trustedOrigins: process.env.CSRF_TRUSTED_ORIGINS,
  })
  if (!reason) return null
  console.warn(
    JSON.stringify({
      level: 'warn',
      msg: 'cross-site request refused',
      method: request.method,
      path: request.nextUrl.pathname,
      reason,
    }),
  )
  // A form's navigation gets a page; fetch() and API clients get JSON.
  const wantsHtml = (request.headers.get('accept') ?? '').includes('text/html')
  if (wantsHtml) return errorPage(403, 'Yêu cầu bị từ chối', CROSS_SITE_MESSAGE)
  return Response.json(
    { errors: [{ message: CROSS_SITE_MESSAGE }] },
    { status: 403, headers: { 'Cache-Control': 'no-store' } },
  )
}

function badRequest(message: string): Response {
  return errorPage(400, 'Yêu cầu không hợp lệ', message)
}

function errorPage(status: number, title: string, message: string): Response {
  const html = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${title}</title><style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.6;color:#1a1a1a}a{color:#8b1a1a}</style></head><body><main><h1>${title}</h1><p>${escape(message)}</p><p><a href="/">Về trang chủ</a></p></main></body></html>`
  return new Response(html, {
    status,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' },
  })
}

async function checkLoginRate(request: NextRequest) {
  if (request.method !== 'POST') return NextResponse.next()
  const { allowed, retryAfterSeconds } = await loginLimiter.hit(clientAddress(request.headers))
  if (allowed) return NextResponse.next()
  return Response.json(
    {
      errors: [
        {
          message: `Bạn đã thử đăng nhập quá nhiều lần. Vui lòng thử lại sau ${Math.ceil(retryAfterSeconds / 60)} phút.`,
        },
      ],
    },
    { status: 429, headers: { 'Retry-After': String(retryAfterSeconds) } },
  )
}

/** Refuses an upload whose declared size is far over the limit before its body is read. */
function checkUploadSize(request: NextRequest) {
  const length = Number(request.headers.get('content-length') || 0)
  const limit = request.nextUrl.pathname.startsWith('/api/library-files/')
    ? libraryUploadCapBytes()
    : Number(process.env.UPLOAD_MAX_BYTES || 20 * 1024 * 1024)
  if (length > Math.ceil(limit * 1.25)) {
    return Response.json(
      { errors: [{ message: `Tệp quá lớn: tối đa ${Math.round(limit / 1024 / 1024)} MB.` }] },
      { status: 413 },
    )
  }
  return NextResponse.next()
}

/** The files of public/, as URL paths (read once). */
let publicFiles: Set<string> | undefined
function isStaticFile(pathname: string): boolean {
  if (pathname.startsWith('/_next/static/') || pathname.startsWith('/_next/image')) return true
  if (!publicFiles) {
    publicFiles = new Set()
    const root = path.join(process.cwd(), 'public')
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name)
        if (entry.isDirectory()) walk(full)
        else publicFiles!.add(`/${path.relative(root, full).split(path.sep).join('/')}`)
      }
    }
    if (fs.existsSync(root)) walk(root)
  }
  return publicFiles.has(pathname)
}

function methodNotAllowed(request: NextRequest): Response {
  const message = 'Tệp này chỉ để đọc: không gửi dữ liệu đến địa chỉ này được.'
  const headers = { Allow: 'GET, HEAD', 'Cache-Control': 'no-store' }
  if ((request.headers.get('accept') ?? '').includes('text/html')) {
    const page = errorPage(405, 'Phương thức không được hỗ trợ', message)
    for (const [key, value] of Object.entries(headers)) page.headers.set(key, value)
    return page
  }
  return Response.json({ errors: [{ message }] }, { status: 405, headers })
}

export const config = {
  // Every request: pages and the API (the database-outage answer, the checks above), and the static
  // files too, whose only check is the method.
  matcher: ['/:path*'],
}
