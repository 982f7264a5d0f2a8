import type { Payload } from 'payload'
import type { LegalDocument } from '@/payload-types'
import { documentPath, LEGAL_DOCUMENTS_SLUG } from '../constants'
import { walk, type StructureNode, type StructureTree } from '../parse/structure'

/** One citation of a text, with the cited provision's text taken from the document's structure. */
export type CitedProvision = {
  key: string
  docTitle: string
  docNumber: string | null
  docType: string | null
  status: string | null
  label: string
  href: string
  /** the Điều cited (or that holds the cited khoản/điểm), or null when the document has no such anchor */
  node: StructureNode | null
  /** the anchor of the exact provision cited, to mark it inside the Điều */
  anchor: string | null
}

/** A stored citation row (./fields.ts), its document populated or not. */
export type CitationRow = {
  document?: number | { id: number } | null
  article?: string | null
  anchor?: string | null
}

const visitor = { overrideAccess: false, user: null } as const

/**
 * The Điều a citation points into (its whole text gives the context of a cited khoản or điểm), or
 * the exact node when the anchor is not inside an Điều (plans). Null when the document has neither.
 */
function findNode(tree: StructureTree | null, anchor: string | null | undefined): StructureNode | null {
  if (!tree || !anchor) return null
  const article = /^(dieu-[0-9a-z]+?)(?:-khoan-|-diem-|$)/.exec(anchor)?.[1]
  let exact: StructureNode | null = null
  for (const node of walk(tree.nodes)) {
    if (article && node.anchor === article) return node
    if (node.anchor === anchor) exact = node
  }
  return exact
}

const documentIdOf = (row: CitationRow): number | null => {
  const id = typeof row.document === 'object' ? row.document?.id : row.document
  return typeof id === 'number' ? id : null
}

/**
 * The citations as a visitor sees them: each links to the cited provision's anchor on the public
 * document page and carries the provision's text. Only published documents come back for a
 * visitor, so a citation of anything else is left out.
 */
export async function resolveCitations(
  payload: Payload,
  rows: readonly CitationRow[] | null | undefined,
): Promise<CitedProvision[]> {
  const list = rows ?? []
  const ids = [...new Set(list.map(documentIdOf))].filter((id): id is number => id !== null)
  if (ids.length === 0) return []
  const docs = await payload.find({
    collection: LEGAL_DOCUMENTS_SLUG,
    where: { id: { in: ids } },
    pagination: false,
    depth: 0,
    joins: false,
    select: { slug: true, title: true, displayTitle: true, number: true, type: true, status: true, structure: true },
    ...visitor,
  })
  const byId = new Map(docs.docs.map((d) => [d.id, d as LegalDocument]))
  return list.flatMap((c, i) => {
    const id = documentIdOf(c)
    const doc = id !== null ? byId.get(id) : undefined
    if (!doc?.slug) return []
    const node = findNode(doc.structure as StructureTree | null, c.anchor)
    const anchor = c.anchor ?? node?.anchor ?? null
    return [
      {
        key: `${doc.id}-${anchor ?? i}`,
        docTitle: doc.displayTitle ?? doc.title,
        docNumber: doc.number ?? null,
        docType: doc.type ?? null,
        status: doc.status ?? null,
        label: c.article?.trim() || node?.label || 'Toàn văn',
        href: `${documentPath(doc.slug)}${anchor ? `#${anchor}` : ''}`,
        node,
        anchor,
      },
    ]
  })
}
