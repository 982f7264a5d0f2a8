import Link from 'next/link'
import { notFound } from 'next/navigation'
import { findArticles, findUpcomingEvents } from '@/modules/news/server/queries'
import { ArticleListPage } from '@/modules/news/ui/article-list-page'
import { formatDateTime } from '@/shared/text/vietnamese'

/** /tin-tuc: every published article, newest first, with upcoming events. */
export async function NewsRoute({ page }: { page: number | null }) {
  if (page === null) notFound()
  const [result, events] = await Promise.all([findArticles({ page }), page === 1 ? findUpcomingEvents(3) : null])
  if (page > result.totalPages) notFound()
  return (
    <ArticleListPage
      title="Tin tức – Sự kiện"
      crumbs={[{ label: 'Tin tức – Sự kiện' }]}
      result={result}
      hrefFor={(p) => (p === 1 ? '/tin-tuc' : `/tin-tuc/trang/${p}`)}
      extra={
        events && events.docs.length > 0 ? (
          <section aria-labelledby="news-events" className="app-callout">
            <h2 id="news-events">Sự kiện sắp diễn ra</h2>
            <ul className="app-list">
              {events.docs.map((e) => (
                <li key={e.id}>
                  <Link href={`/su-kien/${e.slug}`}>{e.title}</Link>
                  <span className="app-list__meta">
                    {formatDateTime(e.startsAt)} · {e.place}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        ) : null
      }
    />
  )
}
