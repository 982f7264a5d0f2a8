import type { MetadataRoute } from 'next'
import { absoluteUrl } from '@/shared/ui/site-url'

export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: '*', allow: '/', disallow: ['/admin', '/api/', '/tim-kiem'] }],
    sitemap: absoluteUrl('/sitemap.xml'),
  }
}
