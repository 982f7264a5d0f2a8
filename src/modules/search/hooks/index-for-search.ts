import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionConfig } from 'payload'
import { removeDocument, syncDocument } from '../server/sync'

/**
 * Keeps the search index in step with publication. A failure is logged and never undoes the
 * editor's change; `npm run search:reindex` rebuilds the index.
 */
const indexOnChange: CollectionAfterChangeHook = async ({ doc, previousDoc, req, context, collection }) => {
  if (context.disableSearchIndex) return doc
  try {
    await syncDocument(
      req.payload,
      collection.slug,
      doc as Record<string, unknown>,
      previousDoc as Record<string, unknown>,
    )
  } catch (err) {
    req.payload.logger.error({ msg: 'Search index update failed', collection: collection.slug, id: doc.id, err })
  }
  return doc
}

const removeOnDelete: CollectionAfterDeleteHook = async ({ doc, req, context, collection }) => {
  if (context.disableSearchIndex) return doc
  try {
    await removeDocument(req.payload, collection.slug, doc as Record<string, unknown>)
  } catch (err) {
    req.payload.logger.error({ msg: 'Search index removal failed', collection: collection.slug, id: doc.id, err })
  }
  return doc
}

export function withSearchIndexing(config: CollectionConfig): CollectionConfig {
  return {
    ...config,
    hooks: {
      ...config.hooks,
      afterChange: [...(config.hooks?.afterChange ?? []), indexOnChange],
      afterDelete: [...(config.hooks?.afterDelete ?? []), removeOnDelete],
    },
  }
}
