import { getSectionWithTrail, sectionAndDescendantIds } from '@/modules/taxonomy/server/get-sections'
import { findArticles } from './queries'

/** A section, its breadcrumb trail and one page of its (and its subsections') articles. */
export async function getSectionPage(slug: string, page: number) {
  const found = await getSectionWithTrail(slug)
  if (!found) return null
  const result = await findArticles({ where: { section: { in: sectionAndDescendantIds(found.section) } }, page })
  if (page > result.totalPages) return null
  return { ...found, result }
}
