import { sitemapFileResponse } from '@/modules/data-exchange/feeds/sitemaps'

export const revalidate = 3600

/** One sitemap file of the index, e.g. /sitemaps/articles-1.xml. */
export async function GET(_req: Request, { params }: { params: Promise<{ file: string }> }) {
  return sitemapFileResponse((await params).file)
}
