/**
 * Applies mapped connector records: all or nothing, in one database transaction, as the editor who
 * runs the import (their access rules apply to the legal documents). A record is found again by its
 * provenance (source + source id), else by số ký hiệu + issuer (+ type and date, since numbers are
 * not unique), so importing the same file twice changes nothing.
 */
import { createLocalReq, type Payload, type PayloadRequest, type Where } from 'payload'
import type { LegalDocument, User } from '@/payload-types'
import { matchFields } from '@/modules/legal-documents/import/apply'
import { findSameDocument } from '@/modules/legal-documents/hooks/check-identity'
import { LEGAL_DOCUMENTS_SLUG } from '@/modules/legal-documents/constants'
import { isEditorial } from '@/shared/access/roles'
import { IMPORT_PROVENANCE_SLUG } from './collections/import-provenance'
import type { ConnectorInput } from './map-row'
import { ConnectorError, type ConnectorRecord, type ConnectorSource, type ConnectorSummary } from './types'
import { refreshStatisticsAfterGrowth } from '@/shared/database-statistics'

type Outcome = 'created' | 'updated' | 'unchanged'

/** Effect data the source keeps current (a repeal at the source is news here); the rest only fills gaps. */
const SOURCE_OWNED = ['status', 'effectiveAt', 'expiresAt'] as const

const isEmpty = (v: unknown): boolean =>
  v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0)

const sameValue = (a: unknown, b: unknown): boolean => {
  if (isEmpty(a) && isEmpty(b)) return true
  if (typeof a === 'string' && typeof b === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(a)) {
    return new Date(a).getTime() === new Date(b).getTime()
  }
  return JSON.stringify(a) === JSON.stringify(b)
}

export function assertMayImport(user: User | null | undefined): asserts user is User {
  if (!user) throw new ConnectorError('Hãy đăng nhập để nhập dữ liệu.', 401)
  if (!isEditorial(user)) {
    throw new ConnectorError('Chỉ Ban Biên tập (quản trị, trưởng ban, biên tập viên) được nhập văn bản.', 403)
  }
}

async function findTarget(req: PayloadRequest, record: ConnectorRecord): Promise<number | null> {
  const { payload } = req
  const known = await payload.find({
    collection: IMPORT_PROVENANCE_SLUG,
    where: {
      and: [{ source: { equals: record.provenance.source } }, { sourceId: { equals: record.provenance.sourceId } }],
    },
    limit: 1,
    depth: 0,
    // System read of the provenance table (no one writes it through the API); the documents
    // themselves are read and written with the editor's rights below.
    overrideAccess: true,
    req,
  })
  const row = known.docs[0]
  if (row) return typeof row.document === 'object' ? row.document.id : row.document
  const identity = { ...record.input }
  let same = await findSameDocument({ payload, identity, req })
  // Sources spell issuers differently ("QUỐC HỘI" / "CHỦ TỊCH NƯỚC - QUỐC HỘI"): fall back to number + type + date.
  if (same.length === 0) same = await findSameDocument({ payload, identity: { ...identity, issuer: null }, req })
  if (same.length > 1) {
    throw new ConnectorError(
      `Dòng ${record.line}: có ${same.length} văn bản số ${record.input.number} cùng loại và ngày ban hành; không biết cập nhật văn bản nào.`,
      409,
    )
  }
  return same[0]?.id ?? null
}

/** What to undo where the database has no transactions (Payload's SQLite adapter default). */
type Undo = { created: number[]; restored: { id: number; data: Record<string, unknown> }[]; provenance: number[] }

async function upsert(
  req: PayloadRequest,
  record: ConnectorRecord,
  terms: { id: number; title: string }[],
  dryRun: boolean,
  undo: Undo,
): Promise<{ outcome: Outcome; id: number | null; warnings: string[] }> {
  const { payload } = req
  const { fieldNames, ...rest }: ConnectorInput = record.input
  const { ids, unknown } = matchFields(fieldNames ?? [], terms)
  const warnings = [
    ...record.warnings,
    ...unknown.map((name) => `lĩnh vực “${name}” không có trong danh mục lĩnh vực; bỏ qua.`),
  ]
  const data: Record<string, unknown> = { ...rest, ...(ids.length > 0 ? { fields: ids } : {}) }
  const targetId = await findTarget(req, record)
  if (targetId === null) {
    if (dryRun) return { outcome: 'created', id: null, warnings }
    const created = await payload.create({
      collection: LEGAL_DOCUMENTS_SLUG,
      data: data as never,
      depth: 0,
      overrideAccess: false,
      req,
      context: { disableRevalidate: true, disableNotifications: true },
    })
    undo.created.push(created.id)
    return { outcome: 'created', id: created.id, warnings }
  }
  const existing = (await payload.findByID({
    collection: LEGAL_DOCUMENTS_SLUG,
    id: targetId,
    depth: 0,
    overrideAccess: false,
    req,
  })) as LegalDocument & Record<string, unknown>
  const patch: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(data)) {
    if (isEmpty(value)) continue
    const owned = record.ownsEffect !== false && (SOURCE_OWNED as readonly string[]).includes(key)
    if (owned ? !sameValue(existing[key], value) : isEmpty(existing[key])) patch[key] = value
  }
  if (Object.keys(patch).length === 0) return { outcome: 'unchanged', id: targetId, warnings }
  if (dryRun) return { outcome: 'updated', id: targetId, warnings }
  undo.restored.push({
    id: targetId,
    data: Object.fromEntries(Object.keys(patch).map((k) => [k, existing[k] ?? null])),
  })
  await payload.update({
    collection: LEGAL_DOCUMENTS_SLUG,
    id: targetId,
    data: patch as never,
    depth: 0,
    overrideAccess: false,
    req,
    context: { disableRevalidate: true, disableNotifications: true },
  })
  return { outcome: 'updated', id: targetId, warnings }
}

