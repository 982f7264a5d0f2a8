import type { CollectionBeforeChangeHook, FieldHook } from 'payload'
import { nfc, slugify } from '@/shared/text/vietnamese'
import { DOCUMENT_TYPES, NO_NUMBER, parseDocumentNumber, type EffectStatusValue } from '../parse'
import { vnYear } from '../dates'
import { isEffectJob } from './context'

/** Stores the canonical spelling of a valid số ký hiệu ("45/2019/qh14" stays as typed; "Ð" → "Đ"). */
export const normalizeNumberHook: FieldHook = ({ value }) => {
  if (typeof value !== 'string') return value
  const parsed = parseDocumentNumber(value)
  return parsed.ok ? parsed.number.normalized : nfc(value).trim()
}

const LAW_LIKE = new Set(['hien-phap', 'bo-luat', 'luat', 'phap-lenh'])

/** "Bộ luật Lao động 2019"; "Nghị quyết 1682/NQ-UBTVQH15 – Về việc…" for other types. */
export function displayTitleOf(doc: { type?: unknown; number?: unknown; title?: unknown }): string {
  const title = typeof doc.title === 'string' ? doc.title : ''
  const number = typeof doc.number === 'string' && doc.number !== NO_NUMBER ? doc.number : ''
  const label = DOCUMENT_TYPES.find((t) => t.value === doc.type)?.label ?? ''
  if (LAW_LIKE.has(String(doc.type))) return number ? `${title} (${number})` : title
  return [label, number].filter(Boolean).join(' ') + (title ? ` – ${title}` : '')
}

/** The status a new document starts with when none is given: read from its dates. */
export function initialStatus(
  doc: { effectiveAt?: unknown; expiresAt?: unknown },
  now = new Date(),
): EffectStatusValue {
  const effective = typeof doc.effectiveAt === 'string' ? new Date(doc.effectiveAt) : null
  const expires = typeof doc.expiresAt === 'string' ? new Date(doc.expiresAt) : null
  if (!effective || Number.isNaN(effective.getTime())) return 'chua-xac-dinh'
  if (effective > now) return 'chua-co-hieu-luc'
  if (expires && !Number.isNaN(expires.getTime()) && expires <= now) return 'het-hieu-luc-toan-bo'
  return 'con-hieu-luc'
}

/**
 * Fills the derived fields (keys for look-ups and facets, the display title), the starting status
 * of a new document, and the date of a status change an editor makes by hand.
 */
export const deriveDocumentKeys: CollectionBeforeChangeHook = ({ data, originalDoc, operation, context }) => {
  const next = data as Record<string, unknown>
  const merged = { ...(originalDoc ?? {}), ...next } as Record<string, unknown>
  if (typeof merged.number === 'string') {
    const parsed = parseDocumentNumber(merged.number)
    if (parsed.ok) next.numberKey = parsed.number.key
  }
  if (typeof merged.issuer === 'string') next.issuerKey = slugify(merged.issuer)
  next.issuedYear = vnYear(merged.issuedAt as string | undefined)
  next.displayTitle = displayTitleOf(merged)

  if (operation === 'create' && !next.status) next.status = initialStatus(merged)
  const before = (originalDoc as { status?: unknown } | undefined)?.status
  const statusChanged = operation === 'update' && 'status' in next && next.status !== before
  const dateGiven =
    'effectChangedAt' in next && next.effectChangedAt !== (originalDoc as Record<string, unknown>)?.effectChangedAt
  if (statusChanged && !isEffectJob(context) && !dateGiven) next.effectChangedAt = new Date().toISOString()
  return next
}
