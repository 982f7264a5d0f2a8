import type { Where } from 'payload'
import type { LibraryItem } from '@/payload-types'
import { portalPayload } from '@/shared/content/payload'
import { findPublished, findPublishedBySlug, type Paged } from '@/shared/content/published'
import { LIBRARY_ITEMS_SLUG } from '../library/constants'
import type { LibraryFilters } from './library-params'

export const LIBRARY_PAGE_SIZE = 12

/** The id of a published taxonomy term by slug (-1 when none, so the filter matches nothing). */
async function termId(collection: 'legal-fields' | 'audiences', slug: string): Promise<number> {
  const payload = await portalPayload()
  const found = await payload.find({
    collection,
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 0,
    overrideAccess: false,
    user: null,
  })
  return found.docs[0]?.id ?? -1
}

/** Published library items, newest first, filtered by kind, field and audience. */
export async function findLibraryItems(filters: LibraryFilters): Promise<Paged<LibraryItem>> {
  const and: Where[] = []
  if (filters.kind) and.push({ kind: { equals: filters.kind } })
  if (filters.field) and.push({ fields: { in: [await termId('legal-fields', filters.field)] } })
  if (filters.audience) and.push({ audiences: { in: [await termId('audiences', filters.audience)] } })
  return findPublished<LibraryItem>({
    collection: LIBRARY_ITEMS_SLUG,
    where: and.length > 0 ? { and } : undefined,
    page: filters.page,
    limit: LIBRARY_PAGE_SIZE,
    sort: '-publishedAt',
    depth: 1,
  })
}

/** One published item with its files, images, terms and cited documents. */
export function getLibraryItem(slug: string): Promise<LibraryItem | null> {
  return findPublishedBySlug<LibraryItem>(LIBRARY_ITEMS_SLUG, slug, 2)
}

/**
 * Items to suggest under an item: those the editors linked first, then other published items
 * sharing one of its fields, up to `limit`.
 */
export async function findRelatedItems(item: LibraryItem, limit = 4): Promise<LibraryItem[]> {
  const chosen = (item.related ?? []).filter(
    (r): r is LibraryItem => typeof r === 'object' && r !== null && r.workflowState === 'published',
  )
  if (chosen.length >= limit) return chosen.slice(0, limit)
  const fieldIds = (item.fields ?? []).map((f) => (typeof f === 'object' ? f.id : f))
  if (fieldIds.length === 0) return chosen
  const more = await findPublished<LibraryItem>({
    collection: LIBRARY_ITEMS_SLUG,
    where: { and: [{ fields: { in: fieldIds } }, { id: { not_in: [item.id, ...chosen.map((c) => c.id)] } }] },
    limit: limit - chosen.length,
    sort: '-publishedAt',
    depth: 1,
  })
  return [...chosen, ...more.docs]
}
