import type { CollectionBeforeChangeHook } from 'payload'
import { LEGAL_DOCUMENTS_SLUG, NOT_IN_FORCE, statusLabel } from '../constants'

type CitationRow = { document?: unknown }

const idOf = (value: unknown): number | string | null =>
  value && typeof value === 'object'
    ? ((value as { id?: number | string }).id ?? null)
    : ((value as number | string) ?? null)

/**
 * Warns at the moment of citing: a cited document that is already not (fully) in force gets a
 * warning in the admin (`citationWarning`), so the expert and the approving editor see it before
 * publishing. Later changes are caught by the scheduled legal-basis scan.
 */
export const warnAboutCitations: CollectionBeforeChangeHook = async ({ data, req }) => {
  const rows = (data as { citations?: unknown }).citations
  if (!Array.isArray(rows)) return data
  const ids = [...new Set((rows as CitationRow[]).map((r) => idOf(r.document)).filter((id) => id !== null))]
  if (ids.length === 0) {
    ;(data as Record<string, unknown>).citationWarning = null
    return data
  }
  // System lookup: the effect status is public information and the warning is for staff.
  const found = await req.payload.find({
    collection: LEGAL_DOCUMENTS_SLUG,
    where: { id: { in: ids } },
    select: { displayTitle: true, title: true, status: true },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const lines = found.docs.flatMap((doc) => {
    const d = doc as { displayTitle?: string | null; title?: string | null; status?: string | null }
    if (!d.status || !(NOT_IN_FORCE as readonly string[]).includes(d.status)) return []
    return [`${d.displayTitle || d.title || 'Văn bản'}: ${statusLabel(d.status).toLowerCase()}.`]
  })
  ;(data as Record<string, unknown>).citationWarning = lines.length > 0 ? lines.join('\n') : null
  return data
}
