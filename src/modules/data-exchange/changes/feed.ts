import type { Payload, Where } from 'payload'
import { provinceCode } from '@/modules/data-exchange/akn/uris'
import { absoluteUrl, siteUrl } from '@/shared/ui/site-url'
import { decodeCursor, encodeCursor } from '../open-api/cursor'
import { ENTITY_TYPES, entityType, serializePage } from '../open-api/entities'
import { API_BASE, guardedOpenApi } from '../open-api/handler'
import { badRequest } from '../open-api/problem'
import { FEED_DEFAULT_LIMIT, FEED_MAX_LIMIT, PUBLICATION_LOG_SLUG, settleMs, type ChangeAction } from './constants'

/**
 * The change feed (issue 7 §3): GET /api/open/v1/changes lists publication-log entries in sequence
 * order, each with the record's current public serialization (or null), from a signed cursor.
 * One indexed query reads the page of entries; the records are then loaded in one query per type.
 */

export const CHANGES_PATH = `${API_BASE}/changes`
const CURSOR_KIND = 'changes'
const PARAMS = ['cursor', 'limit', 'types', 'since']

export type FeedSource = { name: string; url: string; instance: string }
export type FeedItem = {
  seq: number
  type: string
  id: number
  action: ChangeAction
  at: string
  url: string
  record: unknown
}
export type FeedPage = { source: FeedSource; items: FeedItem[]; next: string; hasMore: boolean }

type LogRow = { id: number; entityType: string; docId: number; action: ChangeAction; at: string }

/** Who publishes this feed: the site owner, the public URL and the AKN-style instance code. */
export async function feedSource(payload: Payload): Promise<FeedSource> {
  // Public settings, read as a visitor.
  const settings = (await payload.findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: false })) as {
    siteName?: string | null
    ownerName?: string | null
    provinceName?: string | null
  }
  const name = settings.ownerName || settings.siteName || 'Cổng thông tin PBGDPL'
  return { name, url: siteUrl(), instance: `vn-${provinceCode(settings.provinceName)}` }
}

/**
 * The feed items of these log entries: each record is loaded as an anonymous visitor (the type's
 * `published` filter plus access rules), in one query per type, and serialized like the open API's
 * single record. A record no longer public, and every unpublished/deleted entry, carries null.
 */
export async function feedItems(payload: Payload, rows: LogRow[]): Promise<FeedItem[]> {
  const wanted = new Map<string, Set<number>>()
  for (const row of rows) {
    if (row.action === 'unpublished' || row.action === 'deleted') continue
    if (!wanted.has(row.entityType)) wanted.set(row.entityType, new Set())
    wanted.get(row.entityType)!.add(row.docId)
  }
  const records = new Map<string, unknown>()
  for (const [type, ids] of wanted) {
    const entity = entityType(type)
    if (!entity) continue
    const { docs } = await payload.find({
      collection: entity.collection,
      where: { and: [entity.published, { id: { in: [...ids] } }] },
      depth: 1,
      limit: ids.size,
      pagination: false,
      overrideAccess: false,
    })
    const serialized = await serializePage(entity, docs, payload)
    docs.forEach((doc, i) => records.set(`${type}:${doc.id}`, serialized[i]))
  }
  return rows.map((row) => ({
    seq: row.id,
    type: row.entityType,
    id: row.docId,
    action: row.action,
    at: new Date(row.at).toISOString(),
    url: absoluteUrl(`${API_BASE}/${row.entityType}/${row.docId}`),
    record:
      row.action === 'unpublished' || row.action === 'deleted'
        ? null
        : (records.get(`${row.entityType}:${row.docId}`) ?? null),
  }))
}

function parseLimit(raw: string | null): number {
  if (raw === null) return FEED_DEFAULT_LIMIT
  const bad = badRequest(`Tham số “limit” phải là số nguyên từ 1 đến ${FEED_MAX_LIMIT}.`, 'limit')
  if (!/^\d{1,6}$/.test(raw)) throw bad
  const limit = Number(raw)
  if (limit < 1 || limit > FEED_MAX_LIMIT) throw bad
  return limit
}

function parseTypes(raw: string | null): string[] | null {
  if (raw === null) return null
  const types = raw.split(',').map((t) => t.trim())
  const known = ENTITY_TYPES.map((e) => e.type)
  for (const type of types) {
    if (!known.includes(type))
      throw badRequest(
        `Không có loại dữ liệu “${type.slice(0, 60)}” trong tham số “types”. Các loại hiện có: ${known.join(', ')}.`,
        'bo-loc',
      )
  }
  return [...new Set(types)]
}

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/

