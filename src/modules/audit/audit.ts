import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionAfterLoginHook,
  CollectionAfterLogoutHook,
  CollectionConfig,
  GlobalAfterChangeHook,
  GlobalConfig,
  PayloadRequest,
} from 'payload'
import { auditActor } from '@/shared/access/audit-trail'
import { clientAddress } from '@/shared/security/rate-limit'
import { AUDIT_LOG, AUDITED_COLLECTIONS, AUDITED_GLOBALS, IGNORED_FIELDS, type AuditAction } from './constants'

type AuditUser = { id: number | string; email?: string | null; name?: string | null; collection?: string }

const asUser = (value: unknown): AuditUser | null =>
  value && typeof value === 'object' && 'id' in value ? (value as AuditUser) : null

/** The address the request came from (as the rate limits read it) and the browser; null when unknown. */
function addressOf(req: PayloadRequest): { ip: string | null; userAgent: string | null } {
  const headers = req.headers as Headers | undefined
  if (!headers || typeof headers.get !== 'function') return { ip: null, userAgent: null }
  const ip = clientAddress(headers)
  return {
    ip: ip === 'unknown' ? null : ip.slice(0, 100),
    userAgent: headers.get('user-agent')?.slice(0, 300) ?? null,
  }
}

const canonical = (value: unknown): string => JSON.stringify(value ?? null, (_k, v: unknown) => (v === '' ? null : v))

/** Names of the top-level fields whose value changed (never their values: some are secrets). */
export function changedFields(doc: Record<string, unknown>, previous: Record<string, unknown> | undefined): string[] {
  const keys = new Set([...Object.keys(doc), ...Object.keys(previous ?? {})])
  return [...keys]
    .filter((key) => !IGNORED_FIELDS.has(key) && key !== 'id')
    .filter((key) => canonical(doc[key]) !== canonical(previous?.[key]))
    .sort()
}

/**
 * Appends one entry, as the system (the log is closed to every API writer) and in the request's
 * transaction, so a change that is rolled back leaves no entry.
 */
async function record(
  req: PayloadRequest,
  entry: {
    user?: unknown
    action: AuditAction
    collection: string
    documentId?: string | number
    title?: string | null
    fields?: string[]
  },
): Promise<void> {
  const target = `${entry.collection}${entry.documentId !== undefined ? ` #${entry.documentId}` : ''}${entry.title ? ` — ${entry.title}` : ''}`
  await req.payload.create({
    collection: AUDIT_LOG,
    data: {
      at: new Date().toISOString(),
      ...auditActor(entry.user !== undefined ? entry.user : req.user),
      action: entry.action,
      target: target.slice(0, 200),
      targetCollection: entry.collection,
      documentId: entry.documentId !== undefined ? String(entry.documentId) : null,
      fields: entry.fields?.join(', ').slice(0, 500) || null,
      ...addressOf(req),
    },
    overrideAccess: true,
    depth: 0,
    req,
  })
}

const titleOf = (doc: Record<string, unknown>): string | null => {
  for (const key of ['email', 'name', 'title']) {
    if (typeof doc[key] === 'string' && doc[key]) return String(doc[key]).slice(0, 120)
  }
  return null
}

const afterChange: CollectionAfterChangeHook = async ({ collection, doc, previousDoc, operation, req }) => {
  const fields = changedFields(doc as Record<string, unknown>, operation === 'update' ? previousDoc : undefined)
  // A write that only touched bookkeeping (a sync run, a failed login counter) is not an action.
  if (operation === 'update' && fields.length === 0) return doc
  await record(req, {
    action: operation,
    collection: collection.slug,
    documentId: (doc as { id: number }).id,
    title: titleOf(doc as Record<string, unknown>),
    fields,
  })
  return doc
}

const afterDelete: CollectionAfterDeleteHook = async ({ collection, doc, id, req }) => {
  await record(req, {
    action: 'delete',
    collection: collection.slug,
    documentId: id,
    title: titleOf((doc ?? {}) as Record<string, unknown>),
  })
  return doc
}

const afterLogin: CollectionAfterLoginHook = async ({ collection, req, user }) => {
  await record(req, {
    user,
    action: 'login',
    collection: collection.slug,
    documentId: (user as { id: number }).id,
    title: titleOf(user as Record<string, unknown>),
  })
  return user
}

const afterLogout: CollectionAfterLogoutHook = async ({ collection, req }) => {
  const user = asUser(req.user)
  if (user) await record(req, { action: 'logout', collection: collection.slug, documentId: user.id })
}

const globalAfterChange: GlobalAfterChangeHook = async ({ global, doc, previousDoc, req }) => {
  const fields = changedFields(doc as Record<string, unknown>, previousDoc as Record<string, unknown>)
  if (fields.length > 0) await record(req, { action: 'update', collection: global.slug, fields })
  return doc
}

/** Adds the audit hooks to the collections of AUDITED_COLLECTIONS (the others are returned as they are). */
export function withAuditTrail(config: CollectionConfig): CollectionConfig {
  if (!(AUDITED_COLLECTIONS as readonly string[]).includes(config.slug)) return config
  const auth = Boolean(config.auth)
  return {
    ...config,
    hooks: {
      ...config.hooks,
      afterChange: [...(config.hooks?.afterChange ?? []), afterChange],
      afterDelete: [...(config.hooks?.afterDelete ?? []), afterDelete],
      ...(auth
        ? {
            afterLogin: [...(config.hooks?.afterLogin ?? []), afterLogin],
            afterLogout: [...(config.hooks?.afterLogout ?? []), afterLogout],
          }
        : {}),
    },
  }
}

/** Adds the audit hook to the globals of AUDITED_GLOBALS. */
export function withGlobalAuditTrail(config: GlobalConfig): GlobalConfig {
  if (!(AUDITED_GLOBALS as readonly string[]).includes(config.slug)) return config
  return {
    ...config,
    hooks: { ...config.hooks, afterChange: [...(config.hooks?.afterChange ?? []), globalAfterChange] },
  }
}
