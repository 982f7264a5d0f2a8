/**
 * The follower (issue 7 §5): reads another portal's change feed (/api/open/v1/changes) page by page
 * and keeps local published copies of its articles and legal documents, with their provenance.
 *
 * All writes here are system work on no one's behalf (the scheduler or a webhook nudge), so they
 * pass overrideAccess: true; what may be imported is decided by the source's configuration, which
 * only an administrator can set.
 */
import { createHash, randomUUID } from 'node:crypto'
import {
  createLocalReq,
  ValidationError,
  type CollectionSlug,
  type Payload,
  type PayloadRequest,
  type Where,
} from 'payload'
import type { SyncConflict, SyncRecord, SyncSource } from '@/payload-types'
import { revalidatePublicSite } from '@/shared/cache/revalidate'
import { refreshStatisticsAfterGrowth } from '@/shared/database-statistics'
import { plainHttpRefusal } from '@/shared/security/outbound-url'
import { openCredential } from '@/shared/security/secrets'
import { isPlainObject } from './object'
import {
  DEFAULT_BUDGET_MS,
  FETCH_TIMEOUT_MS,
  leaseMs,
  MAX_PAGE_BYTES,
  pageLimit,
  SYNC_ACTOR,
  SYNC_API_KEY_PURPOSE,
  SYNC_CONFLICTS_SLUG,
  SYNC_RECORDS_SLUG,
  SYNC_SOURCES_SLUG,
  SYNC_TYPES,
  type SyncType,
} from './constants'
import { indexDocuments } from '@/modules/search/server/sync'
import { claimSource, extendLease, releaseSource } from './lease'
import {
  freeSlug,
  localCollectionOf,
  mapRecord,
  originalUrl,
  RejectedRecord,
  type Mapped,
  type TermCache,
  type Upload,
} from './map'
import { schemaProblem } from './validate'

export type PullOptions = {
  /** stop after this many pages (default: as many as the budget allows) */
  maxPages?: number
  /** stop starting new pages after this many milliseconds (default 5000) */
  budgetMs?: number
  /** who holds the lease (default: a fresh id for this run) */
  owner?: string
  /** refresh the public cache when something public changed (default true) */
  revalidate?: boolean
}

export type PullResult = {
  /** false when the source is missing, switched off or being pulled by another run */
  ran: boolean
  skipped?: 'missing' | 'disabled' | 'leased'
  pages: number
  items: number
  created: number
  updated: number
  unpublished: number
  unchanged: number
  conflicts: number
  rejected: number
  hasMore: boolean
  error: string | null
}

type FeedItem = {
  seq: number
  type: string
  id: number
  action: 'created' | 'updated' | 'unpublished' | 'deleted'
  at: string
  url?: string
  record: Record<string, unknown> | null
}

type FeedPage = { source?: { name?: string }; items: FeedItem[]; next: string; hasMore: boolean }

type Outcome = 'created' | 'updated' | 'unpublished' | 'unchanged' | 'conflict' | 'skipped'

/** A failure of the whole run (source unreachable, key refused, malformed feed): nothing of the page is applied. */
class FeedError extends Error {}

const ACTIONS = new Set(['created', 'updated', 'unpublished', 'deleted'])
const system = { overrideAccess: true, depth: 0 } as const

const idOf = (value: unknown): number | null =>
  typeof value === 'number' ? value : isPlainObject(value) && typeof value.id === 'number' ? value.id : null

/** A stable hash of a record (keys sorted), to tell a changed record from the same one again. */
export function recordHash(record: unknown): string {
  const canonical = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(canonical)
      : isPlainObject(value)
        ? Object.fromEntries(
            Object.keys(value)
              .sort()
              .map((k) => [k, canonical(value[k])]),
          )
        : value
  return createHash('sha256')
    .update(JSON.stringify(canonical(record)))
    .digest('hex')
}

function feedUrl(source: SyncSource, cursor: string | null | undefined): string {
  const url = new URL('/api/open/v1/changes', source.baseUrl)
  const types = (source.types ?? []).filter((t) => SYNC_TYPES.some((s) => s.value === t))
  url.searchParams.set('types', types.join(','))
  url.searchParams.set('limit', String(pageLimit()))
  if (cursor) url.searchParams.set('cursor', cursor)
  return url.toString()
}

async function problemDetail(res: Response): Promise<string | null> {
  try {
    const body = (await res.json()) as { detail?: unknown }
    return typeof body.detail === 'string' ? body.detail.slice(0, 300) : null
  } catch {
    return null
  }
}

