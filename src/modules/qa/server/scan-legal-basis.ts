import type { Payload, Where } from 'payload'
import {
  DOCUMENT_RELATIONS_SLUG,
  EFFECT_HISTORY_SLUG,
  EFFECT_RELATIONS,
  LEGAL_DOCUMENTS_SLUG,
  NOT_IN_FORCE,
  effectActionLabel,
} from '@/modules/legal-documents/constants'
import { formatDate } from '@/shared/text/vietnamese'
import { QUESTIONS_SLUG } from '../constants'
import { LEGAL_BASIS_SCAN_SLUG } from '../globals/legal-basis-scan'

/**
 * Issue 4 §3: when a document cited by an answer later loses effect or is amended, the question is
 * flagged "căn cứ pháp lý đã thay đổi" until an editor marks it reviewed. The legal-documents
 * module is not touched: this scheduled task reads the effect history and the document relations
 * recorded since its watermark and flags answered and published questions citing the document.
 */

const BATCH = 200
/** Effect-history actions that change what a citing answer relies on. */
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

export async function scanLegalBasis(payload: Payload, now: Date): Promise<boolean> {
  // System task: the watermark, the effect history and every question are read and written by the scheduler.
  const mark = (await payload.findGlobal({ slug: LEGAL_BASIS_SCAN_SLUG, overrideAccess: true })) as {
    effectHistoryAt?: string | null
    relationsAt?: string | null
  }
  const history = await newRows(payload, EFFECT_HISTORY_SLUG, mark.effectHistoryAt)
  const relations = await newRows(payload, DOCUMENT_RELATIONS_SLUG, mark.relationsAt)
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
  for (const row of relations) {
    const documentId = idOf(row.to)
    const type = String(row.type ?? '')
    if (documentId !== null && type in EFFECT_RELATIONS) {
      const by = await documentName(payload, idOf(row.from))
      const provision = typeof row.provision === 'string' && row.provision ? ` (${row.provision})` : ''
      changes.push({ documentId, what: `${RELATION_ACTION_LABELS[type] ?? type}${provision}${by ? ` bởi ${by}` : ''}` })
    }
  }
  let publicChange = false
  for (const change of changes) {
    if (await flagCitingQuestions(payload, change, now)) publicChange = true
  }
  const last = (rows: Row[], previous?: string | null) => rows.at(-1)?.createdAt ?? previous ?? null
  if (history.length > 0 || relations.length > 0) {
    await payload.updateGlobal({
      slug: LEGAL_BASIS_SCAN_SLUG,
      data: { effectHistoryAt: last(history, mark.effectHistoryAt), relationsAt: last(relations, mark.relationsAt) },
      overrideAccess: true,
    })
  }
  return publicChange
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

/** Flags the answered and published questions citing the document; true when a published one changed. */
async function flagCitingQuestions(payload: Payload, change: Change, now: Date): Promise<boolean> {
  const found = await payload.find({
    collection: QUESTIONS_SLUG,
    where: {
      and: [{ status: { in: ['answered', 'published'] } }, { 'citations.document': { equals: change.documentId } }],
    },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  if (found.docs.length === 0) return false
  const name = (await documentName(payload, change.documentId)) ?? `Văn bản #${String(change.documentId)}`
  const line = `${name}: ${change.what}.`
  let publicChange = false
  for (const question of found.docs) {
    const previous = question.legalBasisNote ?? ''
    if (question.legalBasisChanged && previous.includes(line)) continue
    await payload.update({
      collection: QUESTIONS_SLUG,
      id: question.id,
      data: { legalBasisChanged: true, legalBasisNote: keepLast(previous ? `${previous}\n${line}` : line) },
      depth: 0,
      overrideAccess: true,
      context: { qaSystem: { byName: 'Hệ thống rà soát căn cứ pháp lý' }, qaNow: now.toISOString() },
    })
    if (question.status === 'published') publicChange = true
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
