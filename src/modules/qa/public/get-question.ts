import type { Payload } from 'payload'
import { createSearchEngine } from '@/modules/search/engine'
import { documentPath, LEGAL_DOCUMENTS_SLUG } from '@/modules/legal-documents/constants'
import { walk, type StructureNode, type StructureTree } from '@/modules/legal-documents/parse/structure'
import type { LegalDocument, Question } from '@/payload-types'
import { QUESTIONS_SLUG, questionPath } from '../constants'

/** One citation of an answer, with the cited provision's text taken from the document's structure. */
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

export type RelatedQuestion = { title: string; url: string }

export type QuestionPageData = {
  question: Question
  fieldTitle: string | null
  fieldSlug: string | null
  areaTitle: string | null
  audiences: Array<{ title: string; slug: string }>
  unitTitle: string | null
  citations: CitedProvision[]
  related: RelatedQuestion[]
}

const visitor = { overrideAccess: false, user: null } as const
const SLUG = /^[a-z0-9-]{1,160}$/

const titleOf = (value: unknown): string | null =>
  value && typeof value === 'object' && 'title' in value ? String((value as { title: unknown }).title) : null
const slugOf = (value: unknown): string | null =>
  value && typeof value === 'object' && 'slug' in value ? String((value as { slug: unknown }).slug) : null

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

async function citationsOf(payload: Payload, question: Question): Promise<CitedProvision[]> {
  const rows = question.citations ?? []
  const ids = [...new Set(rows.map((c) => (typeof c.document === 'object' ? c.document?.id : c.document)))].filter(
    (id): id is number => typeof id === 'number',
  )
  if (ids.length === 0) return []
  // Only published documents come back for a visitor; a citation of anything else is left out.
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
  return rows.flatMap((c, i) => {
    const id = typeof c.document === 'object' ? c.document?.id : c.document
    const doc = typeof id === 'number' ? byId.get(id) : undefined
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

/** Published questions of the same field, or found by the question's title when there are none. */
async function relatedOf(payload: Payload, question: Question, fieldId: number | null): Promise<RelatedQuestion[]> {
  const fromSearch = await createSearchEngine(payload)
    .search({ query: question.title, limit: 5, filters: { collection: QUESTIONS_SLUG } })
    .then((r) => r.hits.filter((h) => h.docId !== String(question.id)).map((h) => ({ title: h.title, url: h.url })))
    .catch(() => [] as RelatedQuestion[])
  if (fromSearch.length >= 3 || fieldId === null) return fromSearch.slice(0, 4)
  const sameField = await payload.find({
    collection: QUESTIONS_SLUG,
    where: { and: [{ field: { equals: fieldId } }, { id: { not_equals: question.id } }] },
    sort: '-publishedAt',
    limit: 4,
    depth: 0,
    select: { title: true, slug: true },
    ...visitor,
  })
  const seen = new Set(fromSearch.map((r) => r.url))
  const more = sameField.docs
    .filter((d) => d.slug && !seen.has(questionPath(d.slug)))
    .map((d) => ({ title: d.title, url: questionPath(d.slug as string) }))
  return [...fromSearch, ...more].slice(0, 4)
}

/** Everything the page of a published question shows, read as an anonymous visitor; null if none. */
export async function getQuestionPage(payload: Payload, slug: string): Promise<QuestionPageData | null> {
  if (!SLUG.test(slug)) return null
  const found = await payload.find({
    collection: QUESTIONS_SLUG,
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 1,
    populate: {
      'legal-fields': { title: true, slug: true },
      areas: { title: true },
      audiences: { title: true, slug: true },
      units: { title: true },
      'legal-documents': { slug: true },
    },
    ...visitor,
  })
  const question = found.docs[0] as Question | undefined
  if (!question) return null
  const fieldId = typeof question.field === 'object' ? (question.field?.id ?? null) : (question.field ?? null)
  const [citations, related] = await Promise.all([
    citationsOf(payload, question),
    relatedOf(payload, question, fieldId),
  ])
  return {
    question,
    fieldTitle: titleOf(question.field),
    fieldSlug: slugOf(question.field),
    areaTitle: titleOf(question.area),
    audiences: (question.audiences ?? []).flatMap((a) =>
      typeof a === 'object' && a.slug ? [{ title: a.title, slug: a.slug }] : [],
    ),
    unitTitle: titleOf(question.answeringUnit),
    citations,
    related,
  }
}

/**
 * Where a merged question now lives: the published question it was merged into, or null. A system
 * read of two fields (state and target) only: a merged question is not public, but its address
 * may have been shared, and the visitor should land on the answer.
 */
export async function mergedTarget(payload: Payload, slug: string): Promise<string | null> {
  if (!SLUG.test(slug)) return null
  const found = await payload.find({
    collection: QUESTIONS_SLUG,
    where: { and: [{ slug: { equals: slug } }, { status: { equals: 'merged' } }] },
    limit: 1,
    depth: 0,
    select: { duplicateOf: true },
    overrideAccess: true,
  })
  const target = found.docs[0]?.duplicateOf
  const targetId = typeof target === 'object' ? target?.id : target
  if (typeof targetId !== 'number') return null
  const published = await payload.find({
    collection: QUESTIONS_SLUG,
    where: { id: { equals: targetId } },
    limit: 1,
    depth: 0,
    select: { slug: true },
    ...visitor,
  })
  const targetSlug = published.docs[0]?.slug
  return targetSlug ? questionPath(targetSlug) : null
}