/** One page of the feed, checked for its shape; every failure is a Vietnamese FeedError. */
async function fetchPage(source: SyncSource, apiKey: string | null): Promise<FeedPage> {
  const url = feedUrl(source, source.cursor)
  // Saved before the rule, or before the portal ran in production: checked again before sending the key.
  const refusal = plainHttpRefusal(new URL(url))
  if (refusal) throw new FeedError(refusal)
  let res: Response | null = null
  // One retry on a connection error: a kept-alive socket the source has just closed fails once.
  for (let attempt = 1; !res; attempt++) {
    try {
      res = await fetch(url, {
        headers: { Accept: 'application/json', ...(apiKey ? { 'X-Api-Key': apiKey } : {}) },
        redirect: 'error',
        signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
      })
    } catch (err) {
      const timeout = err instanceof Error && err.name === 'TimeoutError'
      if (!timeout && attempt < 2) continue
      throw new FeedError(
        `Không lấy được luồng thay đổi từ ${source.baseUrl}: ${timeout ? 'quá thời gian chờ' : 'không kết nối được'}.`,
      )
    }
  }
  if (res.status === 401 || res.status === 403) {
    const detail = await problemDetail(res)
    throw new FeedError(
      `Cổng nguồn từ chối khóa API (HTTP ${res.status}): khóa sai, đã bị thu hồi hoặc chưa nhập. Hãy xin khóa mới ở cổng nguồn và nhập lại.` +
        (detail ? ` Chi tiết: ${detail}` : ''),
    )
  }
  if (res.status === 429) throw new FeedError('Cổng nguồn đang giới hạn số yêu cầu (HTTP 429); sẽ thử lại ở lần sau.')
  if (res.status === 400) {
    const detail = await problemDetail(res)
    throw new FeedError(`Cổng nguồn báo yêu cầu không hợp lệ (HTTP 400)${detail ? `: ${detail}` : '.'}`)
  }
  if (!res.ok) throw new FeedError(`Cổng nguồn trả lỗi HTTP ${res.status}.`)
  const declared = Number(res.headers.get('content-length') ?? 0)
  if (declared > MAX_PAGE_BYTES) throw new FeedError('Trang luồng thay đổi quá lớn.')
  const raw = await res.text()
  if (raw.length > MAX_PAGE_BYTES) throw new FeedError('Trang luồng thay đổi quá lớn.')
  let body: unknown
  try {
    body = JSON.parse(raw)
  } catch {
    throw new FeedError('Luồng thay đổi của cổng nguồn không phải JSON hợp lệ.')
  }
  if (
    !isPlainObject(body) ||
    !Array.isArray(body.items) ||
    typeof body.next !== 'string' ||
    body.next.length === 0 ||
    body.next.length > 2000 ||
    typeof body.hasMore !== 'boolean'
  ) {
    throw new FeedError('Luồng thay đổi của cổng nguồn không đúng định dạng (cần items, next, hasMore).')
  }
  if (body.items.length > 1000) throw new FeedError('Trang luồng thay đổi có quá nhiều mục.')
  return body as unknown as FeedPage
}

function itemProblem(item: unknown): string | null {
  if (!isPlainObject(item)) return 'Mục của luồng thay đổi không phải đối tượng.'
  if (typeof item.type !== 'string') return 'Mục thiếu “type”.'
  if (typeof item.id !== 'number' || !Number.isInteger(item.id) || item.id < 1) return 'Mục có “id” không hợp lệ.'
  if (typeof item.action !== 'string' || !ACTIONS.has(item.action)) return 'Mục có “action” không hợp lệ.'
  if (item.record !== null && item.record !== undefined && !isPlainObject(item.record)) {
    return 'Mục có “record” không phải đối tượng.'
  }
  return null
}

type Run = {
  payload: Payload
  source: SyncSource
  fallbackSection: number | null
  rejections: string[]
  /** copies written with the search hook off, indexed together when the page is done */
  toIndex: Map<CollectionSlug, Set<number>>
  /** sections and taxonomy terms looked up so far */
  terms: TermCache
}

/** Notes a local copy for the page's search indexing. */
function indexLater(run: Run, collection: CollectionSlug, id: number): void {
  let ids = run.toIndex.get(collection)
  if (!ids) run.toIndex.set(collection, (ids = new Set()))
  ids.add(id)
}

/**
 * Indexes the page's new copies in one write per collection (one search segment, not one per
 * copy). A failure is logged and never undoes the sync; `npm run search:reindex` rebuilds the index.
 */
async function indexPage(run: Run): Promise<void> {
  for (const [collection, ids] of run.toIndex) {
    try {
      await indexDocuments(run.payload, collection, [...ids])
    } catch (err) {
      run.payload.logger.error({ msg: 'Search index update failed (sync page)', collection, err })
    }
  }
  run.toIndex.clear()
}

