/** Errors of the open API as RFC 9457 problem details, with Vietnamese titles and details. */

export const CORS_HEADERS: Record<string, string> = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS',
  'Access-Control-Allow-Headers': 'Authorization, X-Api-Key, If-None-Match',
  'Access-Control-Expose-Headers': 'ETag, Link, Retry-After, X-RateLimit-Limit, X-RateLimit-Remaining',
  'Access-Control-Max-Age': '86400',
}

export class ProblemError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string,
    readonly slug: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(detail)
  }
}

export function problemResponse(problem: ProblemError): Response {
  const body = {
    type: `/du-lieu-mo#loi-${problem.slug}`,
    title: problem.title,
    status: problem.status,
    detail: problem.detail,
  }
  return new Response(JSON.stringify(body), {
    status: problem.status,
    headers: {
      ...CORS_HEADERS,
      ...problem.headers,
      'Content-Type': 'application/problem+json; charset=utf-8',
      'Cache-Control': 'no-store',
    },
  })
}

export const badRequest = (detail: string, slug = 'tham-so') =>
  new ProblemError(400, 'Yêu cầu không hợp lệ', detail, slug)
export const notFound = (detail: string) => new ProblemError(404, 'Không tìm thấy', detail, 'khong-tim-thay')
