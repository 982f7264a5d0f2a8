import { createHash } from 'node:crypto'
import type { Payload, Where } from 'payload'
import { absoluteUrl } from '@/shared/ui/site-url'
import { resolveClient } from './clients'
import { decodeCursor, encodeCursor } from './cursor'
import { ENTITY_TYPES, entityType, serializePage, type EntityType } from './entities'
import { CORS_HEADERS, ProblemError, badRequest, notFound, problemResponse } from './problem'
import { takeRequest } from './rate-limit'

/**
 * The read-only open API, version 1 (issue 7 §2): /api/open/v1/<type> lists published records of a
 * type by cursor, /api/open/v1/<type>/<id> gives one. Reads run as an anonymous visitor
 * (overrideAccess: false, no user), so access rules apply on top of the explicit "published" filter.
 */

export const API_BASE = '/api/open/v1'
export const DEFAULT_LIMIT = 20
export const MAX_LIMIT = 100
const PAGING_PARAMS = ['limit', 'cursor']
/**
 * Types whose records carry a full text: their lists take `fields=summary` to leave out `text` and
 * `structure` (a law's text runs to hundreds of kilobytes). The default stays the full record, as
 * v1 was published with it; the single record always has the full text.
 */
export const SUMMARY_FIELDS: Record<string, string[]> = { 'legal-documents': ['text', 'structure'] }

export function corsPreflight(): Response {
  return new Response(null, { status: 204, headers: CORS_HEADERS })
}

/**
 * The frame of every open API endpoint: the caller's key (401 when wrong) and rate limit (429), then
 * the handler's JSON with an ETag; every failure becomes problem+json, never a stack trace.
 */
export async function guardedOpenApi(
  request: Request,
  payload: Payload,
  run: () => Promise<{ body: unknown; headers?: Record<string, string> }>,
  cacheControl?: string,
): Promise<Response> {
  try {
    const client = await resolveClient(request, payload)
    const rate = await takeRequest(client.key, client.limit)
    const rateHeaders = { 'X-RateLimit-Limit': String(rate.limit), 'X-RateLimit-Remaining': String(rate.remaining) }
    if (!rate.allowed) {
      throw new ProblemError(
        429,
        'Quá nhiều yêu cầu',
        `Bạn đã gửi quá ${rate.limit} yêu cầu trong một phút. Hãy thử lại sau ${rate.retryAfter} giây, hoặc xin khóa API để có hạn mức cao hơn.`,
        'gioi-han',
        { ...rateHeaders, 'Retry-After': String(rate.retryAfter) },
      )
    }
    const { body, headers } = await run()
    return jsonWithEtag(request, body, { ...rateHeaders, ...headers }, cacheControl)
  } catch (error) {
    if (error instanceof ProblemError) return problemResponse(error)
    console.error(error)
    return problemResponse(
      new ProblemError(500, 'Lỗi máy chủ', 'Có lỗi khi xử lý yêu cầu, vui lòng thử lại sau.', 'may-chu'),
    )
  }
}