async function findRecord(req: PayloadRequest, source: number, type: string, sourceId: number) {
  const { docs } = await req.payload.find({
    collection: SYNC_RECORDS_SLUG,
    where: {
      and: [{ syncSource: { equals: source } }, { entityType: { equals: type } }, { sourceId: { equals: sourceId } }],
    },
    limit: 1,
    pagination: false,
    ...system,
    req,
  })
  return (docs[0] as SyncRecord | undefined) ?? null
}

async function findLocal(req: PayloadRequest, collection: CollectionSlug, id: number | null | undefined) {
  if (!id) return null
  const { docs } = await req.payload.find({
    collection,
    where: { id: { equals: id } },
    limit: 1,
    pagination: false,
    ...system,
    req,
    select: { updatedAt: true, workflowState: true, slug: true },
  })
  return (docs[0] as { id: number; updatedAt: string; workflowState?: string; slug?: string } | undefined) ?? null
}

const later = (a: string | null | undefined, b: string | null | undefined): boolean =>
  Boolean(a) && (!b || Date.parse(a!) > Date.parse(b))

/** The incoming record as kept for the editors; an oversized one only by its size. */
function storableRecord(record: unknown): unknown {
  if (record === null || record === undefined) return null
  const size = JSON.stringify(record).length
  return size > 200_000 ? { omitted: 'Bản ghi quá lớn, không lưu lại.', size } : record
}

/** The open conflicts or rejections about this record of the source. */
async function openEntries(
  req: PayloadRequest,
  run: Run,
  item: Pick<FeedItem, 'type' | 'id'>,
  kind: 'conflict' | 'rejected',
  limit: number,
) {
  const where: Where = {
    and: [
      { syncSource: { equals: run.source.id } },
      { entityType: { equals: item.type } },
      { sourceId: { equals: item.id } },
      { kind: { equals: kind } },
      { status: { equals: 'open' } },
    ],
  }
  return (await req.payload.find({ collection: SYNC_CONFLICTS_SLUG, where, limit, pagination: false, ...system, req }))
    .docs
}

/** Records (or refreshes) an open conflict or a rejection for this record of the source. */
async function note(
  req: PayloadRequest,
  run: Run,
  kind: 'conflict' | 'rejected',
  item: Pick<FeedItem, 'type' | 'id' | 'record'>,
  extra: { reason: string; localCollection?: string | null; localId?: number | null },
) {
  const docs = await openEntries(req, run, item, kind, 1)
  const data = {
    syncSource: run.source.id,
    kind,
    entityType: item.type.slice(0, 60),
    sourceId: item.id,
    localCollection: extra.localCollection ?? null,
    localId: extra.localId ?? null,
    record: storableRecord(item.record) as SyncConflict['record'],
    reason: extra.reason.slice(0, 2000),
    detectedAt: new Date().toISOString(),
    status: 'open' as const,
  }
  // The same record again (a page applied twice, or changed again) refreshes the open entry.
  if (docs[0]) {
    const context = { syncSystemWrite: true }
    await req.payload.update({ collection: SYNC_CONFLICTS_SLUG, id: docs[0].id, data, ...system, req, context })
  } else {
    await req.payload.create({ collection: SYNC_CONFLICTS_SLUG, data, ...system, req })
  }
}

/** Closes the open conflicts about a record its source has unpublished or deleted. */
async function closeOpenConflicts(
  req: PayloadRequest,
  run: Run,
  item: Pick<FeedItem, 'type' | 'id'>,
  action: 'unpublished' | 'deleted',
) {
  const docs = await openEntries(req, run, item, 'conflict', 20)
  const why = action === 'deleted' ? 'đã xóa' : 'đã gỡ'
  for (const entry of docs) {
    await req.payload.update({
      collection: SYNC_CONFLICTS_SLUG,
      id: entry.id,
      data: {
        status: 'dismissed',
        resolvedAt: new Date().toISOString(),
        reason:
          `${entry.reason ?? ''}\nĐã đóng tự động: cổng nguồn ${why} bản ghi này; bản tại chỗ (giữ nguyên các chỉnh sửa) đã được gỡ xuống.`.slice(
            0,
            2000,
          ),
      },
      ...system,
      req,
      context: { syncSystemWrite: true },
    })
  }
}

