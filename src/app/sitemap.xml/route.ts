import { sitemapIndexResponse } from '@/modules/data-exchange/feeds/sitemaps'

export const revalidate = 3600

/** The sitemap index: one file per content type (robots.txt points here). */
export function GET() {
  return sitemapIndexResponse()
}
