import { Breadcrumbs } from '@/shared/ui/breadcrumbs'
import type { SearchPageData } from '../server/search-page'
import { SearchResults } from './search-results'

/** /tim-kiem: the search form, then the results with their filters. */
export function SearchPageView({ data }: { data: SearchPageData }) {
  const { query, error, filters, result, groups } = data
  return (
    <>
      <Breadcrumbs items={[{ label: 'Tìm kiếm' }]} />
      <h1>Tìm kiếm</h1>
      <form method="get" action="/tim-kiem" role="search" className="app-filter app-search__form">
        {error ? (
          <div className="app-error-summary" role="alert" id="search-error">
            <p>{error}</p>
          </div>
        ) : null}
        <div className="app-filter__field app-filter__field--wide">
          <label htmlFor="search-q">Từ khóa, số hiệu văn bản (có thể gõ không dấu)</label>
          <div className="app-search__row">
            <input
              id="search-q"
              name="q"
              type="search"
              defaultValue={query}
              maxLength={200}
              aria-describedby={error ? 'search-error' : undefined}
            />
            <button type="submit">Tìm kiếm</button>
          </div>
        </div>
      </form>
      {result ? <SearchResults result={result} filters={filters} groups={groups} /> : null}
    </>
  )
}