/** Writes the remote record onto the local copy (create or update) and publishes it; returns its updatedAt. */
export async function writeLocal(
  req: PayloadRequest,
  args: {
    type: SyncType
    record: Record<string, unknown>
    sourceUrl: string
    fallbackSection: number | null
    localId: number | null
    slug?: string
    /** an editor taking the remote version: their own rights apply */
    asUser?: PayloadRequest['user']
    /** the page indexes this copy for search with the others (`indexLater`), not the save itself */
    deferIndex?: boolean
    /** the record as already mapped for this collection */
    mapped?: Mapped
    terms?: TermCache
    /** the source it came from (a situation's citations are matched to that source's documents) */
    syncSource: number
    /** the source's address (a library item's files are fetched from there only) */
    sourceBaseUrl?: string
  },
): Promise<{ id: number; updatedAt: string }> {
  const collection = localCollectionOf(args.type)!
  const { data, uploads = [] } =
    args.mapped ??
    (await mapRecord(req, args.type, args.record, {
      fallbackSection: args.fallbackSection,
      sourceUrl: args.sourceUrl,
      terms: args.terms,
      syncSource: args.syncSource,
      sourceBaseUrl: args.sourceBaseUrl,
    }))
  // A question's copy is published by the Q&A handling hook's sync path (no handling here), also
  // when an editor takes the source's version: their own access rights still apply to the write.
  const question = collection === 'questions'
  const access = args.asUser
    ? {
        overrideAccess: false as const,
        user: args.asUser,
        data: question ? data : { ...data, workflowAction: 'publish' },
      }
    : { overrideAccess: true as const, data }
  const byName = args.asUser ? nameOf(args.asUser) : SYNC_ACTOR
  const context = {
    disableRevalidate: true,
    disableNotifications: true,
    ...(args.deferIndex ? { disableSearchIndex: true } : {}),
    ...(args.asUser && !question ? {} : { systemAction: { action: 'publish' as const, byName } }),
  }
  // A library item's files: stored first (each checked by content as an editor's upload), then
  // linked; the files of the copy's previous version go once the new ones are linked.
  const previous = args.localId && uploads.length > 0 ? await linkedFiles(req, collection, args.localId, uploads) : []
  const stored = await storeUploads(req, uploads, access.data, args.asUser)
  const write = args.localId
    ? req.payload.update({ collection, id: args.localId, ...access, depth: 0, req, context } as never)
    : req.payload.create({
        collection,
        ...access,
        data: { ...access.data, slug: args.slug },
        depth: 0,
        req,
        context,
      } as never)
  let doc: unknown
  try {
    doc = await write
  } catch (err) {
    await removeFiles(req, stored)
    throw err
  }
  await removeFiles(
    req,
    previous.filter((p) => !stored.some((s) => s.collection === p.collection && s.id === p.id)),
  )
  const saved = doc as unknown as { id: number; updatedAt: string }
  return { id: saved.id, updatedAt: saved.updatedAt }
}

type StoredFile = { collection: Upload['collection']; id: number }

/** Sets `a.0.b` style paths (array rows already present in `data`). */
function setPath(data: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split('.')
  let at: Record<string, unknown> = data
  for (const part of parts.slice(0, -1)) at = at[part] as Record<string, unknown>
  at[parts.at(-1)!] = value
}

/** The values at `a.*.b` style paths (`*`: every row of an array). */
function valuesAt(value: unknown, pattern: string): unknown[] {
  const [head, ...rest] = pattern.split('.')
  if (head === undefined || head === '') return [value]
  if (head === '*') return Array.isArray(value) ? value.flatMap((row) => valuesAt(row, rest.join('.'))) : []
  if (!value || typeof value !== 'object') return []
  const next = (value as Record<string, unknown>)[head]
  return rest.length === 0 ? [next] : valuesAt(next, rest.join('.'))
}

/** Stores the fetched files (an editor's own rights when they take the source's version) and links them in `data`. */
async function storeUploads(
  req: PayloadRequest,
  uploads: Upload[],
  data: Record<string, unknown>,
  asUser: PayloadRequest['user'] | undefined,
): Promise<StoredFile[]> {
  const stored: StoredFile[] = []
  try {
    for (const upload of uploads) {
      const fields = upload.collection === 'media' ? { alt: upload.label } : { title: upload.label }
      const doc = (await req.payload.create({
        collection: upload.collection,
        data: fields,
        file: upload.file,
        depth: 0,
        req,
        // An editor taking the source's version stores them with their own rights; the follower's
        // scheduled run (a system job, no user) stores them as the system.
        ...(asUser ? { overrideAccess: false, user: asUser } : { overrideAccess: true }),
      } as never)) as unknown as { id: number }
      stored.push({ collection: upload.collection, id: doc.id })
      setPath(data, upload.field, doc.id)
    }
  } catch (err) {
    await removeFiles(req, stored)
    throw err
  }
  return stored
}

