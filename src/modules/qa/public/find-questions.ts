import type { Payload, Where } from 'payload'
import { createSearchEngine } from '@/modules/search/engine'
import type { Question } from '@/payload-types'
import { PAGE_SIZE, type Paged } from '@/shared/content/published'
import { QUESTIONS_SLUG } from '../constants'
import type { QaListParams } from './list-params'

export type QuestionCard = Pick<Question, 'id' | 'title' | 'slug' | 'body' | 'publishedAt' | 'viewCount'> & {
  fieldTitle: string | null
}

export type Term = { id: number; slug: string; title: string }
export type QaListData = { list: Paged<QuestionCard>; fields: Term[]; audiences: Term[] }

const visitor = { overrideAccess: false, user: null } as const
/** Ranked questions a text search considers; a province publishes hundreds, not thousands. */
const SEARCH_DEPTH = 200

const CARD_SELECT = { title: true, slug: true, body: true, publishedAt: true, viewCount: true, field: true } as const

function toCard(doc: Question): QuestionCard {
  const field = doc.field && typeof doc.field === 'object' ? doc.field : null
  return {
    id: doc.id,
    title: doc.title,
    slug: doc.slug,
    body: doc.body,
    publishedAt: doc.publishedAt,
    viewCount: doc.viewCount,
    fieldTitle: field?.title ?? null,
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
 * The public Q&A list: published questions (the collection's read rule keeps the rest out), by
 * legal field and audience, newest or most viewed first, or ranked by the search engine when a
 * text is given. Null when a filter names no known field or audience.
 */
export async function findQuestionList(payload: Payload, params: QaListParams): Promise<QaListData | null> {
  const [fields, audiences] = await Promise.all([terms(payload, 'legal-fields'), terms(payload, 'audiences')])
  const field = params.field ? fields.find((f) => f.slug === params.field) : null
  const audience = params.audience ? audiences.find((a) => a.slug === params.audience) : null
  if (field === undefined || audience === undefined) return null
  const filters: Where[] = []
  if (field) filters.push({ field: { equals: field.id } })
  if (audience) filters.push({ audiences: { in: [audience.id] } })

  if (params.query) {
    const ranked = await createSearchEngine(payload).search({
      query: params.query,
      limit: SEARCH_DEPTH,
      filters: { collection: QUESTIONS_SLUG, ...(field ? { field: field.slug } : {}) },
    })
    const ids = ranked.hits.map((h) => Number(h.docId)).filter((id) => Number.isInteger(id))
    const found = ids.length
      ? await payload.find({
          collection: QUESTIONS_SLUG,
          where: { and: [{ id: { in: ids } }, ...filters] },
          pagination: false,
          depth: 1,
          select: CARD_SELECT,
          populate: { 'legal-fields': { title: true } },
          ...visitor,
        })
      : { docs: [] as Question[] }
    const byId = new Map(found.docs.map((d) => [d.id, d as Question]))
    const ordered = ids.map((id) => byId.get(id)).filter((d): d is Question => !!d)
    const totalPages = Math.max(1, Math.ceil(ordered.length / PAGE_SIZE))
    const page = Math.min(params.page, totalPages)
    return {
      fields,
      audiences,
      list: {
        docs: ordered.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE).map(toCard),
        page,
        totalPages,
        totalDocs: ordered.length,
      },
    }
  }

  const result = await payload.find({
    collection: QUESTIONS_SLUG,
    where: filters.length ? { and: filters } : undefined,
    sort: params.sort === 'xem-nhieu' ? ['-viewCount', '-publishedAt'] : ['-publishedAt', '-id'],
    page: params.page,
    limit: PAGE_SIZE,
    depth: 1,
    select: CARD_SELECT,
    populate: { 'legal-fields': { title: true } },
    ...visitor,
  })
  return {
    fields,
    audiences,
    list: {
      docs: result.docs.map((d) => toCard(d as Question)),
      page: result.page ?? 1,
      totalPages: Math.max(1, result.totalPages),
      totalDocs: result.totalDocs,
    },
  }
}
