import type { Payload } from 'payload'
import { createSearchEngine } from '@/modules/search/engine'
import { resolveCitations, type CitedProvision } from '@/modules/legal-documents/citations/resolve'
import type { Question } from '@/payload-types'
import { QUESTIONS_SLUG, questionPath } from '../constants'

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
    resolveCitations(payload, question.citations),
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
