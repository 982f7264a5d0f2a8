import type { DocumentMaterial } from '@/payload-types'
import { findPublished, findPublishedBySlug, type Paged } from '@/shared/content/published'
import { DOCUMENT_MATERIALS_SLUG } from '../constants'

/** Published companion materials, newest first. */
export function findMaterials(page: number): Promise<Paged<DocumentMaterial>> {
  return findPublished<DocumentMaterial>({ collection: DOCUMENT_MATERIALS_SLUG, sort: '-publishedAt', page, depth: 1 })
}

export function getMaterial(slug: string): Promise<DocumentMaterial | null> {
  return findPublishedBySlug<DocumentMaterial>(DOCUMENT_MATERIALS_SLUG, slug, 1)
}
