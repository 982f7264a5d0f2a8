import { getSiteSettings } from '@/modules/settings/server/get-site-settings'
import { findArticles } from '@/modules/news/server/queries'
import { renderRss, RSS_HEADERS } from '@/modules/news/server/rss'

export const revalidate = 3600

export async function GET() {
  const [settings, { docs }] = await Promise.all([getSiteSettings(), findArticles({ limit: 30 })])
  const body = renderRss({
    title: `${settings.siteName} ${settings.provinceName}`,
    link: '/',
    description: `Tin bài mới của ${settings.operatorName}`,
    articles: docs,
  })
  return new Response(body, { headers: RSS_HEADERS })
}
