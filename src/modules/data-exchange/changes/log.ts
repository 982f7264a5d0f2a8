import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionConfig,
  Payload,
  PayloadRequest,
} from 'payload'
import { ENTITY_TYPES, type EntityType } from '../open-api/entities'
import { PUBLICATION_LOG_SLUG, type ChangeAction } from './constants'

/**
 * The publication log's writers: hooks added to every collection of the open API's entity types, and
 * a one-time backfill for documents published before the log existed.
 */

const typesOf = (collection: string): EntityType[] => ENTITY_TYPES.filter((e) => e.collection === collection)

/**
 * A comparable form of a document: timestamps dropped, populated documents (relationships, uploads)
 * reduced to their id, so the same stored document read at another depth compares equal.
 */
function fingerprint(value: unknown, top = true): unknown {
  if (Array.isArray(value)) return value.map((v) => fingerprint(v, false))
  if (value && typeof value === 'object') {
    const obj = value as Record<string, unknown>
    if (!top && 'id' in obj && ('updatedAt' in obj || 'createdAt' in obj)) return obj.id
    const out: Record<string, unknown> = {}
    for (const key of Object.keys(obj).sort()) {
      if (top && (key === 'updatedAt' || key === 'createdAt')) continue
      out[key] = fingerprint(obj[key], false)
    }
    return out
  }
  return value
}

const touched = (doc: unknown, previous: unknown): boolean =>
  JSON.stringify(fingerprint(doc)) !== JSON.stringify(fingerprint(previous))

/** The action a change means for the public, or null when the public cannot see it. */
export function changeAction(
  entity: EntityType,
  doc: Record<string, unknown>,
  previous: Record<string, unknown> | null,
): ChangeAction | null {
  const was = previous ? entity.isPublic(previous) : false
  const is = entity.isPublic(doc)
  if (!was && is) return 'created'
  if (was && !is) return 'unpublished'
  if (was && is && touched(doc, previous)) return 'updated'
  return null
}

async function writeEntry(
  req: PayloadRequest,
  entity: EntityType,
  docId: number | string,
  action: ChangeAction,
): Promise<void> {
  // System write: the log is closed to every API user, and the change may be a visitor's (a question).
  // `req` makes the entry part of the change's transaction: a rolled-back change logs nothing.
  await req.payload.create({
    collection: PUBLICATION_LOG_SLUG,
    data: {
      entityType: entity.type,
      collection: entity.collection,
      docId: Number(docId),
      action,
      at: new Date().toISOString(),
    },
    depth: 0,
    overrideAccess: true,
    req,
  })
}

const logChange: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req, collection }) => {
  for (const entity of typesOf(collection.slug)) {
    const previous = operation === 'update' ? ((previousDoc as Record<string, unknown> | undefined) ?? null) : null
    const action = changeAction(entity, doc as Record<string, unknown>, previous)
    if (action) await writeEntry(req, entity, doc.id, action)
  }
  return doc
}

const logDelete: CollectionAfterDeleteHook = async ({ doc, req, collection }) => {
  for (const entity of typesOf(collection.slug)) {
    if (entity.isPublic(doc as Record<string, unknown>)) await writeEntry(req, entity, doc.id, 'deleted')
  }
  return doc
}

type RelatedOf = { entity: EntityType; related: NonNullable<EntityType['related']>[number] }

const relatedOf = (collection: string): RelatedOf[] =>
  ENTITY_TYPES.flatMap((entity) =>
    (entity.related ?? []).filter((r) => r.collection === collection).map((related) => ({ entity, related })),
  )

const sameValue = (a: unknown, b: unknown): boolean => JSON.stringify(fingerprint(a)) === JSON.stringify(fingerprint(b))

/**
 * The parents whose public record a change of a related record alters: it was or is visible, and
 * it appeared, disappeared or changed one of its public fields. Both parents count when it moved.
 */
function touchedParents(
  { related }: RelatedOf,
  doc: Record<string, unknown> | null,
  previous: Record<string, unknown> | null,
): number[] {
  const was = previous ? related.isVisible(previous) : false
  const is = doc ? related.isVisible(doc) : false
  if (!was && !is) return []
  const before = previous ? related.parentId(previous) : null
  const after = doc ? related.parentId(doc) : null
  const changed =
    was !== is || before !== after || related.publicFields.some((f) => !sameValue(doc?.[f], previous?.[f]))
  if (!changed) return []
  return [...new Set([before, after].filter((id): id is number => id !== null))]
}

/** Logs `updated` for each public parent whose record a related record's change altered. */
async function logParents(
  req: PayloadRequest,
  collection: string,
  doc: Record<string, unknown> | null,
  previous: Record<string, unknown> | null,
): Promise<void> {
  for (const link of relatedOf(collection)) {
    for (const parentId of touchedParents(link, doc, previous)) {
      // System read inside the change's transaction: only whether the parent is public matters.
      const parent = await req.payload.findByID({
        collection: link.entity.collection,
        id: parentId,
        depth: 0,
        overrideAccess: true,
        disableErrors: true,
        req,
      })
      if (parent && link.entity.isPublic(parent as unknown as Record<string, unknown>))
        await writeEntry(req, link.entity, parentId, 'updated')
    }
  }
}