async function recordProvenance(
  req: PayloadRequest,
  record: ConnectorRecord,
  documentId: number,
  undo: Undo,
): Promise<void> {
  const { payload } = req
  const where: Where = {
    and: [{ source: { equals: record.provenance.source } }, { sourceId: { equals: record.provenance.sourceId } }],
  }
  const data = { ...record.provenance, document: documentId }
  // System writes: nobody writes provenance through the API; the connector does, in the import's transaction.
  const found = await payload.find({
    collection: IMPORT_PROVENANCE_SLUG,
    where,
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const row = found.docs[0]
  if (row) {
    await payload.update({
      collection: IMPORT_PROVENANCE_SLUG,
      id: row.id,
      data: data as never,
      overrideAccess: true,
      req,
    })
  } else {
    const created = await payload.create({
      collection: IMPORT_PROVENANCE_SLUG,
      data: data as never,
      overrideAccess: true,
      req,
    })
    undo.provenance.push(created.id)
  }
}

/** The Vietnamese message of a failed write (field errors included), without stack traces. */
function messageOf(err: unknown): string {
  const data = (err as { data?: { errors?: { message?: string; path?: string }[] } }).data
  const fieldErrors = (data?.errors ?? [])
    .filter((e) => e.message)
    .map((e) => (e.path && !e.message?.includes(e.path) ? `${e.message} (trường ${e.path})` : (e.message ?? '')))
  if (fieldErrors.length > 0) return fieldErrors.join(' ')
  return err instanceof Error ? err.message : String(err)
}

/**
 * Without a transaction (SQLite), a failed import is undone by hand: created documents and
 * provenance rows deleted, updated documents put back. System writes: they restore what the
 * editor's own import just wrote.
 */
async function compensate(payload: Payload, undo: Undo, startedAt: string): Promise<void> {
  // Putting fields back is not an editorial action: no workflow transition, no history row.
  const context = { disableRevalidate: true, disableNotifications: true, skipWorkflow: true }
  for (const id of undo.provenance) {
    await payload.delete({ collection: IMPORT_PROVENANCE_SLUG, id, overrideAccess: true, context })
  }
  for (const id of undo.created) {
    await payload.delete({ collection: LEGAL_DOCUMENTS_SLUG, id, overrideAccess: true, context })
  }
  for (const { id, data } of undo.restored.reverse()) {
    await payload.update({ collection: LEGAL_DOCUMENTS_SLUG, id, data: data as never, overrideAccess: true, context })
  }
  // A status changed and put back leaves two "manual change" rows in the effect history: remove them.
  const restoredIds = undo.restored.map((r) => r.id)
  if (restoredIds.length > 0) {
    await payload.delete({
      collection: 'effect-history',
      where: { and: [{ document: { in: restoredIds } }, { createdAt: { greater_than_equal: startedAt } }] },
      overrideAccess: true,
      context,
    })
  }
}

/**
 * Writes every record or none: the first failing record undoes the whole import (transaction
 * rollback on PostgreSQL, compensation on SQLite) and is reported with its line. `dryRun` writes
 * nothing and counts what a real run would create, update or leave unchanged.
 */
export async function applyConnectorRecords(args: {
  payload: Payload
  user: User | null | undefined
  source: ConnectorSource
  records: ConnectorRecord[]
  dryRun?: boolean
  onProgress?: (done: number, total: number) => void
}): Promise<ConnectorSummary> {
  const { payload, user, source, records, dryRun = false } = args
  assertMayImport(user)
  const summary: ConnectorSummary = {
    source,
    dryRun,
    total: records.length,
    created: 0,
    updated: 0,
    unchanged: 0,
    warnings: [],
  }
  const req = await createLocalReq({ user }, payload)
  const tx = dryRun ? null : await payload.db.beginTransaction()
  if (tx !== null) req.transactionID = tx
  const undo: Undo = { created: [], restored: [], provenance: [] }
  const startedAt = new Date().toISOString()
  const terms = (
    await payload.find({
      collection: 'legal-fields',
      limit: 1000,
      pagination: false,
      depth: 0,
      select: { title: true },
      overrideAccess: false,
      req,
    })
  ).docs.map((d) => ({ id: d.id, title: d.title }))
  let current: ConnectorRecord | null = null
  try {
    for (const [index, record] of records.entries()) {
      current = record
      const done = await upsert(req, record, terms, dryRun, undo)
      if (done.id !== null && !dryRun) await recordProvenance(req, record, done.id, undo)
      summary[done.outcome] += 1
      summary.warnings.push(...done.warnings.map((message) => ({ line: record.line, message })))
      args.onProgress?.(index + 1, records.length)
    }
    if (tx !== null) await payload.db.commitTransaction(tx)
    if (!dryRun) await refreshStatisticsAfterGrowth(payload, summary.created)
    return summary
  } catch (err) {
    if (tx !== null) await payload.db.rollbackTransaction(tx)
    else {
      await compensate(payload, undo, startedAt).catch((undoErr: unknown) => {
        payload.logger.error({ err: undoErr, undo }, 'connector import: undoing a failed import failed')
      })
    }
    if (err instanceof ConnectorError) throw err
    const status = (err as { status?: number }).status
    const line = current?.line ?? 0
    const message = `Dòng ${line}${current ? ` (số ${current.input.number})` : ''}: ${messageOf(err)}`
    throw new ConnectorError(
      `Không nhập được; chưa ghi văn bản nào. ${message}`,
      status && status >= 400 && status < 500 ? status : 422,
      [{ line, message }],
    )
  }
}