/** The files the local copy links now in the fields the new version fills. */
async function linkedFiles(
  req: PayloadRequest,
  collection: CollectionSlug,
  id: number,
  uploads: Upload[],
): Promise<StoredFile[]> {
  const doc = (await req.payload.findByID({
    collection,
    id,
    depth: 0,
    // System read of the copy's own file links (bookkeeping).
    overrideAccess: true,
    req,
    disableErrors: true,
  })) as Record<string, unknown> | null
  if (!doc) return []
  // Every file the copy links in those fields (all its caption rows, however many the new version has).
  const seen = new Set<string>()
  const out: StoredFile[] = []
  for (const upload of uploads) {
    const pattern = upload.field.replace(/\.\d+\./, '.*.')
    if (seen.has(pattern)) continue
    seen.add(pattern)
    for (const id of valuesAt(doc, pattern)) if (typeof id === 'number') out.push({ collection: upload.collection, id })
  }
  return out
}

/** Deletes files the sync stored (a copy that was refused) or replaced; a failure is only logged. */
async function removeFiles(req: PayloadRequest, files: StoredFile[]): Promise<void> {
  for (const file of files) {
    try {
      // System clean-up of files this follower stored itself.
      await req.payload.delete({ collection: file.collection, id: file.id, overrideAccess: true, req })
    } catch (err) {
      req.payload.logger.warn({ msg: 'Sync: could not delete a stored file', ...file, err })
    }
  }
}

function nameOf(user: PayloadRequest['user']): string {
  const u = user as { name?: string | null; email?: string | null } | null
  return u?.name || u?.email || 'Ban Biên tập'
}

async function unpublishLocal(req: PayloadRequest, collection: CollectionSlug, id: number) {
  const doc = await req.payload.update({
    collection,
    id,
    data: {},
    ...system,
    req,
    context: {
      disableRevalidate: true,
      disableNotifications: true,
      systemAction: { action: 'unpublish', byName: SYNC_ACTOR, comment: 'Đã gỡ ở cổng nguồn.' },
    },
  })
  return (doc as unknown as { updatedAt: string }).updatedAt
}

