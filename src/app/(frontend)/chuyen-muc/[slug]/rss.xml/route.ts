import { findArticles } from '@/modules/news/server/queries'
import { renderRss, RSS_HEADERS } from '@/modules/news/server/rss'
import { getSectionWithTrail, sectionAndDescendantIds } from '@/modules/taxonomy/server/get-sections'

export const revalidate = 3600

export async function GET(_req: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params
  const found = await getSectionWithTrail(slug)
  if (!found) {
    return new Response('Không tìm thấy chuyên mục.', {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    })
  }
  const { docs } = await findArticles({ where: { section: { in: sectionAndDescendantIds(found.section) } }, limit: 30 })
  const body = renderRss({
    title: found.section.title,
    link: `/chuyen-muc/${slug}`,
    description: found.section.summary ?? found.section.title,
    articles: docs,
  })
  return new Response(body, { headers: RSS_HEADERS })
}
