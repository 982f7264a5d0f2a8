import type { PayloadRequest } from 'payload'
import type { SyncConflict, SyncRecord, SyncSource } from '@/payload-types'
import { isEditorial, type RoleUser } from '@/shared/access/roles'
import { userError } from '@/shared/errors'
import { SYNC_RECORDS_SLUG, SYNC_SOURCES_SLUG, type SyncType } from './constants'
import { recordHash, writeLocal } from './follower'
import { originalUrl, RejectedRecord } from './map'
import { isPlainObject } from './object'
import { schemaProblem } from './validate'

const idOf = (value: unknown): number | null =>
  typeof value === 'number' ? value : isPlainObject(value) && typeof value.id === 'number' ? value.id : null

/**
 * An editor resolves a conflict (issue 7 §5): keep the local copy as it is, or take the source's
 * version onto it. Taking the remote version writes the document with the editor's own rights
 * (overrideAccess: false, their user), in the same request as the conflict's update; the provenance
 * row is then brought up to date by the system (no one writes sync-records through the API).
 */
export async function resolveConflict(
  req: PayloadRequest,
  conflict: SyncConflict,
  choice: 'kept-local' | 'took-remote',
): Promise<void> {
  const user = req.user as (RoleUser & PayloadRequest['user']) | null
  if (!user || !isEditorial(user)) throw userError('Chỉ Ban Biên tập được xử lý xung đột đồng bộ.', 403)
  const sourceId = idOf(conflict.syncSource)
  const type = conflict.entityType as SyncType
  const { docs } = await req.payload.find({
    collection: SYNC_RECORDS_SLUG,
    where: {
      and: [
        { syncSource: { equals: sourceId } },
        { entityType: { equals: type } },
        { sourceId: { equals: conflict.sourceId } },
      ],
    },
    limit: 1,
    depth: 0,
    // System read of the provenance row (bookkeeping, not content).
    overrideAccess: true,
    req,
  })
  const row = docs[0] as SyncRecord | undefined
  const record = conflict.record
  if (!row || !isPlainObject(record)) throw userError('Không còn dữ liệu nguồn của xung đột này.', 409)
  const now = new Date().toISOString()
  const sourceUpdatedAt = typeof record.updatedAt === 'string' ? new Date(record.updatedAt).toISOString() : null
  if (choice === 'kept-local') {
    // The local copy stays ahead; this remote version is not offered again, a later one is.
    await req.payload.update({
      collection: SYNC_RECORDS_SLUG,
      id: row.id,
      data: { recordHash: recordHash(record), sourceUpdatedAt, fetchedAt: now },
      depth: 0,
      overrideAccess: true,
      req,
    })
    return
  }
  const invalid = schemaProblem(type, record)
  if (invalid) throw userError(invalid, 400)
  const source = (await req.payload.findByID({
    collection: SYNC_SOURCES_SLUG,
    id: sourceId!,
    depth: 0,
    // System read of the source's fallback section (sources are administrators' settings).
    overrideAccess: true,
    req,
  })) as SyncSource
  let saved: { id: number; updatedAt: string }
  try {
    saved = await writeLocal(req, {
      type,
      record,
      sourceUrl: originalUrl(record),
      fallbackSection: idOf(source.fallbackSection),
      localId: row.localId ?? null,
      asUser: user,
      syncSource: source.id,
      sourceBaseUrl: source.baseUrl,
    })
  } catch (err) {
    if (err instanceof RejectedRecord) throw userError(err.message, 400)
    throw err
  }
  await req.payload.update({
    collection: SYNC_RECORDS_SLUG,
    id: row.id,
    data: {
      recordHash: recordHash(record),
      sourceUpdatedAt,
      fetchedAt: now,
      remoteState: 'published',
      localUpdatedAtAfterSync: saved.updatedAt,
    },
    depth: 0,
    overrideAccess: true,
    req,
  })
}
