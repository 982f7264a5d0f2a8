import type { CollectionAfterChangeHook } from 'payload'
import type { LegalDocument } from '@/payload-types'
import { EFFECT_HISTORY_SLUG } from '../constants'
import { inNestedCalls, isEffectJob } from './context'

type Doc = Pick<LegalDocument, 'id' | 'status' | 'statusNote' | 'effectChangedAt'>

/**
 * Writes a manual row to the effect history when an editor changes a document's status by hand.
 * The effect job writes its own, richer rows (which document, which provision).
 */
export const logManualStatusChange: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  operation,
  req,
  context,
}) => {
  const current = doc as Doc
  const before = previousDoc as Doc | undefined
  if (operation !== 'update' || isEffectJob(context) || !before || before.status === current.status) return doc
  const user = req.user as { name?: string | null; email?: string | null } | null
  // System write on the editor's behalf: contributors may change their draft's status but may not
  // write the history directly.
  await inNestedCalls(req, () =>
    req.payload.create({
      collection: EFFECT_HISTORY_SLUG,
      data: {
        document: current.id,
        action: 'cap-nhat',
        date: current.effectChangedAt ?? new Date().toISOString(),
        fromStatus: before.status ?? null,
        toStatus: current.status ?? null,
        note: current.statusNote ?? null,
        isAutomatic: false,
        recordedBy: user?.name || user?.email || 'Hệ thống',
      },
      overrideAccess: true,
      depth: 0,
      req,
      context: { disableRevalidate: true },
    }),
  )
  return doc
}
