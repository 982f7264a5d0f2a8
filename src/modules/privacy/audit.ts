import type { CollectionAfterChangeHook, CollectionAfterReadHook, Payload, PayloadRequest } from 'payload'
import { auditActor } from '@/shared/access/audit-trail'
import { PRIVACY_AUDIT, type PrivacyAction } from './constants'

type AuditUser = { id: number | string; email?: string | null; name?: string | null; collection?: string }

const asUser = (value: unknown): AuditUser | null =>
  value && typeof value === 'object' && 'id' in value ? (value as AuditUser) : null

/**
 * Appends one entry to the personal-data audit trail. Written as the system (overrideAccess): the
 * trail is closed to every API writer so nobody can forge or remove entries. With `req`, the entry
 * joins the request's transaction (a rolled-back change leaves no entry).
 */
export async function logPrivacyEvent(
  payload: Payload,
  e: {
    req?: PayloadRequest
    user?: unknown
    action: PrivacyAction
    collection: string
    documentId: string | number
    fields?: string[]
    note?: string
  },
): Promise<void> {
  await payload.create({
    collection: PRIVACY_AUDIT,
    data: {
      at: new Date().toISOString(),
      ...auditActor(e.user !== undefined ? e.user : e.req?.user),
      action: e.action,
      target: `${e.collection} #${e.documentId}`,
      targetCollection: e.collection,
      documentId: String(e.documentId),
      fields: e.fields?.join(', ').slice(0, 500),
      note: e.note?.slice(0, 500),
    },
    overrideAccess: true,
    depth: 0,
    req: e.req,
  })
}

/** Whether a value holds data: a group or array counts when anything inside it does. */
const isFilled = (value: unknown): boolean => {
  if (value === null || value === undefined) return false
  if (typeof value === 'string') return value.trim() !== ''
  if (Array.isArray(value)) return value.some(isFilled)
  if (typeof value === 'object') return Object.values(value).some(isFilled)
  return true
}

/** Key order, `undefined` and empty strings do not make two values different. */
const canonical = (value: unknown): unknown => {
  if (value === undefined || value === null || value === '') return null
  if (Array.isArray(value)) return value.map(canonical)
  if (typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value as object)
        .filter((k) => k !== 'id')
        .sort()
        .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
    )
  }
  return value
}
const same = (a: unknown, b: unknown): boolean => JSON.stringify(canonical(a)) === JSON.stringify(canonical(b))

/** One view per person and record in this window: an edit screen reads a record several times. */
const VIEW_WINDOW_MS = 10 * 60_000

async function viewedRecently(req: PayloadRequest, collection: string, documentId: string | number): Promise<boolean> {
  const user = asUser(req.user)
  if (!user) return false
  // overrideAccess: the trail is checked by the system, whatever the reader may see of it.
  const { totalDocs } = await req.payload.count({
    collection: PRIVACY_AUDIT,
    where: {
      and: [
        { action: { equals: 'view' } },
        { targetCollection: { equals: collection } },
        { documentId: { equals: String(documentId) } },
        { user: { equals: user.id } },
        { at: { greater_than: new Date(Date.now() - VIEW_WINDOW_MS).toISOString() } },
      ],
    },
    overrideAccess: true,
    req,
  })
  return totalDocs > 0
}

/**
 * Hooks that record who saw or changed the personal-data `fields` of `collection`: a 'view' when a
 * signed-in user reads one document and gets any of them (field access has already removed them
 * for roles that may not see them; one entry per person and record in 10 minutes), an 'update'
 * when any of them changed. Set `context.skipPrivacyAudit` for reads done by the system on a
 * user's behalf.
 */
export function personalDataAudit(
  collection: string,
  fields: string[],
): { afterRead: CollectionAfterReadHook; afterChange: CollectionAfterChangeHook } {
  const afterRead: CollectionAfterReadHook = async ({ doc, req, findMany, context }) => {
    if (findMany || !req.user || context?.skipPrivacyAudit) return doc
    const shown = fields.filter((f) => isFilled((doc as Record<string, unknown>)[f]))
    if (shown.length > 0 && !(await viewedRecently(req, collection, doc.id))) {
      await logPrivacyEvent(req.payload, { req, action: 'view', collection, documentId: doc.id, fields: shown })
    }
    return doc
  }
  const afterChange: CollectionAfterChangeHook = async ({ doc, previousDoc, req, operation, context }) => {
    if (operation !== 'update' || context?.skipPrivacyAudit) return doc
    const before = (previousDoc ?? {}) as Record<string, unknown>
    const after = doc as Record<string, unknown>
    // A field missing on either side was not visible to this writer (field access), so it was not
    // changed by them either.
    const changed = fields.filter((f) => f in before && f in after && !same(before[f], after[f]))
    if (changed.length > 0) {
      await logPrivacyEvent(req.payload, { req, action: 'update', collection, documentId: doc.id, fields: changed })
    }
    return doc
  }
  return { afterRead, afterChange }
}
