import type { Metadata } from 'next'
import { checkQuery, siteSearch } from '@/modules/search'
import { parseSearchFilters } from '@/modules/search/server/parse-filters'
import { SearchResults } from '@/modules/search/ui/search-results'
import { parsePage } from '@/shared/content/published'
import { Breadcrumbs } from '@/shared/ui/breadcrumbs'

export const metadata: Metadata = { title: 'Tìm kiếm', robots: { index: false, follow: true } }

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export default async function SearchPage({ searchParams }: Props) {
  const params = await searchParams
  const raw = Array.isArray(params.q) ? params.q[0] : params.q
  const checked = raw === undefined ? null : checkQuery(raw)
  const filters = parseSearchFilters(params)
  const page = parsePage(Array.isArray(params.trang) ? params.trang[0] : params.trang) ?? 1
  const error = (checked && !checked.ok ? checked.message : null) ?? (filters.ok ? null : filters.message)
  const result =
    checked?.ok && filters.ok
      ? await siteSearch.search({ query: checked.query, page, limit: 20, filters: filters.filters })
      : null
  return (
    <>
      <Breadcrumbs items={[{ label: 'Tìm kiếm' }]} />
      <h1>Tìm kiếm</h1>
      <form method="get" action="/tim-kiem" role="search" className="app-filter">
        {error ? (
          <div className="app-error-summary" role="alert" id="search-error">
            <p>{error}</p>
          </div>
        ) : null}
        <div className="app-filter__field app-filter__field--wide">
          <label htmlFor="search-q">Từ khóa, số hiệu văn bản (có thể gõ không dấu)</label>
          <input
            id="search-q"
            name="q"
            type="search"
            defaultValue={checked?.ok ? checked.query : ''}
            maxLength={200}
            aria-describedby={error ? 'search-error' : undefined}
          />
        </div>
        <button type="submit">Tìm kiếm</button>
      </form>
      {result && filters.ok ? <SearchResults result={result} filters={filters.filters} /> : null}
    </>
  )
}
