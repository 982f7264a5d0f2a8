import Link from 'next/link'
import { formatDate } from '@/shared/text/vietnamese'
import { Pagination } from '@/shared/ui/pagination'
import type { SearchFilters } from '../engine/types'
import type { FacetGroup } from '../server/facet-groups'
import { searchHref } from '../server/parse-filters'
import { SEARCH_PAGE_SIZE } from '../server/search-page'
import type { SearchResult } from '../server/site-search'
import { ChosenFilters, SearchFacets } from './search-facets'
import { Snippet } from './snippet'
import './search.css'

/**
 * Results with highlighted snippets, a "did you mean", and filters with counts (kind of content or
 * document type, legal field, effect status, year).
 *
 * Results come first in the page. On a phone the filters sit folded in a <details> ("Lọc kết quả")
 * between the count and the list, so the first results stay above the fold; on a wide screen the
 * same groups stand open in a column after the results (to their right, so the visual order is
 * the reading and tab order). CSS shows one of the two: the hidden one is display:none, so screen
 * readers and the keyboard meet the filters once.
 */
export function SearchResults({
  result,
  filters,
  groups,
}: {
  result: SearchResult
  filters: SearchFilters
  groups: FacetGroup[]
}) {
  const { query } = result
  const hasFilters = groups.some((g) => g.chosen) || Object.values(filters).some((v) => v !== undefined)
  const offersFilters = groups.length > 0
  const active = groups.filter((g) => g.chosen).length
  return (
    <div className={offersFilters ? 'app-search app-search--faceted' : 'app-search'}>
      <section aria-labelledby="search-results" className="app-search__main">
        <h2 id="search-results" role="status">
          {result.total === 0 ? `Không tìm thấy kết quả cho “${query}”` : `${result.total} kết quả cho “${query}”`}
        </h2>
        {result.didYouMean ? (
          <p>
            Có phải bạn muốn tìm: <Link href={searchHref(result.didYouMean, filters)}>{result.didYouMean}</Link>?
          </p>
        ) : null}
        {result.total === 0 && hasFilters ? (
          <p>
            Không có kết quả với bộ lọc đang chọn. <Link href={searchHref(query, {})}>Tìm lại không kèm bộ lọc</Link>.
          </p>
        ) : null}
        {result.total === 0 && !hasFilters && !result.didYouMean ? (
          <p>Hãy thử từ khóa ngắn hơn hoặc từ đồng nghĩa.</p>
        ) : null}
        <ChosenFilters query={query} filters={filters} groups={groups} />
        {offersFilters ? (
          <details className="app-search__filters-narrow">
            <summary>
              Lọc kết quả
              {active > 0 ? <span className="app-search__active"> (đang lọc theo {active} tiêu chí)</span> : null}
            </summary>
            <SearchFacets query={query} filters={filters} groups={groups} idPrefix="hep" />
          </details>
        ) : null}
        {result.hits.length > 0 ? (
          <ol className="app-doclist" start={(result.page - 1) * SEARCH_PAGE_SIZE + 1}>
            {result.hits.map((hit) => (
              <li key={hit.key} className="app-doclist__item">
                <h3 className="app-doclist__title">
                  <Link href={hit.url}>
                    {hit.heading && hit.articleNumber ? `${hit.heading} – ${hit.title}` : hit.title}
                  </Link>
                </h3>
                <p className="app-doclist__meta">
                  {hit.kind}
                  {hit.docNumber ? ` · Số ${hit.docNumber}` : ''}
                  {hit.date ? ` · ${formatDate(hit.date)}` : ''}
                </p>
                <Snippet segments={hit.snippet} />
              </li>
            ))}
          </ol>
        ) : null}
        <Pagination page={result.page} totalPages={result.totalPages} hrefFor={(p) => searchHref(query, filters, p)} />
      </section>
      {offersFilters ? (
        <aside className="app-search__filters-wide" aria-labelledby="search-filters-title">
          <h2 id="search-filters-title">Lọc kết quả</h2>
          <SearchFacets query={query} filters={filters} groups={groups} idPrefix="rong" />
        </aside>
      ) : null}
    </div>
  )
}
