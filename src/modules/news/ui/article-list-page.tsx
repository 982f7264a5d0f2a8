import type { ReactNode } from 'react'
import type { Article } from '@/payload-types'
import type { Paged } from '@/shared/content/published'
import { Breadcrumbs, type Crumb } from '@/shared/ui/breadcrumbs'
import { Pagination } from '@/shared/ui/pagination'
import { ArticleCard } from './article-card'

/** A titled, paginated list of articles (sections, news, taxonomy pages). */
export function ArticleListPage(props: {
  title: string
  description?: string | null
  crumbs: Crumb[]
  result: Paged<Article>
  hrefFor: (page: number) => string
  extra?: ReactNode
}) {
  const { title, description, crumbs, result, hrefFor, extra } = props
  return (
    <>
      <Breadcrumbs items={crumbs} />
      <h1>
        {title}
        {result.page > 1 ? <span className="app-muted"> – trang {result.page}</span> : null}
      </h1>
      {description ? <p className="app-lead">{description}</p> : null}
      {extra}
      {result.docs.length === 0 ? (
        <p>Chưa có bài viết nào.</p>
      ) : (
        <div className="app-grid app-grid--list">
          {result.docs.map((a) => (
            <ArticleCard key={a.id} article={a} headingLevel={2} />
          ))}
        </div>
      )}
      <Pagination page={result.page} totalPages={result.totalPages} hrefFor={hrefFor} />
    </>
  )
}
