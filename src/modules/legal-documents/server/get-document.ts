import type { DocumentMaterial, DocumentRelation, EffectHistory, LegalDocument } from '@/payload-types'
import { portalPayload } from '@/shared/content/payload'
import {
  DOCUMENT_MATERIALS_SLUG,
  DOCUMENT_RELATIONS_SLUG,
  EFFECT_HISTORY_SLUG,
  LEGAL_DOCUMENTS_SLUG,
} from '../constants'

/** The other document of a relation, as populated through `defaultPopulate`. */
export type DocumentRef = Pick<
  LegalDocument,
  'id' | 'slug' | 'displayTitle' | 'title' | 'number' | 'type' | 'status' | 'issuedAt' | 'effectiveAt'
>

export type RelationView = {
  id: number
  type: DocumentRelation['type']
  /** true when the page's document is the acting one ("thay thế"), false for the inverse */
  isOutgoing: boolean
  other: DocumentRef
  provision: string | null
  anchors: string[]
  effectiveAt: string | null
  note: string | null
}

export type MaterialRef = Pick<DocumentMaterial, 'id' | 'slug' | 'title' | 'kind' | 'summary' | 'publishedAt'>

export type DocumentPageData = {
  doc: LegalDocument
  relations: RelationView[]
  history: EffectHistory[]
  materials: MaterialRef[]
}

const asRef = (value: number | LegalDocument | null | undefined): DocumentRef | null =>
  value && typeof value === 'object' && value.slug ? value : null

function toView(relation: DocumentRelation, docId: number): RelationView | null {
  const fromRef = asRef(relation.from)
  const toRef = asRef(relation.to)
  const isOutgoing = (fromRef?.id ?? relation.from) === docId
  const other = isOutgoing ? toRef : fromRef
  if (!other) return null
  const anchors = Array.isArray(relation.provisionAnchors)
    ? relation.provisionAnchors.filter((a): a is string => typeof a === 'string')
    : []
  return {
    id: relation.id,
    type: relation.type,
    isOutgoing,
    other,
    provision: relation.provision ?? null,
    anchors,
    effectiveAt: relation.effectiveAt ?? null,
    note: relation.note ?? null,
  }
}

/**
 * Everything the page of one published document shows, read as an anonymous visitor: the
 * document, its relations in both directions (only those whose other document is published), its
 * effect history and its published companion materials. Null when there is no such document.
 */
export async function getDocumentPage(slug: string): Promise<DocumentPageData | null> {
  if (!/^[a-z0-9-]{1,160}$/.test(slug)) return null
  const payload = await portalPayload()
  const visitor = { overrideAccess: false, user: null } as const
  const found = await payload.find({
    collection: LEGAL_DOCUMENTS_SLUG,
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 1,
    joins: false,
    populate: { 'legal-fields': { title: true, slug: true }, units: { title: true } },
    ...visitor,
  })
  const doc = found.docs[0]
  if (!doc) return null
  const [relations, history, materials] = await Promise.all([
    payload.find({
      collection: DOCUMENT_RELATIONS_SLUG,
      where: { or: [{ from: { equals: doc.id } }, { to: { equals: doc.id } }] },
      pagination: false,
      depth: 1,
      sort: 'createdAt',
      ...visitor,
    }),
    payload.find({
      collection: EFFECT_HISTORY_SLUG,
      where: { document: { equals: doc.id } },
      pagination: false,
      depth: 1,
      sort: ['date', 'createdAt'],
      populate: { 'document-relations': { label: true } },
      ...visitor,
    }),
    payload.find({
      collection: DOCUMENT_MATERIALS_SLUG,
      where: { documents: { in: [doc.id] } },
      limit: 50,
      depth: 0,
      sort: '-publishedAt',
      select: { slug: true, title: true, kind: true, summary: true, publishedAt: true },
      ...visitor,
    }),
  ])
  return {
    doc,
    relations: relations.docs.map((r) => toView(r, doc.id)).filter((r): r is RelationView => r !== null),
    history: history.docs,
    materials: materials.docs as MaterialRef[],
  }
}

/** Title and summary for the page's metadata, without the full text. */
export async function getDocumentMeta(
  slug: string,
): Promise<Pick<LegalDocument, 'displayTitle' | 'title' | 'number' | 'issuer' | 'issuedAt'> | null> {
  if (!/^[a-z0-9-]{1,160}$/.test(slug)) return null
  const payload = await portalPayload()
  const found = await payload.find({
    collection: LEGAL_DOCUMENTS_SLUG,
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 0,
    joins: false,
    select: { displayTitle: true, title: true, number: true, issuer: true, issuedAt: true },
    overrideAccess: false,
    user: null,
  })
  return found.docs[0] ?? null
}
