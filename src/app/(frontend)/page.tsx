import type { Metadata } from 'next'
import Link from 'next/link'
import { JsonLd } from '@/modules/data-exchange/feeds/json-ld'
import { feedAlternates } from '@/modules/data-exchange/feeds/sources'
import { governmentOrganizationLd, pageDublinCore } from '@/modules/data-exchange/feeds/structured-data'
import { getSiteSettings } from '@/modules/settings/server/get-site-settings'
import { findAnnouncements, findArticles, findUpcomingEvents } from '@/modules/news/server/queries'
import { ArticleCard } from '@/modules/news/ui/article-card'
import { formatDate, formatDateTime } from '@/shared/text/vietnamese'
import { absoluteUrl } from '@/shared/ui/site-url'

export const revalidate = 3600

/** The home page keeps the layout's title and description, with its Dublin Core elements. */
export async function generateMetadata(): Promise<Metadata> {
  const settings = await getSiteSettings()
  const name = `${settings.siteName} ${settings.provinceName}`
  return {
    alternates: { canonical: absoluteUrl('/'), types: feedAlternates({ kind: 'site' }, name) },
    other: pageDublinCore(settings, {
      title: name,
      path: '/',
      date: null,
      type: 'Collection',
      description: `${settings.siteName} – ${settings.operatorName}`,
    }),
  }
}

export default async function HomePage() {
  const [settings, featured, latest, announcements, events] = await Promise.all([
    getSiteSettings(),
    findArticles({ where: { featured: { equals: true } }, limit: 3 }),
    findArticles({ limit: 9 }),
    findAnnouncements({ limit: 5 }),
    findUpcomingEvents(4),
  ])
  const featuredIds = new Set(featured.docs.map((a) => a.id))
  const latestOnly = latest.docs.filter((a) => !featuredIds.has(a.id)).slice(0, 6)
  return (
    <>
      <JsonLd data={governmentOrganizationLd(settings)} />
      <h1 className="app-visually-hidden">
        {settings.siteName} {settings.provinceName}
      </h1>
      {featured.docs.length > 0 ? (
        <section aria-labelledby="home-featured" className="app-home__featured">
          <h2 id="home-featured" className="app-section-title">
            Tin nổi bật
          </h2>
          <div className="app-grid app-grid--featured">
            {featured.docs.map((a) => (
              <ArticleCard key={a.id} article={a} />
            ))}
          </div>
        </section>
      ) : null}
      <div className="app-home__columns">
        <section aria-labelledby="home-latest">
          <h2 id="home-latest" className="app-section-title">
            Tin mới nhất
          </h2>
          <div className="app-grid">
            {latestOnly.map((a) => (
              <ArticleCard key={a.id} article={a} showImage={false} />
            ))}
          </div>
          <p>
            <Link href="/tin-tuc">Xem tất cả tin bài</Link>
          </p>
        </section>
        <aside className="app-home__aside" aria-label="Thông báo và sự kiện">
          <section aria-labelledby="home-announcements">
            <h2 id="home-announcements" className="app-section-title">
              Thông báo – Giấy mời
            </h2>
            <ul className="app-list">
              {announcements.docs.map((a) => (
                <li key={a.id}>
                  <Link href={`/thong-bao/${a.slug}`}>{a.title}</Link>
                  <span className="app-list__meta">
                    {a.number ? `${a.number} · ` : ''}
                    {formatDate(a.issuedAt)}
                  </span>
                </li>
              ))}
            </ul>
            <p>
              <Link href="/thong-bao">Tất cả thông báo, giấy mời</Link>
            </p>
          </section>
          <section aria-labelledby="home-events">
            <h2 id="home-events" className="app-section-title">
              Sự kiện sắp diễn ra
            </h2>
            {events.docs.length === 0 ? (
              <p>Chưa có sự kiện sắp tới.</p>
            ) : (
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
            )}
            <p>
              <Link href="/su-kien">Lịch sự kiện</Link>
            </p>
          </section>
        </aside>
      </div>
      {settings.nationalLinks && settings.nationalLinks.length > 0 ? (
        <section aria-labelledby="home-national" className="app-home__national">
          <h2 id="home-national" className="app-section-title">
            Hệ thống pháp luật quốc gia
          </h2>
          <ul className="app-quicklinks">
            {settings.nationalLinks.map((l) => (
              <li key={l.id ?? l.url}>
                <a href={l.url} rel="noopener noreferrer">
                  <strong>{l.label}</strong>
                  {l.description ? <span>{l.description}</span> : null}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  )
}
