import type { Metadata } from 'next'
import Link from 'next/link'
import { checkQuery, siteSearch } from '@/modules/search'
import { formatDate } from '@/shared/text/vietnamese'
import { Breadcrumbs } from '@/shared/ui/breadcrumbs'
import { Pagination } from '@/shared/ui/pagination'
import { parsePage } from '@/shared/content/published'

export const metadata: Metadata = { title: 'Tìm kiếm', robots: { index: false, follow: true } }

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export default async function SearchPage({ searchParams }: Props) {
  const params = await searchParams
  const raw = Array.isArray(params.q) ? params.q[0] : params.q
  const checked = raw === undefined ? null : checkQuery(raw)
  const page = parsePage(Array.isArray(params.trang) ? params.trang[0] : params.trang) ?? 1
  const result = checked?.ok ? await siteSearch.search({ query: checked.query, page, limit: 20 }) : null
  const hrefFor = (p: number) => `/tim-kiem?q=${encodeURIComponent(result?.query ?? '')}${p > 1 ? `&trang=${p}` : ''}`
  return (
    <>
      <Breadcrumbs items={[{ label: 'Tìm kiếm' }]} />
      <h1>Tìm kiếm</h1>
      <form method="get" action="/tim-kiem" role="search" className="app-filter">
        {checked && !checked.ok ? (
          <div className="app-error-summary" role="alert" id="search-error">
            <p>{checked.message}</p>
          </div>
        ) : null}
        <div className="app-filter__field app-filter__field--wide">
          <label htmlFor="search-q">Từ khóa (có thể gõ không dấu)</label>
          <input
            id="search-q"
            name="q"
            type="search"
            defaultValue={checked?.ok ? checked.query : ''}
            maxLength={200}
            aria-describedby={checked && !checked.ok ? 'search-error' : undefined}
          />
        </div>
        <button type="submit">Tìm kiếm</button>
      </form>
      {result ? (
        <section aria-labelledby="search-results">
          <h2 id="search-results" role="status">
            {result.total === 0
              ? `Không tìm thấy kết quả cho “${result.query}”`
              : `${result.total} kết quả cho “${result.query}”`}
          </h2>
          {result.total === 0 ? <p>Hãy thử từ khóa ngắn hơn hoặc từ đồng nghĩa.</p> : null}
          <ol className="app-doclist" start={(result.page - 1) * 20 + 1}>
            {result.hits.map((hit) => (
              <li key={`${hit.collection}-${hit.id}`} className="app-doclist__item">
                <h3 className="app-doclist__title">
                  <Link href={hit.url}>{hit.title}</Link>
                </h3>
                <p className="app-doclist__meta">
                  {hit.kind}
                  {hit.date ? ` · ${formatDate(hit.date)}` : ''}
                </p>
                {hit.summary ? <p className="app-doclist__summary">{hit.summary}</p> : null}
              </li>
            ))}
          </ol>
          <Pagination page={result.page} totalPages={result.totalPages} hrefFor={hrefFor} />
        </section>
      ) : null}
    </>
  )
}
