import type { CollectionSlug, Payload, TypedUser } from 'payload'
import { workflowCollections } from '@/modules'
import { isWorkflowState, type WorkflowState } from '@/shared/workflow/states'

export type ReviewItem = {
  collection: string
  label: string
  id: number | string
  title: string
  state: WorkflowState
  updatedAt: string
}

/**
 * Items waiting for the editorial board (submitted), and for a contributor their unit's items that
 * were returned, across every workflow collection, newest first. Reads as the user.
 */
export async function findReviewQueue({ payload, user }: { payload: Payload; user: TypedUser }): Promise<ReviewItem[]> {
  const role = (user as { role?: string }).role
  const states: WorkflowState[] = role === 'contributor' ? ['returned'] : ['submitted']
  const results = await Promise.all(
    workflowCollections().map(async (slug) => {
      const found = await payload.find({
        collection: slug as CollectionSlug,
        where: { workflowState: { in: states } },
        sort: '-updatedAt',
        limit: 50,
        depth: 0,
        overrideAccess: false,
        user,
      })
      const config = payload.collections[slug as CollectionSlug]?.config
      const label = typeof config?.labels?.singular === 'string' ? config.labels.singular : slug
      return found.docs.map((doc) => {
        const d = doc as { id: number | string; title?: string; workflowState?: string; updatedAt: string }
        return {
          collection: slug,
          label,
          id: d.id,
          title: d.title ?? `#${String(d.id)}`,
          state: isWorkflowState(d.workflowState) ? d.workflowState : 'submitted',
          updatedAt: d.updatedAt,
        }
      })
    }),
  )
  return results.flat().sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
}
