import type { Payload } from 'payload'
import type { SearchEntry, SearchFacetValues } from '@/modules/search/engine/types'
import { fieldSlugs } from '@/modules/search/server/entries'
import { documentPath, LEGAL_DOCUMENTS_SLUG } from './constants'
import { DOCUMENT_TYPES } from './parse/document-types'
import { nodeText, walk, type StructureTree } from './parse/structure'

type Doc = Record<string, unknown>

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v : null)

/**
 * The search entries of a published legal document: one for the document (its title, number and
 * preamble) and one per Điều, linking to the article's anchor, so that a question finds the rule.
 */
export async function legalDocumentEntries(doc: Doc, payload: Payload): Promise<SearchEntry[]> {
  const id = doc.id as number | string
  const slug = str(doc.slug) ?? String(id)
  const url = documentPath(slug)
  const title = str(doc.displayTitle) ?? str(doc.title) ?? slug
  const typeLabel = DOCUMENT_TYPES.find((t) => t.value === doc.type)?.label ?? null
  const issuedAt = str(doc.issuedAt)
  const facets: SearchFacetValues = {
    type: typeLabel,
    field: await fieldSlugs(payload, doc.fields),
    status: str(doc.status),
    issuer: str(doc.issuer),
    year: typeof doc.issuedYear === 'number' ? doc.issuedYear : issuedAt ? new Date(issuedAt).getFullYear() : null,
  }
  const base = {
    collection: LEGAL_DOCUMENTS_SLUG,
    docId: id,
    title,
    docNumber: str(doc.number),
    facets,
    publishedAt: issuedAt,
  }
  const tree = (doc.structure ?? null) as StructureTree | null
  const articles = tree ? [...walk(tree.nodes)].filter((n) => n.kind === 'dieu') : []
  const head: SearchEntry = {
    ...base,
    key: `${LEGAL_DOCUMENTS_SLUG}:${String(id)}`,
    url,
    // Without articles (plans, letters) the whole text is the document's own entry.
    body: [str(doc.title), tree?.preamble, articles.length === 0 ? str(doc.text) : null, str(doc.statusNote)]
      .filter(Boolean)
      .join('\n'),
  }
  return [
    head,
    ...articles.map((node) => ({
      ...base,
      key: `${LEGAL_DOCUMENTS_SLUG}:${String(id)}:${node.anchor}`,
      url: `${url}#${node.anchor}`,
      heading: node.heading ? `${node.label}. ${node.heading}` : node.label,
      articleNumber: node.number,
      body: nodeText(node),
    })),
  ]
}