function parseSince(raw: string | null): string | null {
  if (raw === null) return null
  const time = INSTANT.test(raw) ? Date.parse(raw) : Number.NaN
  if (Number.isNaN(time))
    throw badRequest('Tham số “since” phải là thời điểm ISO 8601 có múi giờ, ví dụ 2025-01-01T00:00:00Z.', 'bo-loc')
  return new Date(time).toISOString()
}

/** One page of the feed after sequence number `after` (exclusive). */
export async function changesPage(
  payload: Payload,
  options: { after?: number; since?: string | null; types?: string[] | null; limit?: number; now?: Date },
): Promise<FeedPage> {
  const limit = options.limit ?? FEED_DEFAULT_LIMIT
  const now = options.now ?? new Date()
  const cutoff = new Date(now.getTime() - settleMs()).toISOString()
  const typeWhere: Where[] = options.types ? [{ entityType: { in: options.types } }] : []
  let after = options.after ?? 0
  // System reads: the log is closed to API users; what the feed shows of it is public by design.
  if (options.since) {
    const first = await payload.find({
      collection: PUBLICATION_LOG_SLUG,
      where: { and: [{ at: { greater_than_equal: options.since } }, ...typeWhere] },
      sort: 'id',
      limit: 1,
      depth: 0,
      pagination: false,
      overrideAccess: true,
      select: {},
    })
    if (first.docs[0]) after = Number(first.docs[0].id) - 1
    else {
      // Nothing at or after `since` yet: start after the last entry before it.
      const last = await payload.find({
        collection: PUBLICATION_LOG_SLUG,
        where: { and: [{ at: { less_than: options.since } }, ...typeWhere] },
        sort: '-id',
        limit: 1,
        depth: 0,
        pagination: false,
        overrideAccess: true,
        select: {},
      })
      after = last.docs[0] ? Number(last.docs[0].id) : 0
    }
  }
  // Entries are read past the settle cutoff and the page stops at the first unsettled one, so a
  // later entry is never handed out ahead of an earlier one that may still be committing.
  const { docs } = await payload.find({
    collection: PUBLICATION_LOG_SLUG,
    where: { and: [{ id: { greater_than: after } }, ...typeWhere] },
    sort: 'id',
    limit: limit + 1,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { entityType: true, docId: true, action: true, at: true },
  })
  const rows: LogRow[] = []
  let settledMore = false
  for (const doc of docs as unknown as LogRow[]) {
    if (new Date(doc.at).toISOString() > cutoff) break
    if (rows.length === limit) {
      settledMore = true
      break
    }
    rows.push({ ...doc, id: Number(doc.id) })
  }
  const items = await feedItems(payload, rows)
  const position = rows.at(-1)?.id ?? after
  return {
    source: await feedSource(payload),
    items,
    next: encodeCursor(CURSOR_KIND, position),
    hasMore: settledMore,
  }
}

/** GET /api/open/v1/changes: validation, API key, rate limit, then one page; errors as problem+json. */
export async function openChanges(request: Request, payload: Payload): Promise<Response> {
  // The feed's head moves at any moment: caches must check back every time (ETag → 304).
  return guardedOpenApi(
    request,
    payload,
    async () => {
      const params = new URL(request.url).searchParams
      const seen = new Set<string>()
      for (const name of params.keys()) {
        if (!PARAMS.includes(name))
          throw badRequest(
            `Không hỗ trợ tham số “${name.slice(0, 60)}” cho nguồn thay đổi. Tham số được dùng: ${PARAMS.join(', ')}.`,
            'bo-loc',
          )
        if (seen.has(name)) throw badRequest(`Tham số “${name}” chỉ được dùng một lần.`, 'bo-loc')
        seen.add(name)
      }
      const limit = parseLimit(params.get('limit'))
      const types = parseTypes(params.get('types'))
      const since = parseSince(params.get('since'))
      const cursor = params.get('cursor')
      if (cursor !== null && since !== null)
        throw badRequest('Chỉ dùng “since” cho lần đọc đầu tiên; khi đã có “cursor” thì bỏ “since”.', 'bo-loc')
      const after = cursor === null ? 0 : decodeCursor(CURSOR_KIND, cursor)
      return { body: await changesPage(payload, { after, since, types, limit }) }
    },
    'no-cache',
  )
}
