import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionAfterErrorHook,
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
    actorName?: string
  },
): Promise<void> {
  const target = `${entry.collection}${entry.documentId !== undefined ? ` #${entry.documentId}` : ''}${entry.title ? ` — ${entry.title}` : ''}`
  await req.payload.create({
    collection: AUDIT_LOG,
    data: {
      at: new Date().toISOString(),
      ...auditActor(entry.user !== undefined ? entry.user : req.user),
      ...(entry.actorName ? { userName: entry.actorName } : {}),
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

const afterChange: CollectionAfterChangeHook = async ({ collection, context, doc, previousDoc, operation, req }) => {
  // A system write that records its own, more precise entry (two-factor enrolment and reset).
  if (context?.skipAudit === true) return doc
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

/**
 * Appends an entry for an event on an account that is not a plain create/update/delete (failed
 * sign-ins, two-factor events), as the system, from the request's address.
 */
export async function recordAuditEvent(
  req: PayloadRequest,
  entry: {
    action: AuditAction
    user?: unknown
    documentId?: string | number
    title?: string | null
    collection?: string
  },
): Promise<void> {
  await record(req, {
    user: entry.user ?? null,
    action: entry.action,
    collection: entry.collection ?? 'users',
    documentId: entry.documentId,
    title: entry.title ?? null,
  })
}

/**
 * A refused sign-in (wrong password, locked account) through the REST login that the admin's form
 * uses. Payload has no hook for it, so the collection's afterError hook writes the entry, outside
 * the failed operation's transaction, naming the address that was tried.
 */
const afterLoginError: CollectionAfterErrorHook = async ({ collection, error, req }) => {
  const status = (error as { status?: number }).status
  const name = (error as { name?: string }).name
  if (!req?.payload || !/\/login\/?$/.test(new URL(req.url ?? 'http://x/').pathname)) return
  if (!(status === 401 || name === 'AuthenticationError' || name === 'LockedAuth')) return
  const data = (req.data ?? {}) as { email?: unknown }
  const email = typeof data.email === 'string' ? data.email.trim().toLowerCase().slice(0, 120) : null
  try {
    const found = email
      ? await req.payload.find({
          collection: collection.slug,
          where: { email: { equals: email } },
          limit: 1,
          depth: 0,
          overrideAccess: true,
        })
      : null
    const target = found?.docs[0] as { id: number } | undefined
    // A request of its own: the failed login's transaction has been rolled back.
    const fresh = { payload: req.payload, headers: req.headers, context: {}, user: null } as unknown as PayloadRequest
    await record(fresh, {
      user: null,
      actorName: 'Người chưa đăng nhập',
      action: 'login-failed',
      collection: collection.slug,
      documentId: target?.id,
      title: email ? `${email}${name === 'LockedAuth' ? ' (tài khoản đang bị khóa)' : ''}` : null,
    })
  } catch (err) {
    req.payload.logger.error({ msg: 'Could not audit a failed sign-in', err })
  }
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
            afterError: [...(config.hooks?.afterError ?? []), afterLoginError],
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
