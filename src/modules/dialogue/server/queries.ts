import type { Where } from 'payload'
import type { Dialogue, DialogueComment } from '@/payload-types'
import { portalPayload } from '@/shared/content/payload'
import { findPublished, type Paged } from '@/shared/content/published'
import { DIALOGUE_COMMENTS_SLUG, DIALOGUES_SLUG } from '../constants'
import type { Phase } from '../phase'

export const LIST_SIZE = 10

export type ListFilters = { phase: Phase | null; field: string | null; page: number }

/** The `where` that selects dialogues in a phase, as of `now`. */
export function phaseWhere(phase: Phase | null, now: Date): Where | undefined {
  const at = now.toISOString()
  switch (phase) {
    case 'sap-mo':
      return { opensAt: { greater_than: at } }
    case 'dang-lay-y-kien':
      return { and: [{ opensAt: { less_than_equal: at } }, { closesAt: { greater_than: at } }] }
    case 'da-dong':
      return { and: [{ closesAt: { less_than_equal: at } }, { summaryPublished: { not_equals: true } }] }
    case 'da-cong-bo':
      return { and: [{ closesAt: { less_than_equal: at } }, { summaryPublished: { equals: true } }] }
    default:
      return undefined
  }
}

/**
 * The public list: with no phase chosen, dialogues still collecting comments come first (soonest
 * deadline first), then upcoming ones, then closed ones (latest first).
 */
export async function findDialogues(filters: ListFilters, now = new Date()): Promise<Paged<Dialogue>> {
  const fieldWhere: Where[] = []
  if (filters.field) {
    const payload = await portalPayload()
    const field = await payload.find({
      collection: 'legal-fields',
      where: { slug: { equals: filters.field } },
      limit: 1,
      depth: 0,
      overrideAccess: false,
      user: null,
    })
    fieldWhere.push({ fields: { in: field.docs.map((f) => f.id).concat(-1) } })
  }
  if (filters.phase) {
    const where = phaseWhere(filters.phase, now)
    return findPublished<Dialogue>({
      collection: DIALOGUES_SLUG,
      where: { and: [...(where ? [where] : []), ...fieldWhere] },
      page: filters.page,
      limit: LIST_SIZE,
      sort: filters.phase === 'dang-lay-y-kien' || filters.phase === 'sap-mo' ? 'closesAt' : '-closesAt',
    })
  }
  // Three ordered groups on one paginated list: counted first, then the page is cut across them.
  const groups: { where: Where; sort: string }[] = [
    { where: phaseWhere('dang-lay-y-kien', now)!, sort: 'closesAt' },
    { where: phaseWhere('sap-mo', now)!, sort: 'opensAt' },
    { where: { closesAt: { less_than_equal: now.toISOString() } }, sort: '-closesAt' },
  ]
  const docs: Dialogue[] = []
  let skip = (filters.page - 1) * LIST_SIZE
  let total = 0
  for (const g of groups) {
    const where = { and: [g.where, ...fieldWhere] }
    const count = await findPublished<Dialogue>({ collection: DIALOGUES_SLUG, where, limit: 1, depth: 0 })
    total += count.totalDocs
    if (docs.length >= LIST_SIZE || skip >= count.totalDocs) {
      skip = Math.max(0, skip - count.totalDocs)
      continue
    }
    // Payload pages by page number: fetch enough of this group from its start, then slice.
    const need = skip + (LIST_SIZE - docs.length)
    const part = await findPublished<Dialogue>({
      collection: DIALOGUES_SLUG,
      where,
      sort: g.sort,
      limit: need,
      depth: 1,
    })
    docs.push(...part.docs.slice(skip, need))
    skip = 0
  }
  return { docs, page: filters.page, totalPages: Math.max(1, Math.ceil(total / LIST_SIZE)), totalDocs: total }
}

/**
 * One published dialogue by slug. Linked legal documents and files are populated with the few
 * fields the page shows: a background law carries its whole parsed text otherwise.
 */
export async function getDialogue(slug: string): Promise<Dialogue | null> {
  if (!/^[a-z0-9-]{1,160}$/.test(slug)) return null
  const payload = await portalPayload()
  const found = await payload.find({
    collection: DIALOGUES_SLUG,
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 1,
    populate: {
      'legal-documents': { title: true, displayTitle: true, slug: true },
      files: { title: true, filename: true, url: true },
    },
    overrideAccess: false,
    user: null,
  })
  return found.docs[0] ?? null
}

/** Published comments of a published dialogue, oldest first (the public read rule filters them). */
export async function publishedComments(dialogueId: number): Promise<DialogueComment[]> {
  const result = await findPublished<DialogueComment>({
    collection: DIALOGUE_COMMENTS_SLUG,
    where: { dialogue: { equals: dialogueId } },
    sort: 'createdAt',
    limit: 2000,
    depth: 0,
  })
  return result.docs
}