/** A JSON body with a strong ETag; a matching If-None-Match gets 304 without the body. */
export function jsonWithEtag(
  request: Request,
  body: unknown,
  extra: Record<string, string> = {},
  cacheControl = 'public, max-age=60',
): Response {
  const text = JSON.stringify(body)
  const etag = `"${createHash('sha256').update(text).digest('base64url').slice(0, 32)}"`
  const headers = {
    ...CORS_HEADERS,
    ...extra,
    ETag: etag,
    'Cache-Control': cacheControl,
    Vary: 'Accept-Encoding',
  }
  const ifNoneMatch = request.headers.get('if-none-match')
  if (ifNoneMatch) {
    const tags = ifNoneMatch.split(',').map((t) => t.trim().replace(/^W\//, ''))
    if (tags.includes('*') || tags.includes(etag)) return new Response(null, { status: 304, headers })
  }
  return new Response(text, { status: 200, headers: { ...headers, 'Content-Type': 'application/json; charset=utf-8' } })
}

function typeOf(type: string): EntityType {
  const entity = entityType(type)
  if (!entity) {
    const known = ENTITY_TYPES.map((e) => e.type).join(', ')
    throw notFound(`Không có loại dữ liệu “${type.slice(0, 60)}”. Các loại hiện có: ${known}.`)
  }
  return entity
}

function parseLimit(raw: string | null): number {
  if (raw === null) return DEFAULT_LIMIT
  if (!/^\d{1,6}$/.test(raw)) throw badRequest('Tham số “limit” phải là số nguyên từ 1 đến 100.', 'limit')
  const limit = Number(raw)
  if (limit < 1 || limit > MAX_LIMIT)
    throw badRequest(`Tham số “limit” phải từ 1 đến ${MAX_LIMIT}; trang lớn hơn hãy đi tiếp bằng “cursor”.`, 'limit')
  return limit
}

export function openApiList(request: Request, payload: Payload, type: string): Promise<Response> {
  return guardedOpenApi(request, payload, async (): Promise<{ body: unknown; headers?: Record<string, string> }> => {
    const entity = typeOf(type)
    const url = new URL(request.url)
    const params = url.searchParams
    const omit = SUMMARY_FIELDS[entity.type]
    const allowed = new Set([...PAGING_PARAMS, ...(omit ? ['fields'] : []), ...entity.filters.map((f) => f.name)])
    const seen = new Set<string>()
    for (const name of params.keys()) {
      if (!allowed.has(name))
        throw badRequest(
          `Không hỗ trợ tham số “${name.slice(0, 60)}” cho loại ${entity.type}. Tham số được dùng: ${[...allowed].join(', ')}.`,
          'bo-loc',
        )
      if (seen.has(name)) throw badRequest(`Tham số “${name}” chỉ được dùng một lần.`, 'bo-loc')
      seen.add(name)
    }
    const fields = params.get('fields')
    if (fields !== null && fields !== 'summary' && fields !== 'full')
      throw badRequest('Tham số “fields” chỉ nhận “summary” (không kèm toàn văn) hoặc “full”.', 'bo-loc')
    const limit = parseLimit(params.get('limit'))
    const cursor = params.get('cursor')
    const after = cursor === null ? 0 : decodeCursor(entity.type, cursor)
    const and: Where[] = [entity.published, { id: { greater_than: after } }]
    for (const filter of entity.filters) {
      const value = params.get(filter.name)
      if (value !== null) and.push(await filter.toWhere(value, payload))
    }
    const { docs } = await payload.find({
      collection: entity.collection,
      where: { and },
      sort: 'id',
      limit: limit + 1,
      depth: 1,
      pagination: false,
      overrideAccess: false,
    })
    const page = docs.slice(0, limit)
    const data = (await serializePage(entity, page, payload)) as Record<string, unknown>[]
    if (fields === 'summary' && omit) for (const record of data) for (const key of omit) delete record[key]
    const last = page.at(-1) as { id: number } | undefined
    const next = docs.length > limit && last ? encodeCursor(entity.type, last.id) : null
    const nextUrl = next ? new URL(url) : null
    nextUrl?.searchParams.set('cursor', next!)
    const self = absoluteUrl(`${API_BASE}/${entity.type}${url.search}`)
    const nextLink = nextUrl ? absoluteUrl(`${API_BASE}/${entity.type}${nextUrl.search}`) : null
    return {
      body: { data, next, links: { self, next: nextLink } },
      headers: nextLink ? { Link: `<${nextLink}>; rel="next"` } : {},
    }
  })
}

export function openApiItem(request: Request, payload: Payload, type: string, rawId: string): Promise<Response> {
  return guardedOpenApi(request, payload, async () => {
    const entity = typeOf(type)
    const unknown = [...new URL(request.url).searchParams.keys()]
    if (unknown.length > 0)
      throw badRequest(`Không hỗ trợ tham số “${String(unknown[0]).slice(0, 60)}” ở đây.`, 'bo-loc')
    if (!/^[1-9]\d{0,15}$/.test(rawId)) throw badRequest('Mã bản ghi phải là số nguyên dương.', 'ma')
    const { docs } = await payload.find({
      collection: entity.collection,
      where: { and: [entity.published, { id: { equals: Number(rawId) } }] },
      limit: 1,
      depth: 1,
      pagination: false,
      overrideAccess: false,
    })
    if (!docs[0]) throw notFound(`Không có bản ghi ${entity.type} số ${rawId} đang công khai.`)
    return { body: await entity.serialize(docs[0], payload) }
  })
}
