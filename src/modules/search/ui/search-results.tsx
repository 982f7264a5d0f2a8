import Link from 'next/link'
import { formatDate } from '@/shared/text/vietnamese'
import { Pagination } from '@/shared/ui/pagination'
import type { SearchFilters } from '../engine/types'
import type { SearchResult } from '../server/site-search'
import { Snippet } from './snippet'

const PAGE_SIZE = 20

function href(query: string, filters: SearchFilters, page = 1): string {
  const p = new URLSearchParams({ q: query })
  if (filters.collection) p.set('nhom', filters.collection)
  if (filters.type) p.set('loai', filters.type)
  if (filters.field) p.set('linh_vuc', filters.field)
  if (filters.status) p.set('hieu_luc', filters.status)
  if (filters.year) p.set('nam', String(filters.year))
  if (page > 1) p.set('trang', String(page))
  return `/tim-kiem?${p.toString()}`
}

/** Results with highlighted snippets, a "did you mean", and filters by kind of content and year. */
export function SearchResults({ result, filters }: { result: SearchResult; filters: SearchFilters }) {
  const { query } = result
  const kinds = result.facets.type.slice(0, 8)
  const years = result.facets.year.slice(0, 8)
  return (
    <section aria-labelledby="search-results">
      <h2 id="search-results" role="status">
        {result.total === 0 ? `Không tìm thấy kết quả cho “${query}”` : `${result.total} kết quả cho “${query}”`}
      </h2>
      {result.didYouMean ? (
        <p>
          Có phải bạn muốn tìm: <Link href={href(result.didYouMean, filters)}>{result.didYouMean}</Link>?
        </p>
      ) : null}
      {result.total === 0 && !result.didYouMean ? <p>Hãy thử từ khóa ngắn hơn hoặc từ đồng nghĩa.</p> : null}
      {kinds.length > 1 || filters.type || years.length > 1 ? (
        <nav aria-label="Lọc kết quả" className="app-subnav">
          <ul>
            {filters.type || filters.year ? (
              <li>
                <Link href={href(query, {})}>Tất cả kết quả</Link>
              </li>
            ) : null}
            {kinds.map((k) => (
              <li key={`t-${k.value}`}>
                <Link
                  href={href(query, { ...filters, type: k.value })}
                  aria-current={filters.type === k.value ? 'true' : undefined}
                >
                  {k.value} ({k.count})
                </Link>
              </li>
            ))}
            {years.map((y) => (
              <li key={`y-${y.value}`}>
                <Link
                  href={href(query, { ...filters, year: Number(y.value) })}
                  aria-current={String(filters.year) === y.value ? 'true' : undefined}
                >
                  Năm {y.value} ({y.count})
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      <ol className="app-doclist" start={(result.page - 1) * PAGE_SIZE + 1}>
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
      <Pagination page={result.page} totalPages={result.totalPages} hrefFor={(p) => href(query, filters, p)} />
    </section>
  )
}
