import Link from 'next/link'
import type { ReactNode } from 'react'
import { Breadcrumbs } from './breadcrumbs'
import { Pagination } from './pagination'

export type DocListItem = { id: number | string; href: string; title: string; meta: ReactNode; summary?: string | null }

/** A titled, paginated list of simple documents (events, announcements, plans). */
export function DocList(props: {
  title: string
  intro?: ReactNode
  items: DocListItem[]
  page: number
  totalPages: number
  hrefFor: (page: number) => string
  empty: string
}) {
  const { title, intro, items, page, totalPages, hrefFor, empty } = props
  return (
    <>
      <Breadcrumbs items={[{ label: title }]} />
      <h1>
        {title}
        {page > 1 ? <span className="app-muted"> – trang {page}</span> : null}
      </h1>
      {intro}
      {items.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <ul className="app-doclist">
          {items.map((item) => (
            <li key={item.id} className="app-doclist__item">
              <h2 className="app-doclist__title">
                <Link href={item.href}>{item.title}</Link>
              </h2>
              <p className="app-doclist__meta">{item.meta}</p>
              {item.summary ? <p className="app-doclist__summary">{item.summary}</p> : null}
            </li>
          ))}
        </ul>
      )}
      <Pagination page={page} totalPages={totalPages} hrefFor={hrefFor} />
    </>
  )
}