const logRelatedChange: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req, collection }) => {
  const previous = operation === 'update' ? ((previousDoc as Record<string, unknown> | undefined) ?? null) : null
  await logParents(req, collection.slug, doc as Record<string, unknown>, previous)
  return doc
}

const logRelatedDelete: CollectionAfterDeleteHook = async ({ doc, req, collection }) => {
  await logParents(req, collection.slug, null, doc as Record<string, unknown>)
  return doc
}

/**
 * Adds the publication-log hooks to a collection that backs an open API type, or holds records
 * related to one (`related`: the parent gets an `updated` entry); any other collection is returned
 * as it is, like withSearchIndexing: payload.config.ts applies it to every collection.
 */
export function withPublicationLog(config: CollectionConfig): CollectionConfig {
  const own = typesOf(config.slug).length > 0
  const related = relatedOf(config.slug).length > 0
  if (!own && !related) return config
  return {
    ...config,
    hooks: {
      ...config.hooks,
      afterChange: [
        ...(config.hooks?.afterChange ?? []),
        ...(own ? [logChange] : []),
        ...(related ? [logRelatedChange] : []),
      ],
      afterDelete: [
        ...(config.hooks?.afterDelete ?? []),
        ...(own ? [logDelete] : []),
        ...(related ? [logRelatedDelete] : []),
      ],
    },
  }
}

type LibsqlLike = { execute(q: { sql: string; args: unknown[] }): Promise<unknown> }
type PgLike = { query(text: string, values: unknown[]): Promise<unknown> }

const BATCH = 20_000

/**
 * One statement inserting a `created` entry per id: the ids travel as one JSON array (SQLite
 * json_each) or one integer array (PostgreSQL unnest), so a batch costs one round trip.
 */
async function insertCreated(payload: Payload, entity: EntityType, ids: number[], at: string): Promise<void> {
  const db = payload.db as unknown as { name?: string; client?: LibsqlLike; pool?: PgLike }
  if (db.name === 'postgres' && db.pool) {
    await db.pool.query(
      `INSERT INTO "publication_log" ("entity_type", "collection", "doc_id", "action", "at", "updated_at", "created_at")
       SELECT $1, $2, id, 'created', $3::timestamptz, $3::timestamptz, $3::timestamptz FROM unnest($4::int[]) WITH ORDINALITY AS t(id, n) ORDER BY n`,
      [entity.type, entity.collection, at, ids],
    )
    return
  }
  if (db.name === 'sqlite' && db.client) {
    await db.client.execute({
      sql: `INSERT INTO "publication_log" ("entity_type", "collection", "doc_id", "action", "at", "updated_at", "created_at")
            SELECT ?, ?, value, 'created', ?, ?, ? FROM json_each(?) ORDER BY key`,
      args: [entity.type, entity.collection, at, at, at, JSON.stringify(ids)],
    })
    return
  }
  throw new Error(`Publication log: unsupported database "${db.name ?? '?'}"`)
}

/**
 * Logs `created` for every document already public, for each type whose log is still empty, so a
 * follower starting from the beginning gets everything. Idempotent: a type with any entry is left
 * alone (types with nothing public are left out of the result). The public ids come from one
 * SELECT DISTINCT of the adapter (the type's `published` Where, no read hooks) and the entries are
 * inserted by one SQL statement per 20,000 ids (no per-row hooks: a backfilled entry queues no
 * webhook), so 100,000 documents take seconds. Returns the number of entries written per type.
 */
export async function backfillPublicationLog(payload: Payload): Promise<Record<string, number>> {
  const written: Record<string, number> = {}
  for (const entity of ENTITY_TYPES) {
    // System work (start-up, seed): counts and reads ignore access; only ids are read.
    const existing = await payload.count({
      collection: PUBLICATION_LOG_SLUG,
      where: { entityType: { equals: entity.type } },
      overrideAccess: true,
    })
    if (existing.totalDocs > 0) continue
    const at = new Date().toISOString()
    // The adapter's SELECT DISTINCT id … WHERE <published> ORDER BY id: one query, no read hooks.
    const { values } = await payload.db.findDistinct({
      collection: entity.collection,
      field: 'id',
      where: entity.published,
      sort: 'id',
      limit: 0,
      req: {} as PayloadRequest,
    })
    const ids = values.map((v) => Number(v.id)).filter((id) => Number.isSafeInteger(id))
    for (let i = 0; i < ids.length; i += BATCH) {
      await insertCreated(payload, entity, ids.slice(i, i + BATCH), at)
    }
    const count = ids.length
    if (count > 0) written[entity.type] = count
  }
  return written
}
