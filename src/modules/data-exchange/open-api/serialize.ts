import type { Payload } from 'payload'
import type {
  Area,
  Article,
  Audience,
  LegalDocument,
  LegalField,
  LegalSituation,
  LibraryFile,
  LibraryItem,
  Media,
  Question,
  Section,
} from '@/payload-types'
import { libraryPath } from '@/modules/media/library/constants'
import { situationPath } from '@/modules/situations/constants'
import { DOCUMENT_RELATIONS_SLUG, documentPath, statusLabel } from '@/modules/legal-documents/constants'
import { vnDay } from '@/modules/legal-documents/dates'
import { DOCUMENT_TYPES, type StructureNode, type StructureTree } from '@/modules/legal-documents/parse'
import { questionPath } from '@/modules/qa/constants'
import { lexicalToPlainText } from '@/shared/text/lexical-text'
import { absoluteUrl } from '@/shared/ui/site-url'

/**
 * Serializers from stored documents to the open data shapes of docs/data-standard.md (JSON Schemas
 * in ../schemas). Each picks the public fields by name — never spreads a document — so a field
 * added to a collection later stays private until it is added here and to its schema.
 */

export type Term = { id: number; slug: string; name: string }
type Taxon = Pick<LegalField | Section | Audience | Area, 'id' | 'slug' | 'title'>

const iso = (value: string | null | undefined): string | null => (value ? new Date(value).toISOString() : null)

export function term(value: number | Taxon | null | undefined): Term | null {
  if (!value || typeof value !== 'object') return null
  return { id: value.id, slug: value.slug || String(value.id), name: value.title }
}

export const terms = (values: (number | Taxon)[] | null | undefined): Term[] =>
  (values ?? []).map(term).filter((t): t is Term => t !== null)

export const articlePath = (slug: string): string => `/bai-viet/${slug}`

export function serializeArticle(doc: Article) {
  const cover = typeof doc.cover === 'object' && doc.cover ? (doc.cover as Media) : null
  return {
    id: doc.id,
    identifier: `article:${doc.id}`,
    type: 'article' as const,
    url: absoluteUrl(articlePath(doc.slug || String(doc.id))),
    title: doc.title,
    summary: doc.summary ?? null,
    text: lexicalToPlainText(doc.body),
    author: doc.author ?? null,
    section: term(doc.section as Section) ?? { id: Number(doc.section), slug: String(doc.section), name: '' },
    fields: terms(doc.fields as LegalField[]),
    audiences: terms(doc.audiences as Audience[]),
    areas: terms(doc.areas as Area[]),
    image: cover?.url ? { url: absoluteUrl(cover.url), alt: cover.alt } : null,
    publishedAt: iso(doc.publishedAt) ?? iso(doc.createdAt)!,
    updatedAt: iso(doc.updatedAt)!,
  }
}

type Provision = {
  kind: string
  number: string
  label: string
  heading: string | null
  text: string
  anchor: string
  url: string
  children: Provision[]
}

/** The parsed tree of the full text, each provision with its address on the document page. */
function structureOf(value: unknown, pageUrl: string) {
  const tree = value as StructureTree | null | undefined
  if (!tree || typeof tree !== 'object' || !Array.isArray(tree.nodes)) return null
  const node = (n: StructureNode): Provision => ({
    kind: n.kind,
    number: n.number,
    label: n.label,
    heading: n.heading ?? null,
    text: n.text,
    anchor: n.anchor,
    url: `${pageUrl}#${n.anchor}`,
    children: (n.children ?? []).map(node),
  })
  return { mode: tree.mode, preamble: tree.preamble ?? '', provisions: tree.nodes.map(node) }
}

type RelationRow = {
  type: string
  provision?: string | null
  from: number | LegalDocument
  to: number | LegalDocument
}

const endId = (end: number | LegalDocument): number => (typeof end === 'object' ? end.id : end)

