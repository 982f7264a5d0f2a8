import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionBeforeChangeHook } from 'payload'
import { revalidatePublicSite } from '../cache/revalidate'
import { notifyWorkflowChange } from './notify'

/** Stamps the creator on create; keeps it unchanged afterwards. */
export const stampCreator: CollectionBeforeChangeHook = ({ data, operation, req, originalDoc }) => {
  const next = data as Record<string, unknown>
  if (operation === 'create') next.createdBy = req.user?.id ?? null
  else {
    const original = (originalDoc ?? {}) as { createdBy?: unknown }
    const createdBy = original.createdBy
    next.createdBy =
      createdBy && typeof createdBy === 'object' ? (createdBy as { id: unknown }).id : (createdBy ?? null)
  }
  return next
}

/** Refreshes the public cache when a published document changes or stops being published. */
export const revalidateWorkflowDoc: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  req,
  context,
  collection,
}) => {
  const now = (doc as { workflowState?: string }).workflowState
  const before = (previousDoc as { workflowState?: string } | undefined)?.workflowState
  if (!context.disableRevalidate && (now === 'published' || before === 'published')) {
    await revalidatePublicSite(
      req.payload,
      `${collection.slug} ${String((doc as { id: unknown }).id)} ${before} → ${now}`,
      await publicPathsOf(collection.slug, doc as { slug?: unknown }, previousDoc as { slug?: unknown } | undefined),
      req,
    )
  }
  return doc
}

/** The item's public address (and its former one, when the slug changed), for the caching proxy. */
async function publicPathsOf(collection: string, ...docs: ({ slug?: unknown } | undefined)[]): Promise<string[]> {
  // Imported when needed: the modules import these hooks.
  const { searchableCollections } = await import('@/modules')
  const spec = searchableCollections().find((s) => s.collection === collection)
  if (!spec) return []
  return docs.flatMap((d) => (typeof d?.slug === 'string' && d.slug ? [spec.path(d.slug)] : []))
}

export const revalidateWorkflowDelete: CollectionAfterDeleteHook = async ({ doc, req, context, collection }) => {
  if (!context.disableRevalidate && (doc as { workflowState?: string }).workflowState === 'published') {
    await revalidatePublicSite(
      req.payload,
      `${collection.slug} deleted`,
      await publicPathsOf(collection.slug, doc as { slug?: unknown }),
      req,
    )
  }
  return doc
}

/** Mails the people a workflow step concerns (editors on submission, the author on return/publish). */
export const notifyOnTransition: CollectionAfterChangeHook = async ({ doc, previousDoc, req, context, collection }) => {
  const now = (doc as { workflowState?: string }).workflowState
  const before = (previousDoc as { workflowState?: string } | undefined)?.workflowState
  if (context.disableNotifications || now === before) return doc
  await notifyWorkflowChange({
    req,
    collection,
    doc: doc as Record<string, unknown>,
    from: before ?? null,
    to: now ?? 'draft',
  })
  return doc
}

/** Any change to shared public data (taxonomies, units, settings) refreshes the public cache. */
export const revalidateAlways: CollectionAfterChangeHook = async ({ doc, req, context, collection }) => {
  if (!context.disableRevalidate) await revalidatePublicSite(req.payload, `${collection.slug} changed`, [], req)
  return doc
}

export const revalidateAlwaysOnDelete: CollectionAfterDeleteHook = async ({ doc, req, context, collection }) => {
  if (!context.disableRevalidate) await revalidatePublicSite(req.payload, `${collection.slug} deleted`, [], req)
  return doc
}
