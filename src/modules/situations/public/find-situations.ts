import type { Payload, Where } from 'payload'
import { createSearchEngine } from '@/modules/search/engine'
import type { LegalSituation } from '@/payload-types'
import { PAGE_SIZE, type Paged } from '@/shared/content/published'
import { SITUATIONS_SLUG } from '../constants'
import type { SituationListParams } from './list-params'

export type Term = { id: number; slug: string; title: string }

export type SituationCard = {
  id: number
  title: string
  slug: string
  summary: string
  publishedAt: string | null
  fieldTitles: string[]
  hasQuiz: boolean
}

export type SituationListData = { list: Paged<SituationCard>; fields: Term[]; audiences: Term[] }

const visitor = { overrideAccess: false, user: null } as const
/** Ranked situations a text search considers; a province publishes tens or hundreds. */
const SEARCH_DEPTH = 200
const CARD_SELECT = {
  title: true,
  slug: true,
  summary: true,
  question: true,
  publishedAt: true,
  fields: true,
  quiz: { id: true },
} as const

const excerpt = (text: string, max = 240): string => (text.length > max ? `${text.slice(0, max).trimEnd()}…` : text)

function toCard(doc: LegalSituation): SituationCard {
  return {
    id: doc.id,
    title: doc.title,
    slug: doc.slug ?? String(doc.id),
    summary: excerpt(doc.summary?.trim() || doc.question || ''),
    publishedAt: doc.publishedAt ?? null,
    fieldTitles: (doc.fields ?? []).flatMap((f) => (typeof f === 'object' && f ? [f.title] : [])),
    hasQuiz: (doc.quiz ?? []).length > 0,
  }
}

async function terms(payload: Payload, collection: 'legal-fields' | 'audiences'): Promise<Term[]> {
  const found = await payload.find({
    collection,
    sort: 'order',
    pagination: false,
    depth: 0,
    select: { slug: true, title: true },
    ...visitor,
  })
  return found.docs.map((d) => ({ id: d.id, slug: d.slug ?? String(d.id), title: d.title }))
}

/**
 * The public list: published situations (the collection's read rule keeps the rest out), by legal
 * field and audience, newest first, or ranked by the site's search engine when a text is given.
 * Null when a filter names no known field or audience.
 */
export async function findSituationList(
  payload: Payload,
  params: SituationListParams,
): Promise<SituationListData | null> {
  const [fields, audiences] = await Promise.all([terms(payload, 'legal-fields'), terms(payload, 'audiences')])
  const field = params.field ? fields.find((f) => f.slug === params.field) : null
  const audience = params.audience ? audiences.find((a) => a.slug === params.audience) : null
  if (field === undefined || audience === undefined) return null
  const filters: Where[] = []
  if (field) filters.push({ fields: { in: [field.id] } })
  if (audience) filters.push({ audiences: { in: [audience.id] } })
  const common = { depth: 1, select: CARD_SELECT, populate: { 'legal-fields': { title: true } }, ...visitor } as const

  if (params.query) {
    const ranked = await createSearchEngine(payload).search({
      query: params.query,
      limit: SEARCH_DEPTH,
      filters: { collection: SITUATIONS_SLUG },
    })
    const ids = ranked.hits.map((h) => Number(h.docId)).filter((id) => Number.isInteger(id))
    const found = ids.length
      ? await payload.find({
          collection: SITUATIONS_SLUG,
          where: { and: [{ id: { in: ids } }, ...filters] },
          pagination: false,
          ...common,
        })
      : { docs: [] as LegalSituation[] }
    const byId = new Map(found.docs.map((d) => [d.id, d as LegalSituation]))
    const ordered = ids.map((id) => byId.get(id)).filter((d): d is LegalSituation => !!d)
    const totalPages = Math.max(1, Math.ceil(ordered.length / PAGE_SIZE))
    return {
      fields,
      audiences,
      list: {
        docs: ordered.slice((params.page - 1) * PAGE_SIZE, params.page * PAGE_SIZE).map(toCard),
        page: params.page,
        totalPages,
        totalDocs: ordered.length,
      },
    }
  }

  const result = await payload.find({
    collection: SITUATIONS_SLUG,
    where: filters.length ? { and: filters } : undefined,
    sort: ['-publishedAt', '-id'],
    page: params.page,
    limit: PAGE_SIZE,
    ...common,
  })
  return {
    fields,
    audiences,
    list: {
      docs: result.docs.map((d) => toCard(d as LegalSituation)),
      page: result.page ?? params.page,
      totalPages: Math.max(1, result.totalPages),
      totalDocs: result.totalDocs,
    },
  }
}