/**
 * The relations of several legal documents in one query, as the visitor sees them: relations whose
 * other end is not published are left out by access rules (the relation's target is not readable,
 * so it comes back as an id and is skipped when serializing).
 */
async function relationsOf(ids: number[], payload: Payload): Promise<Map<number, RelationRow[]>> {
  const byDoc = new Map<number, RelationRow[]>(ids.map((id) => [id, []]))
  if (ids.length === 0) return byDoc
  const { docs: rows } = await payload.find({
    collection: DOCUMENT_RELATIONS_SLUG,
    where: { or: [{ from: { in: ids } }, { to: { in: ids } }] },
    depth: 1,
    limit: 500 * ids.length,
    overrideAccess: false,
    pagination: false,
  })
  for (const row of rows as unknown as RelationRow[]) {
    for (const id of new Set([endId(row.from), endId(row.to)])) byDoc.get(id)?.push(row)
  }
  return byDoc
}

/** A legal document with its outgoing and incoming relations to other published documents. */
export async function serializeLegalDocument(doc: LegalDocument, payload: Payload) {
  const rows = (await relationsOf([doc.id], payload)).get(doc.id) ?? []
  return legalDocumentRecord(doc, rows)
}

/** Several legal documents (a list page, a change-feed page) with their relations in one query. */
export async function serializeLegalDocuments(docs: LegalDocument[], payload: Payload) {
  const byDoc = await relationsOf(
    docs.map((d) => d.id),
    payload,
  )
  return docs.map((doc) => legalDocumentRecord(doc, byDoc.get(doc.id) ?? []))
}

function legalDocumentRecord(doc: LegalDocument, rows: RelationRow[]) {
  const relations = rows.flatMap((row) => {
    const outgoing = endId(row.from) === doc.id
    const other = outgoing ? row.to : row.from
    if (!other || typeof other !== 'object' || other.workflowState !== 'published') return []
    return [
      {
        direction: outgoing ? ('outgoing' as const) : ('incoming' as const),
        relation: row.type,
        provision: row.provision ?? null,
        document: {
          id: other.id,
          number: other.number,
          title: other.title,
          url: absoluteUrl(documentPath(other.slug || String(other.id))),
        },
      },
    ]
  })
  const status = doc.status ?? 'chua-xac-dinh'
  const pageUrl = absoluteUrl(documentPath(doc.slug || String(doc.id)))
  return {
    id: doc.id,
    identifier: `legal-document:${doc.id}`,
    type: 'legal-document' as const,
    url: absoluteUrl(documentPath(doc.slug || String(doc.id))),
    number: doc.number,
    documentType: { code: doc.type, name: DOCUMENT_TYPES.find((t) => t.value === doc.type)?.label ?? doc.type },
    title: doc.title,
    issuer: doc.issuer,
    signer: doc.signer ?? null,
    signerTitle: doc.signerTitle ?? null,
    scope: doc.scope ?? null,
    issuedAt: vnDay(doc.issuedAt)!,
    effectiveAt: vnDay(doc.effectiveAt),
    expiresAt: vnDay(doc.expiresAt),
    status: { code: status, name: statusLabel(status) },
    fields: terms(doc.fields as LegalField[]),
    congBao:
      doc.congBaoNumber || doc.congBaoDate ? { number: doc.congBaoNumber ?? null, date: vnDay(doc.congBaoDate) } : null,
    text: doc.text ?? null,
    structure: structureOf(doc.structure, pageUrl),
    relations,
    publishedAt: iso(doc.publishedAt) ?? iso(doc.createdAt)!,
    updatedAt: iso(doc.updatedAt)!,
  }
}

/** A published question: the public wording and the answer only, never the asker or the original. */
export function serializeQuestion(doc: Question) {
  return {
    id: doc.id,
    identifier: `question:${doc.id}`,
    type: 'question' as const,
    url: absoluteUrl(questionPath(doc.slug || String(doc.id))),
    title: doc.title,
    question: doc.body,
    answer: lexicalToPlainText(doc.answer),
    field: term(doc.field as LegalField | null),
    area: term(doc.area as Area | null),
    audiences: terms(doc.audiences as Audience[]),
    citations: citations(doc.citations),
    publishedAt: iso(doc.publishedAt) ?? iso(doc.updatedAt)!,
    updatedAt: iso(doc.updatedAt)!,
  }
}

