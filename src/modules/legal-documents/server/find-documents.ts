import type { Where } from 'payload'
import type { LegalDocument } from '@/payload-types'
import { portalPayload } from '@/shared/content/payload'
import { LEGAL_DOCUMENTS_SLUG } from '../constants'
import { computeFacets, type FacetRow, type FacetTerm, type Facets } from './facets'
import type { DocumentFilters } from './list-params'

export const LIST_PAGE_SIZE = 20

/** The columns a list shows; never the full text or its tree. */
export const LIST_SELECT = {
  slug: true,
  displayTitle: true,
  title: true,
  number: true,
  type: true,
  issuer: true,
  issuedAt: true,
  effectiveAt: true,
  expiresAt: true,
  status: true,
  effectChangedAt: true,
} as const

export type DocumentListItem = Pick<LegalDocument, 'id' | keyof typeof LIST_SELECT>

export type DocumentList = {
  docs: DocumentListItem[]
  page: number
  totalPages: number
  totalDocs: number
}

export async function legalFieldTerms(): Promise<FacetTerm[]> {
  const payload = await portalPayload()
  const found = await payload.find({
    collection: 'legal-fields',
    limit: 500,
    pagination: false,
    depth: 0,
    sort: 'order',
    select: { title: true, slug: true },
    overrideAccess: false,
    user: null,
  })
  return found.docs.map((d) => ({ id: d.id, slug: d.slug ?? String(d.id), title: d.title }))
}

function whereOf(filters: DocumentFilters, terms: FacetTerm[]): Where | null {
  const and: Where[] = []
  if (filters.type) and.push({ type: { equals: filters.type } })
  if (filters.issuer) and.push({ issuerKey: { equals: filters.issuer } })
  if (filters.year) and.push({ issuedYear: { equals: filters.year } })
  if (filters.status) and.push({ status: { equals: filters.status } })
  if (filters.field) {
    const term = terms.find((t) => t.slug === filters.field)
    if (!term) return null
    and.push({ fields: { in: [term.id] } })
  }
  return and.length > 0 ? { and } : {}
}

/** Published documents as an anonymous visitor sees them (the read rule keeps drafts out). */
export async function findDocumentPage(args: {
  where: Where
  sort: string
  page: number
  limit?: number
}): Promise<DocumentList> {
  const payload = await portalPayload()
  const result = await payload.find({
    collection: LEGAL_DOCUMENTS_SLUG,
    where: args.where,
    sort: [args.sort, '-id'],
    page: args.page,
    limit: args.limit ?? LIST_PAGE_SIZE,
    depth: 0,
    select: LIST_SELECT,
    joins: false,
    overrideAccess: false,
    user: null,
  })
  return {
    docs: result.docs as DocumentListItem[],
    page: result.page ?? 1,
    totalPages: Math.max(1, result.totalPages),
    totalDocs: result.totalDocs,
  }
}

async function loadFacetRows(): Promise<FacetRow[]> {
  const payload = await portalPayload()
  const found = await payload.find({
    collection: LEGAL_DOCUMENTS_SLUG,
    pagination: false,
    depth: 0,
    select: { type: true, issuer: true, issuerKey: true, issuedYear: true, fields: true, status: true },
    joins: false,
    overrideAccess: false,
    user: null,
  })
  return found.docs.map((d) => ({
    type: d.type,
    issuer: d.issuer,
    issuerKey: d.issuerKey ?? null,
    issuedYear: d.issuedYear ?? null,
    fields: (d.fields ?? []).map((f) => (typeof f === 'object' ? f.id : f)),
    status: d.status ?? null,
  }))
}

let facetCache: { signature: string; rows: FacetRow[] } | null = null

/**
 * The facet columns of every published document. Reading thousands of documents through the Local
 * API takes about half a second, so the rows are kept in memory and read again only when the
 * published set changes: its size or its latest update (two indexed queries) tell.
 */
async function facetRows(): Promise<FacetRow[]> {
  const payload = await portalPayload()
  const visitor = { overrideAccess: false, user: null } as const
  const [count, latest] = await Promise.all([
    payload.count({ collection: LEGAL_DOCUMENTS_SLUG, ...visitor }),
    payload.find({
      collection: LEGAL_DOCUMENTS_SLUG,
      limit: 1,
      depth: 0,
      sort: '-updatedAt',
      select: { updatedAt: true },
      joins: false,
      ...visitor,
    }),
  ])
  const signature = `${count.totalDocs}|${latest.docs[0]?.updatedAt ?? ''}`
  if (facetCache?.signature === signature) return facetCache.rows
  const rows = await loadFacetRows()
  facetCache = { signature, rows }
  return rows
}

/**
 * The filtered list and the counts of every filter value. Facets are counted in memory over the
 * facet columns of all published documents (see facetRows); the search engine will take this over.
 */
export async function findDocumentList(
  filters: DocumentFilters,
): Promise<{ list: DocumentList; facets: Facets; terms: FacetTerm[] }> {
  const terms = await legalFieldTerms()
  const where = whereOf(filters, terms)
  const sort = filters.sort === 'hieu-luc' ? '-effectiveAt' : '-issuedAt'
  const [list, rows] = await Promise.all([
    where === null
      ? Promise.resolve({ docs: [], page: 1, totalPages: 1, totalDocs: 0 })
      : findDocumentPage({ where, sort, page: filters.page }),
    facetRows(),
  ])
  return { list, facets: computeFacets(rows, filters, terms), terms }
}
