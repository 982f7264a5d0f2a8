import type { MetadataRoute } from 'next'
import type { CollectionSlug } from 'payload'
import { searchableCollections } from '@/modules'
import { getSectionTree, type SectionNode } from '@/modules/taxonomy/server/get-sections'
import { findPublished } from '@/shared/content/published'
import { absoluteUrl } from '@/shared/ui/site-url'

const flatten = (nodes: SectionNode[]): SectionNode[] => nodes.flatMap((n) => [n, ...flatten(n.children)])

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
      const { docs: found } = await findPublished<{ slug?: string; updatedAt: string }>({
        collection: spec.collection as CollectionSlug,
        limit: 5000,
        depth: 0,
      })
      return found
        .filter((d) => d.slug)
        .map((d) => ({ url: absoluteUrl(spec.path(d.slug as string)), lastModified: d.updatedAt }))
    }),
  )
  return [...fixed, ...sections, ...docs.flat()]
}
