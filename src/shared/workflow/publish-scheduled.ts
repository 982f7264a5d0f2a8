import type { CollectionSlug, Payload } from 'payload'
import type { WorkflowContext } from './apply-workflow'

export type PublishedItem = { collection: string; id: number | string }

export const SCHEDULER_NAME = 'Hệ thống (xuất bản theo lịch)'

/**
 * Publishes every scheduled document whose time has come. A system job: it reads and writes with
 * overrideAccess, and each publication is written to the document's workflow history.
 */
export async function publishScheduled(
  payload: Payload,
  collections: string[],
  now = new Date(),
): Promise<PublishedItem[]> {
  const done: PublishedItem[] = []
  for (const slug of collections) {
    const due = await payload.find({
      collection: slug as CollectionSlug,
      where: {
        and: [{ workflowState: { equals: 'scheduled' } }, { publishedAt: { less_than_equal: now.toISOString() } }],
      },
      limit: 100,
      depth: 0,
      overrideAccess: true,
    })
    for (const doc of due.docs) {
      const context: WorkflowContext = { systemAction: { action: 'publish', byName: SCHEDULER_NAME } }
      try {
        await payload.update({
          collection: slug as CollectionSlug,
          id: doc.id,
          data: {},
          overrideAccess: true,
          context,
        })
        done.push({ collection: slug, id: doc.id })
      } catch (err) {
        payload.logger.error({ msg: 'Scheduled publication failed', collection: slug, id: doc.id, err })
      }
    }
  }
  return done
}
