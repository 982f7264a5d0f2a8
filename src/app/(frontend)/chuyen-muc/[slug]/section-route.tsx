import Link from 'next/link'
import { notFound } from 'next/navigation'
import { getSectionPage } from '@/modules/news/server/section-page'
import { ArticleListPage } from '@/modules/news/ui/article-list-page'

/** Shared by /chuyen-muc/<slug> and /chuyen-muc/<slug>/trang/<n>. */
export async function SectionRoute({ slug, page }: { slug: string; page: number | null }) {
  if (page === null) notFound()
  const data = await getSectionPage(slug, page)
  if (!data) notFound()
  const { section, trail, result } = data
  const base = `/chuyen-muc/${section.slug}`
  return (
    <ArticleListPage
      title={section.title}
      description={section.summary}
      crumbs={[...trail.map((t) => ({ label: t.title, href: `/chuyen-muc/${t.slug}` })), { label: section.title }]}
      result={result}
      hrefFor={(p) => (p === 1 ? base : `${base}/trang/${p}`)}
      extra={
        <>
          {section.children.length > 0 ? (
            <nav aria-label={`Chuyên mục con của ${section.title}`} className="app-subnav">
              <ul>
                {section.children.map((c) => (
                  <li key={c.id}>
                    <Link href={`/chuyen-muc/${c.slug}`}>{c.title}</Link>
                  </li>
                ))}
              </ul>
            </nav>
          ) : null}
          <p className="app-feed-link">
            <a href={`${base}/rss.xml`}>Theo dõi chuyên mục qua RSS</a>
          </p>
        </>
      }
    />
  )
}
