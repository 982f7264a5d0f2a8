import type { CollectionSlug, Where } from 'payload'
import { portalPayload } from './payload'

export const PAGE_SIZE = 12
export const MAX_PAGE = 10_000

export type Paged<T> = { docs: T[]; page: number; totalPages: number; totalDocs: number }

/**
 * Published documents of a collection as an anonymous visitor sees them: the collection's read
 * rule (not this function) keeps drafts out.
 */
export async function findPublished<T>(args: {
  collection: CollectionSlug
  where?: Where
  page?: number
  limit?: number
  sort?: string
  depth?: number
}): Promise<Paged<T>> {
  const payload = await portalPayload()
  const result = await payload.find({
    collection: args.collection,
    where: args.where,
    page: args.page ?? 1,
    limit: args.limit ?? PAGE_SIZE,
    sort: args.sort,
    depth: args.depth ?? 1,
    overrideAccess: false,
    user: null,
  })
  return {
    docs: result.docs as T[],
    page: result.page ?? 1,
    totalPages: Math.max(1, result.totalPages),
    totalDocs: result.totalDocs,
  }
}

/** One published document by its slug, or null. */
export async function findPublishedBySlug<T>(collection: CollectionSlug, slug: string, depth = 2): Promise<T | null> {
  if (!/^[a-z0-9-]{1,160}$/.test(slug)) return null
  const result = await findPublished<T>({ collection, where: { slug: { equals: slug } }, limit: 1, depth })
  return result.docs[0] ?? null
}

/** Parses a page number from a URL segment; null when it is not a sensible positive integer. */
export function parsePage(value: string | undefined): number | null {
  if (value === undefined) return 1
  if (!/^[1-9][0-9]{0,4}$/.test(value)) return null
  const page = Number(value)
  return page <= MAX_PAGE ? page : null
}
