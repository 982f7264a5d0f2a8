import { searchableCollections } from '@/modules'
import { portalPayload } from '@/shared/content/payload'
import { createSearchEngine } from '../engine'
import type { SiteSearch } from './site-search'

/** Site search over the search engine; only published documents are ever in the index. */
export const engineSearch: SiteSearch = {
  async search({ query, page, limit, filters }) {
    const payload = await portalPayload()
    const result = await createSearchEngine(payload).search({ query, page, limit, filters })
    const labels = new Map(searchableCollections().map((s) => [s.collection, s.label]))
    return {
      query,
      total: result.total,
      page: result.page,
      totalPages: Math.max(1, result.totalPages),
      facets: result.facets,
      didYouMean: result.didYouMean,
      hits: result.hits.map((h) => ({
        key: h.key,
        collection: h.collection,
        kind: labels.get(h.collection) ?? h.collection,
        title: h.title,
        url: h.url,
        heading: h.heading,
        docNumber: h.docNumber,
        articleNumber: h.articleNumber,
        snippet: h.snippet,
        date: h.publishedAt,
      })),
    }
  },
}