async function applyItem(req: PayloadRequest, run: Run, item: FeedItem): Promise<Outcome> {
  const type = item.type as SyncType
  const collection = localCollectionOf(type)
  if (!collection || !(run.source.types ?? []).includes(type)) return 'skipped'
  const now = new Date().toISOString()
  const sourceId = run.source.id
  let row = await findRecord(req, sourceId, type, item.id)

  if (item.action === 'unpublished' || item.action === 'deleted' || !item.record) {
    // A created/updated entry whose document is no longer public carries no record: the later
    // unpublished entry does the work.
    if (item.action !== 'unpublished' && item.action !== 'deleted') return 'skipped'
    if (!row) return 'skipped'
    const local = await findLocal(req, collection, row.localId)
    let updatedAt = row.localUpdatedAtAfterSync ?? null
    const wasPublished = local?.workflowState === 'published'
    // The source withdrew it: that wins over edits made here (they are kept, unpublished), and an
    // open conflict about it is closed, so nobody later takes back the withdrawn version.
    if (local && wasPublished) updatedAt = await unpublishLocal(req, collection, local.id)
    await closeOpenConflicts(req, run, item, item.action)
    const remoteState = item.action === 'deleted' ? 'deleted' : 'unpublished'
    if (row.remoteState === remoteState && !wasPublished) return 'unchanged'
    await req.payload.update({
      collection: SYNC_RECORDS_SLUG,
      id: row.id,
      data: { remoteState, fetchedAt: now, localUpdatedAtAfterSync: updatedAt },
      ...system,
      req,
    })
    return wasPublished ? 'unpublished' : 'unchanged'
  }

  const record = item.record
  const invalid = schemaProblem(type, record)
  if (invalid) throw new RejectedRecord(invalid)
  if (record.id !== item.id) throw new RejectedRecord('Mã bản ghi (“id”) khác mã của mục trong luồng thay đổi.')
  const sourceUrl = originalUrl(record)
  const hash = recordHash(record)
  const sourceUpdatedAt = typeof record.updatedAt === 'string' ? new Date(record.updatedAt).toISOString() : null
  const fallbackSection = run.fallbackSection

  // A crash between creating the copy and linking it (no transaction on SQLite): find it by the slug
  // reserved before the create.
  if (row && !row.localId && row.pendingSlug) {
    const { docs } = await req.payload.find({
      collection,
      where: { slug: { equals: row.pendingSlug } },
      limit: 1,
      pagination: false,
      ...system,
      req,
      select: {},
    })
    if (docs[0]) {
      // The copy is ours, made by the interrupted run: finish that run's work — write the record as
      // it is now and link it with its hash and times — rather than take it for a local edit (which
      // would raise a false conflict and leave the provenance without its state).
      const saved = await writeLocal(req, {
        type,
        record,
        sourceUrl,
        fallbackSection,
        localId: docs[0].id as number,
        terms: run.terms,
        syncSource: sourceId,
        sourceBaseUrl: run.source.baseUrl,
      })
      await req.payload.update({
        collection: SYNC_RECORDS_SLUG,
        id: row.id,
        data: {
          localId: saved.id,
          pendingSlug: null,
          sourceUrl,
          remoteState: 'published',
          fetchedAt: now,
          sourceUpdatedAt,
          localUpdatedAtAfterSync: saved.updatedAt,
          recordHash: hash,
        },
        ...system,
        req,
      })
      return 'created'
    }
  }

  const local = row ? await findLocal(req, collection, row.localId) : null
  if (row && local) {
    const same = row.recordHash === hash
    if (same && row.remoteState === 'published' && local.workflowState === 'published') {
      // A page applied again (a run stopped before storing its cursor): its copies may not have
      // been indexed yet. Indexing again is harmless.
      indexLater(run, collection, local.id)
      return 'unchanged'
    }
    if (same && row.remoteState === 'published' && !later(local.updatedAt, row.localUpdatedAtAfterSync)) {
      // Unpublished here by someone after the sync, with nothing new at the source: leave it.
      return 'unchanged'
    }
    if (later(local.updatedAt, row.localUpdatedAtAfterSync) && !same) {
      await note(req, run, 'conflict', item, {
        reason:
          'Bản tại chỗ đã được sửa sau lần đồng bộ trước và bản ở nguồn cũng đã thay đổi: chưa ghi đè, chờ Ban Biên tập chọn.',
        localCollection: collection,
        localId: local.id,
      })
      return 'conflict'
    }
    if (same && later(local.updatedAt, row.localUpdatedAtAfterSync)) return 'unchanged'
    const saved = await writeLocal(req, {
      type,
      record,
      sourceUrl,
      fallbackSection,
      localId: local.id,
      terms: run.terms,
      syncSource: sourceId,
      sourceBaseUrl: run.source.baseUrl,
    })
    await req.payload.update({
      collection: SYNC_RECORDS_SLUG,
      id: row.id,
      data: {
        sourceUrl,
        remoteState: 'published',
        fetchedAt: now,
        sourceUpdatedAt,
        localUpdatedAtAfterSync: saved.updatedAt,
        recordHash: hash,
      },
      ...system,
      req,
    })
    return 'updated'
  }

  // New here (or its copy was deleted locally): reserve the slug and the provenance row, then create.
  const mapped = await mapRecord(req, type, record, {
    fallbackSection,
    sourceUrl,
    terms: run.terms,
    syncSource: sourceId,
    sourceBaseUrl: run.source.baseUrl,
  })
  const slugBase = mapped.slugBase
  const slug = await freeSlug(req.payload, req, collection, slugBase)
  const base = { sourceUrl, localCollection: collection, pendingSlug: slug, localId: null }
  const reserved = !row
  row = row
    ? ((await req.payload.update({
        collection: SYNC_RECORDS_SLUG,
        id: row.id,
        data: base,
        ...system,
        req,
      })) as SyncRecord)
    : ((await req.payload.create({
        collection: SYNC_RECORDS_SLUG,
        data: { syncSource: sourceId, entityType: type, sourceId: item.id, ...base },
        ...system,
        req,
      })) as SyncRecord)
  let saved: { id: number; updatedAt: string }
  try {
    saved = await writeLocal(req, {
      type,
      record,
      sourceUrl,
      fallbackSection,
      localId: null,
      slug,
      deferIndex: true,
      mapped,
      syncSource: sourceId,
      sourceBaseUrl: run.source.baseUrl,
    })
  } catch (err) {
    // Refused by the local collection: without a transaction (SQLite) the reservation is undone
    // by hand, so nothing of the record stays.
    if (!req.context.syncInTransaction) {
      if (reserved) await req.payload.delete({ collection: SYNC_RECORDS_SLUG, id: row.id, ...system, req })
      else
        await req.payload.update({
          collection: SYNC_RECORDS_SLUG,
          id: row.id,
          data: { pendingSlug: null },
          ...system,
          req,
        })
    }
    throw err
  }
  await req.payload.update({
    collection: SYNC_RECORDS_SLUG,
    id: row.id,
    data: {
      localId: saved.id,
      pendingSlug: null,
      remoteState: 'published',
      fetchedAt: now,
      sourceUpdatedAt,
      localUpdatedAtAfterSync: saved.updatedAt,
      recordHash: hash,
    },
    ...system,
    req,
  })
  indexLater(run, collection, saved.id)
  return 'created'
}

