import type { SearchFacets, SearchFilters, SnippetSegment } from '../engine/types'

/**
 * The site search interface that pages and the JSON API call. Its implementation
 * (server/engine-search.ts) runs the search engine of ../engine on the portal's database.
 */
export type SearchHit = {
  key: string
  collection: string
  /** what the hit is, for people: "Bài viết", "Văn bản"… */
  kind: string
  title: string
  url: string
  heading: string | null
  docNumber: string | null
  articleNumber: string | null
  snippet: SnippetSegment[]
  date: string | null
}

export type SearchResult = {
  query: string
  hits: SearchHit[]
  total: number
  page: number
  totalPages: number
  facets: SearchFacets
  didYouMean?: string
}

export type SiteSearch = {
  search(args: { query: string; page: number; limit: number; filters?: SearchFilters }): Promise<SearchResult>
}

export const SEARCH_MAX_QUERY = 200

export type QueryCheck = { ok: true; query: string } | { ok: false; message: string }

/** Validates a visitor's query: trimmed, NFC, not empty, not too long. */
export function checkQuery(raw: string | string[] | undefined | null): QueryCheck {
  const value = Array.isArray(raw) ? raw[0] : raw
  const query = (value ?? '').normalize('NFC').replace(/\s+/g, ' ').trim()
  if (!query) return { ok: false, message: 'Vui lòng nhập từ khóa cần tìm.' }
  if (query.length > SEARCH_MAX_QUERY)
    return { ok: false, message: `Từ khóa quá dài (tối đa ${SEARCH_MAX_QUERY} ký tự).` }
  return { ok: true, query }
}
