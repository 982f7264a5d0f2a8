import type { MetadataRoute } from 'next'
import { buildSitemap } from '@/modules/news/server/sitemap'

export const revalidate = 3600

export default function sitemap(): Promise<MetadataRoute.Sitemap> {
  return buildSitemap()
}
