import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'
import { refreshActivityMonths } from '../server/aggregate'

/** Keeps the monthly rollups of the statistics current: the months of the old and new date. */
export const refreshRollupsAfterChange: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  const before = (previousDoc ?? {}) as { date?: string | null }
  await refreshActivityMonths(req.payload, req, doc.id as number, [doc.date as string, before.date], operation)
  return doc
}

export const refreshRollupsAfterDelete: CollectionAfterDeleteHook = async ({ id, doc, req }) => {
  await refreshActivityMonths(req.payload, req, id, [(doc as { date?: string | null }).date], 'delete')
}
