import type { MetadataRoute } from 'next'
import type { CollectionSlug } from 'payload'
import { searchableCollections } from '@/modules'
import { getSectionTree, type SectionNode } from '@/modules/taxonomy/server/get-sections'
import { portalPayload } from '@/shared/content/payload'
import { absoluteUrl } from '@/shared/ui/site-url'

const flatten = (nodes: SectionNode[]): SectionNode[] => nodes.flatMap((n) => [n, ...flatten(n.children)])

/** The most entries listed per collection (a sitemap file holds at most 50,000). */
export const SITEMAP_LIMIT_PER_COLLECTION = 5000

/**
 * The slug and last change of each published document of a collection, as an anonymous visitor
 * may read them. Only those two columns are selected: a legal document's full text and parsed
 * tree can weigh megabytes, and the sitemap lists thousands of them.
 */
async function publishedSlugs(collection: CollectionSlug): Promise<{ slug?: string | null; updatedAt: string }[]> {
  const payload = await portalPayload()
  const found = await payload.find({
    collection,
    select: { slug: true, updatedAt: true },
    limit: SITEMAP_LIMIT_PER_COLLECTION,
    sort: '-updatedAt',
    depth: 0,
    overrideAccess: false,
    user: null,
  })
  return found.docs as { slug?: string | null; updatedAt: string }[]
}

/** Every public page: fixed pages, sections and each published document of searchable collections. */
export async function buildSitemap(): Promise<MetadataRoute.Sitemap> {
  const fixed = [
    '/',
    '/tin-tuc',
    '/su-kien',
    '/thong-bao',
    '/ke-hoach',
    '/van-ban',
    '/van-ban/moi-ban-hanh',
    '/van-ban/sap-co-hieu-luc',
    '/van-ban/moi-het-hieu-luc',
    '/van-ban/tai-lieu',
    '/danh-ba',
    '/cuoc-thi',
    '/thu-vien',
    '/so-do-trang',
  ].map((p) => ({
    url: absoluteUrl(p),
  }))
  const sections = flatten(await getSectionTree()).map((s) => ({
    url: absoluteUrl(`/chuyen-muc/${s.slug}`),
    lastModified: s.updatedAt,
  }))
  const docs = await Promise.all(
    searchableCollections().map(async (spec) => {
      const found = await publishedSlugs(spec.collection as CollectionSlug)
      return found
        .filter((d) => d.slug)
        .map((d) => ({ url: absoluteUrl(spec.path(d.slug as string)), lastModified: d.updatedAt }))
    }),
  )
  return [...fixed, ...sections, ...docs.flat()]
}