/** A record-level refusal (kept, the rest of the page goes on) rather than a failure of the run. */
function rejectionReason(err: unknown): string | null {
  if (err instanceof RejectedRecord) return err.message
  if (err instanceof ValidationError) {
    const fields = (err.data?.errors ?? []).map((e) => `${e.label ?? e.path}: ${e.message}`).join('; ')
    return `Bản ghi không hợp lệ với cổng này: ${fields || err.message}`
  }
  const status = (err as { status?: number }).status
  if (typeof status === 'number' && status >= 400 && status < 500 && err instanceof Error) {
    return `Bản ghi bị cổng này từ chối: ${err.message}`
  }
  return null
}

/** Applies one item in its own transaction where the database has them (PostgreSQL). */
async function applyInTransaction(payload: Payload, run: Run, item: FeedItem): Promise<Outcome | 'rejected'> {
  const req = await createLocalReq({}, payload)
  const transactionID = (await payload.db.beginTransaction?.()) ?? null
  if (transactionID) req.transactionID = transactionID
  req.context.syncInTransaction = Boolean(transactionID)
  try {
    const outcome = await applyItem(req, run, item)
    if (transactionID) await payload.db.commitTransaction(transactionID)
    return outcome
  } catch (err) {
    if (transactionID) await payload.db.rollbackTransaction(transactionID)
    const reason = rejectionReason(err)
    if (reason === null) throw err
    const label = `${item.type} #${item.id}`
    run.rejections.push(`${label}: ${reason}`)
    const noteReq = await createLocalReq({}, payload)
    await note(noteReq, run, 'rejected', item, { reason })
    return 'rejected'
  }
}

const emptyResult = (): PullResult => ({
  ran: false,
  pages: 0,
  items: 0,
  created: 0,
  updated: 0,
  unpublished: 0,
  unchanged: 0,
  conflicts: 0,
  rejected: 0,
  hasMore: false,
  error: null,
})

/** True when the stored source no longer matches the one this run reads for (cursor, types, address). */
async function configurationChanged(payload: Payload, source: SyncSource): Promise<boolean> {
  const stored = (await payload.db.findOne({
    collection: SYNC_SOURCES_SLUG,
    where: { id: { equals: source.id } },
  })) as SyncSource | null
  if (!stored) return true
  const types = (value: SyncSource) => [...(value.types ?? [])].sort().join(',')
  return (
    (stored.cursor ?? null) !== (source.cursor ?? null) ||
    stored.baseUrl !== source.baseUrl ||
    types(stored) !== types(source)
  )
}

async function saveState(payload: Payload, id: number, data: Partial<SyncSource>) {
  await payload.update({ collection: SYNC_SOURCES_SLUG, id, data, ...system, context: { disableRevalidate: true } })
}

/**
 * Pulls one source: pages of its feed until the feed is drained, maxPages or budgetMs. Each page is
 * applied item by item (each item all-or-nothing on PostgreSQL; on SQLite the provenance row
 * reserves the copy's slug first, so a crash in between is repaired on the next run), then the
 * page's `next` cursor is stored: a crash resumes from the last stored cursor, and re-applying a
 * page changes nothing.
 */
