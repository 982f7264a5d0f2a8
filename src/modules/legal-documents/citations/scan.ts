import type { CollectionSlug, GlobalSlug, Payload, RequestContext, Where } from 'payload'
import { formatDate } from '@/shared/text/vietnamese'
import {
  DOCUMENT_RELATIONS_SLUG,
  EFFECT_HISTORY_SLUG,
  EFFECT_RELATIONS,
  LEGAL_DOCUMENTS_SLUG,
  NOT_IN_FORCE,
  effectActionLabel,
} from '../constants'

/**
 * The legal-basis scan shared by every collection whose texts cite legal documents through a
 * `citations` array (./fields.ts): Q&A answers, legal situations… When a cited document later loses
 * effect or is amended, each citing text gets `legalBasisChanged` and a line in `legalBasisNote`
 * until an editor marks it reviewed. A scheduled task per collection reads the effect history and
 * the document relations recorded since its own watermark (a global with `effectHistoryAt` and
 * `relationsAt`), so the collections are scanned independently.
 */
export type CitingCollection = {
  collection: CollectionSlug
  /** the global keeping this collection's watermark */
  watermark: GlobalSlug
  /** which texts may be flagged, besides citing the document (e.g. only answered questions) */
  where?: Where
  /** whether a flagged text is shown on the public site (its page must then be refreshed) */
  isPublic: (doc: Record<string, unknown>) => boolean
  /** request context for the system update (skips workflow, names the system in a history…) */
  context: (now: Date) => RequestContext
}

const BATCH = 200
/** Effect-history actions that change what a citing text relies on. */
const CHANGING_ACTIONS = new Set(['het-han', 'bi-thay-the', 'bi-bai-bo', 'bi-dinh-chi', 'duoc-sua-doi'])
const RELATION_ACTION_LABELS: Record<string, string> = {
  'thay-the': 'bị thay thế',
  'bai-bo': 'bị bãi bỏ',
  'dinh-chi': 'bị đình chỉ, ngưng hiệu lực',
  'sua-doi': 'được sửa đổi, bổ sung',
}

type Change = { documentId: number | string; what: string }
type Row = Record<string, unknown> & { id: number | string; createdAt: string }

const idOf = (value: unknown): number | string | null =>
  value && typeof value === 'object'
    ? ((value as { id?: number | string }).id ?? null)
    : ((value as number | string) ?? null)

/** Scans the changes since the collection's watermark; true when a public text was flagged. */
export async function scanCitingCollection(payload: Payload, target: CitingCollection, now: Date): Promise<boolean> {
  // System task: the watermark, the effect history and every citing text are read and written by the scheduler.
  const mark = (await payload.findGlobal({ slug: target.watermark, overrideAccess: true })) as {
    effectHistoryAt?: string | null
    relationsAt?: string | null
  }
  const history = await newRows(payload, EFFECT_HISTORY_SLUG, mark.effectHistoryAt)
  const relations = await newRows(payload, DOCUMENT_RELATIONS_SLUG, mark.relationsAt)
  const changes = [...(await historyChanges(history)), ...(await relationChanges(payload, relations))]
  let publicChange = false
  for (const change of changes) {
    if (await flagCitingTexts(payload, target, change, now)) publicChange = true
  }
  const last = (rows: Row[], previous?: string | null) => rows.at(-1)?.createdAt ?? previous ?? null
  if (history.length > 0 || relations.length > 0) {
    await payload.updateGlobal({
      slug: target.watermark,
      // The watermark globals share these two fields; the slug is only known at run time.
      data: {
        effectHistoryAt: last(history, mark.effectHistoryAt),
        relationsAt: last(relations, mark.relationsAt),
      } as never,
      overrideAccess: true,
    })
  }
  return publicChange
}

async function historyChanges(history: Row[]): Promise<Change[]> {
  const changes: Change[] = []
  for (const row of history) {
    const documentId = idOf(row.document)
    const toStatus = row.toStatus as string | null | undefined
    const action = String(row.action ?? '')
    const changing =
      CHANGING_ACTIONS.has(action) || (toStatus && (NOT_IN_FORCE as readonly string[]).includes(toStatus))
    if (documentId !== null && changing) {
      const date = typeof row.date === 'string' ? ` (${formatDate(row.date)})` : ''
      changes.push({ documentId, what: `${effectActionLabel(action).toLowerCase()}${date}` })
    }
  }
  return changes
}

async function relationChanges(payload: Payload, relations: Row[]): Promise<Change[]> {
  const changes: Change[] = []
  for (const row of relations) {
    const documentId = idOf(row.to)
    const type = String(row.type ?? '')
    if (documentId !== null && type in EFFECT_RELATIONS) {
      const by = await documentName(payload, idOf(row.from))
      const provision = typeof row.provision === 'string' && row.provision ? ` (${row.provision})` : ''
      changes.push({ documentId, what: `${RELATION_ACTION_LABELS[type] ?? type}${provision}${by ? ` bởi ${by}` : ''}` })
    }
  }
  return changes
}

async function newRows(payload: Payload, collection: 'effect-history' | 'document-relations', since?: string | null) {
  const where: Where = since ? { createdAt: { greater_than: since } } : {}
  const found = await payload.find({
    collection,
    where,
    sort: 'createdAt',
    limit: BATCH,
    depth: 0,
    overrideAccess: true,
  })
  return found.docs as unknown as Row[]
}

async function documentName(payload: Payload, id: number | string | null): Promise<string | null> {
  if (id === null) return null
  const found = await payload.find({
    collection: LEGAL_DOCUMENTS_SLUG,
    where: { id: { equals: id } },
    select: { displayTitle: true, title: true },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const doc = found.docs[0] as { displayTitle?: string | null; title?: string | null } | undefined
  return doc ? doc.displayTitle || doc.title || null : null
}

/** Flags the texts citing the document; true when a public one changed. */
async function flagCitingTexts(
  payload: Payload,
  target: CitingCollection,
  change: Change,
  now: Date,
): Promise<boolean> {
  const found = await payload.find({
    collection: target.collection,
    where: {
      and: [...(target.where ? [target.where] : []), { 'citations.document': { equals: change.documentId } }],
    },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  if (found.docs.length === 0) return false
  const name = (await documentName(payload, change.documentId)) ?? `Văn bản #${String(change.documentId)}`
  const line = `${name}: ${change.what}.`
  let publicChange = false
  for (const doc of found.docs as unknown as Array<Record<string, unknown> & { id: number | string }>) {
    const previous = typeof doc.legalBasisNote === 'string' ? doc.legalBasisNote : ''
    if (doc.legalBasisChanged && previous.includes(line)) continue
    await payload.update({
      collection: target.collection,
      id: doc.id,
      data: { legalBasisChanged: true, legalBasisNote: keepLast(previous ? `${previous}\n${line}` : line) },
      depth: 0,
      overrideAccess: true,
      context: target.context(now),
    })
    if (target.isPublic(doc)) publicChange = true
  }
  return publicChange
}

/** The note keeps the latest lines within its 2,000-character limit. */
function keepLast(note: string, max = 2000): string {
  if (note.length <= max) return note
  const tail = note.slice(note.length - max)
  const cut = tail.indexOf('\n')
  return cut === -1 ? tail : tail.slice(cut + 1)
}
