import type { CollectionSlug, Where } from 'payload'
import { searchableCollections } from '@/modules'
import { portalPayload } from '@/shared/content/payload'
import { foldedWords } from '@/shared/text/vietnamese'
import { SEARCH_MAX_TERMS, type SearchHit, type SiteSearch } from './site-search'

type Doc = {
  id: number | string
  title?: string
  slug?: string
  summary?: string | null
  publishedAt?: string | null
  updatedAt: string
}

/**
 * Diacritics-insensitive search over the folded `searchText` of every searchable collection:
 * every query word must occur (AND), newest first. Runs as an anonymous visitor, so only
 * published documents are found.
 */
export const foldedSearch: SiteSearch = {
  async search({ query, page, limit }) {
    const words = [...new Set(foldedWords(query))].slice(0, SEARCH_MAX_TERMS)
    if (words.length === 0) return { query, hits: [], total: 0, page: 1, totalPages: 1 }
    const where: Where = { and: words.map((w) => ({ searchText: { contains: ` ${w}` } })) }
    const payload = await portalPayload()
    const perCollection = await Promise.all(
      searchableCollections().map(async (spec) => {
        const found = await payload.find({
          collection: spec.collection as CollectionSlug,
          where,
          limit: 200,
          depth: 0,
          sort: '-publishedAt',
          overrideAccess: false,
          user: null,
          select: { title: true, slug: true, summary: true, publishedAt: true, updatedAt: true } as never,
        })
        return found.docs.map((d): SearchHit => {
          const doc = d as unknown as Doc
          return {
            collection: spec.collection,
            kind: spec.label,
            id: doc.id,
            title: doc.title ?? '',
            url: spec.path(doc.slug ?? String(doc.id)),
            summary: doc.summary ?? null,
            date: doc.publishedAt ?? doc.updatedAt,
          }
        })
      }),
    )
    const all = perCollection.flat().sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''))
    const totalPages = Math.max(1, Math.ceil(all.length / limit))
    const current = Math.min(Math.max(1, page), totalPages)
    return {
      query,
      hits: all.slice((current - 1) * limit, current * limit),
      total: all.length,
      page: current,
      totalPages,
    }
  },
}