export async function pullSource(payload: Payload, sourceId: number, opts: PullOptions = {}): Promise<PullResult> {
  const result = emptyResult()
  const owner = opts.owner ?? randomUUID()
  const budgetMs = opts.budgetMs ?? DEFAULT_BUDGET_MS
  const started = Date.now()
  const found = await payload.find({
    collection: SYNC_SOURCES_SLUG,
    where: { id: { equals: sourceId } },
    limit: 1,
    ...system,
    // The follower needs the stored key and secret, which nobody reads through the API.
    showHiddenFields: true,
  })
  let source = found.docs[0] as SyncSource | undefined
  if (!source) return { ...result, skipped: 'missing' }
  if (!source.enabled) return { ...result, skipped: 'disabled' }
  const now = new Date()
  if (!(await claimSource(payload, source.id, owner, now, new Date(now.getTime() + leaseMs())))) {
    return { ...result, skipped: 'leased' }
  }
  result.ran = true
  const run: Run = {
    payload,
    source,
    fallbackSection: idOf(source.fallbackSection),
    rejections: [],
    toIndex: new Map(),
    terms: new Map(),
  }
  let imported = source.itemsImported ?? 0
  try {
    // The key is stored sealed under the installation's secret (src/shared/security/secrets.ts).
    const apiKey = openCredential(SYNC_API_KEY_PURPOSE, source.apiKey)
    if (source.apiKey && !apiKey) {
      throw new FeedError(
        'Không đọc được khóa API đã lưu của nguồn (khóa bí mật của hệ thống đã đổi mà không giữ khóa cũ): hãy nhập lại khóa API.',
      )
    }
    // The next page is fetched while this one is applied (the source answers while the follower writes).
    let prefetched: Promise<FeedPage> | null = null
    for (;;) {
      const page: FeedPage = await (prefetched ?? fetchPage(source, apiKey))
      prefetched = null
      result.pages += 1
      const createdBefore = result.created
      if (page.hasMore && !(opts.maxPages && result.pages >= opts.maxPages)) {
        prefetched = fetchPage({ ...source, cursor: page.next }, apiKey)
        // Awaited (and its error reported) at the top of the loop; unawaited when the run stops first.
        prefetched.catch(() => undefined)
      }
      let renewedAt = Date.now()
      for (const raw of page.items) {
        // A long page keeps the lease alive; a lost lease (taken over) stops before the next item.
        if (Date.now() - renewedAt > leaseMs() / 3) {
          if (!(await extendLease(payload, source.id, owner, new Date(Date.now() + leaseMs())))) {
            throw new FeedError('Lần chạy mất quyền giữ nguồn (quá thời gian); lần sau sẽ làm tiếp.')
          }
          renewedAt = Date.now()
        }
        result.items += 1
        const problem = itemProblem(raw)
        if (problem) {
          run.rejections.push(problem)
          result.rejected += 1
          continue
        }
        const outcome = await applyInTransaction(payload, run, raw)
        if (outcome === 'created') result.created += 1
        else if (outcome === 'updated') result.updated += 1
        else if (outcome === 'unpublished') result.unpublished += 1
        else if (outcome === 'conflict') result.conflicts += 1
        else if (outcome === 'rejected') result.rejected += 1
        else result.unchanged += 1
        if (outcome === 'created' || outcome === 'updated') imported += 1
      }
      // The page is applied: index its new copies, then remember where to go on from.
      await indexPage(run)
      await refreshStatisticsAfterGrowth(payload, result.created - createdBefore)
      // An administrator's change meanwhile (a type added, another address) reset the stored cursor so
      // that the feed is read again from its start: this run read the old configuration, and its
      // position must not overwrite that reset. It stops here; the next run starts afresh.
      if (await configurationChanged(payload, source)) {
        result.hasMore = true
        break
      }
      await saveState(payload, source.id, { cursor: page.next, itemsImported: imported })
      source = { ...source, cursor: page.next }
      run.source = source
      result.hasMore = page.hasMore
      if (!page.hasMore) break
      if (opts.maxPages && result.pages >= opts.maxPages) break
      if (Date.now() - started >= budgetMs) break
      if (!(await extendLease(payload, source.id, owner, new Date(Date.now() + leaseMs())))) break
    }
    const rejected =
      run.rejections.length > 0
        ? `${run.rejections.length} bản ghi bị từ chối (xem “Xung đột, bản ghi bị từ chối”): ${run.rejections.slice(0, 3).join(' | ')}`.slice(
            0,
            2000,
          )
        : null
    await saveState(payload, source.id, {
      lastRunAt: new Date().toISOString(),
      lastSuccessAt: new Date().toISOString(),
      lastError: rejected,
    })
  } catch (err) {
    result.error =
      err instanceof FeedError
        ? err.message
        : `Lỗi khi áp dụng dữ liệu đồng bộ: ${err instanceof Error ? err.message : String(err)}`.slice(0, 2000)
    if (!(err instanceof FeedError)) payload.logger.error({ err }, `sync source ${source.id} failed`)
    await saveState(payload, source.id, { lastRunAt: new Date().toISOString(), lastError: result.error })
  } finally {
    await releaseSource(payload, source.id, owner)
  }
  const changed = result.created + result.updated + result.unpublished > 0
  if (changed && opts.revalidate !== false) {
    await revalidatePublicSite(payload, `sync from ${source.name}: ${result.created + result.updated} in`)
  }
  return result
}

/**
 * The scheduled task: pulls every enabled source whose interval has passed since its last run,
 * within one overall budget so a tick never runs long. Returns true when something public changed.
 */
export async function pullDueSources(payload: Payload, now: Date, budgetMs = DEFAULT_BUDGET_MS): Promise<boolean> {
  const started = Date.now()
  const { docs } = await payload.find({
    collection: SYNC_SOURCES_SLUG,
    where: { enabled: { equals: true } },
    limit: 100,
    sort: 'lastRunAt',
    ...system,
  })
  let changed = false
  for (const source of docs as SyncSource[]) {
    const spent = Date.now() - started
    if (spent >= budgetMs) break
    const last = source.lastRunAt ? Date.parse(source.lastRunAt) : 0
    if (now.getTime() - last < (source.intervalSeconds ?? 60) * 1000) continue
    const result = await pullSource(payload, source.id, { budgetMs: budgetMs - spent, revalidate: false })
    if (result.created + result.updated + result.unpublished > 0) changed = true
  }
  return changed
}