type Citation = { document: number | LegalDocument; article?: string | null; anchor?: string | null }

/** Citations of legal documents, to the cited article's anchor; unpublished targets are left out. */
export const citations = (values: Citation[] | null | undefined) =>
  (values ?? []).flatMap((c) => {
    const target = c.document
    if (!target || typeof target !== 'object' || target.workflowState !== 'published') return []
    const anchor = c.anchor ? `#${c.anchor}` : ''
    return [
      {
        documentId: target.id,
        number: target.number,
        article: c.article ?? null,
        url: absoluteUrl(documentPath(target.slug || String(target.id)) + anchor),
      },
    ]
  })

const image = (value: number | Media | null | undefined) =>
  value && typeof value === 'object' && value.url ? { url: absoluteUrl(value.url), alt: value.alt } : null

/** A library file the visitor may read (access rules return only an id otherwise). */
const file = (value: number | LibraryFile | null | undefined) =>
  value && typeof value === 'object' && value.url
    ? { url: absoluteUrl(value.url), mimeType: value.mimeType ?? null, size: value.filesize ?? null }
    : null

/** A legal situation: the story, question, analysis and answer, with its legal basis (no quiz keys). */
export function serializeSituation(doc: LegalSituation) {
  return {
    id: doc.id,
    identifier: `legal-situation:${doc.id}`,
    type: 'legal-situation' as const,
    url: absoluteUrl(situationPath(doc.slug || String(doc.id))),
    title: doc.title,
    summary: doc.summary ?? null,
    scenario: doc.scenario,
    question: doc.question,
    analysis: lexicalToPlainText(doc.analysis),
    answer: lexicalToPlainText(doc.answer),
    image: image(doc.image),
    fields: terms(doc.fields as LegalField[]),
    audiences: terms(doc.audiences as Audience[]),
    citations: citations(doc.citations),
    publishedAt: iso(doc.publishedAt) ?? iso(doc.createdAt)!,
    updatedAt: iso(doc.updatedAt)!,
  }
}

/** A library item (video, audio, infographic, e-book) with its public files. */
export function serializeLibraryItem(doc: LibraryItem) {
  const youtube =
    doc.videoSource === 'youtube' && doc.youtubeId ? `https://www.youtube.com/watch?v=${doc.youtubeId}` : null
  return {
    id: doc.id,
    identifier: `library-item:${doc.id}`,
    type: 'library-item' as const,
    url: absoluteUrl(libraryPath(doc.slug || String(doc.id))),
    kind: doc.kind,
    title: doc.title,
    summary: doc.summary,
    description: doc.longDescription ?? null,
    transcript: doc.transcript ?? null,
    author: doc.author ?? null,
    publisher: doc.publisher ?? null,
    year: doc.year ?? null,
    pages: doc.pages ?? null,
    durationSeconds: doc.durationSeconds ?? null,
    image: image(doc.cover ?? doc.poster ?? doc.image),
    media: file(doc.videoFile ?? doc.audioFile ?? doc.pdfFile),
    externalVideo: youtube,
    captions:
      doc.kind === 'video' && doc.videoSource !== 'youtube'
        ? (doc.captions ?? []).flatMap((c) => {
            const vtt = file(c.file)
            return vtt ? [{ url: vtt.url, language: c.language }] : []
          })
        : [],
    fields: terms(doc.fields as LegalField[]),
    audiences: terms(doc.audiences as Audience[]),
    areas: terms(doc.areas as Area[]),
    legalBasis: citations(doc.legalBasis),
    publishedAt: iso(doc.publishedAt) ?? iso(doc.createdAt)!,
    updatedAt: iso(doc.updatedAt)!,
  }
}
