import type { SearchFilters } from '../engine/types'
import { portalPayload } from '@/shared/content/payload'
import { parsePage } from '@/shared/content/published'
import { facetGroups, type FacetGroup } from './facet-groups'
import { parseSearchFilters } from './parse-filters'
import { engineSearch } from './engine-search'
import { checkQuery, type SearchResult } from './site-search'

export const SEARCH_PAGE_SIZE = 20

export type SearchPageData = {
  /** the query as checked (NFC, trimmed), or '' when there is none or it was refused */
  query: string
  error: string | null
  filters: SearchFilters
  result: SearchResult | null
  groups: FacetGroup[]
}

type Params = Record<string, string | string[] | undefined>

/** Titles of the legal fields by slug, as a visitor may read them (a public taxonomy). */
async function fieldTitles(): Promise<Map<string, string>> {
  const payload = await portalPayload()
  const found = await payload.find({
    collection: 'legal-fields',
    pagination: false,
    depth: 0,
    select: { title: true, slug: true },
    overrideAccess: false,
    user: null,
  })
  return new Map(found.docs.filter((d) => d.slug).map((d) => [d.slug as string, d.title]))
}

/**
 * Everything /tim-kiem shows: the checked query, the results for it with the filters, and the
 * facet groups (type, legal field, effect status, year) with their counts and labels. A bad query
 * or filter gives a Vietnamese message and no search (the proxy has already answered bad filters
 * with a 400; this covers a render that bypasses it).
 */
export async function loadSearchPage(params: Params): Promise<SearchPageData> {
  const raw = Array.isArray(params.q) ? params.q[0] : params.q
  const checked = raw === undefined ? null : checkQuery(raw)
  const parsed = parseSearchFilters(params)
  const filters = parsed.ok ? parsed.filters : {}
  const page = parsePage(Array.isArray(params.trang) ? params.trang[0] : params.trang) ?? 1
  const error = (checked && !checked.ok ? checked.message : null) ?? (parsed.ok ? null : parsed.message)
  const query = checked?.ok ? checked.query : ''
  if (!checked?.ok || !parsed.ok) return { query, error, filters, result: null, groups: [] }
  const result = await engineSearch.search({ query, page, limit: SEARCH_PAGE_SIZE, filters })
  const needTitles = result.facets.field.length > 0 || Boolean(filters.field)
  const groups = facetGroups(result.facets, filters, needTitles ? await fieldTitles() : new Map())
  return { query, error, filters, result, groups }
}
