import {
  ValidationError,
  type CollectionBeforeChangeHook,
  type Payload,
  type PayloadRequest,
  type Where,
} from 'payload'
import { fold, formatDate, slugify } from '@/shared/text/vietnamese'
import { DOCUMENT_TYPES, NO_NUMBER, parseDocumentNumber } from '../parse'
import { LEGAL_DOCUMENTS_SLUG } from '../constants'
import { vnDayRange } from '../dates'
import { isEffectJob } from './context'

export type DocumentIdentity = {
  number: string
  type: string
  issuer?: string | null
  issuedAt: string
  title?: string | null
}

type Found = { id: number; title: string; number: string; issuerKey?: string | null }

/**
 * Documents that share the identity (số ký hiệu, loại, cơ quan ban hành, ngày ban hành). Numbers
 * alone are not unique: 49/2010/QH12 is both the Postal Law and a resolution. Without an issuer
 * only number, type and date are compared (the importer's key: sources spell issuers differently).
 * Documents without a number ("Không số") are told apart by their title as well.
 */
export async function findSameDocument(args: {
  payload: Payload
  identity: DocumentIdentity
  excludeId?: number | string | null
  req?: PayloadRequest
}): Promise<Found[]> {
  const { payload, identity, excludeId, req } = args
  const parsed = parseDocumentNumber(identity.number)
  const range = vnDayRange(identity.issuedAt)
  if (!parsed.ok || !range) return []
  const where: Where = {
    and: [
      { numberKey: { equals: parsed.number.key } },
      { type: { equals: identity.type } },
      { issuedAt: { greater_than_equal: range.start } },
      { issuedAt: { less_than: range.end } },
      ...(identity.issuer ? [{ issuerKey: { equals: slugify(identity.issuer) } }] : []),
      ...(excludeId ? [{ id: { not_equals: excludeId } }] : []),
    ],
  }
  // System look-up: a draft of another unit is the same document too.
  const found = await payload.find({
    collection: LEGAL_DOCUMENTS_SLUG,
    where,
    limit: 20,
    depth: 0,
    pagination: false,
    select: { title: true, number: true, issuerKey: true },
    overrideAccess: true,
    req,
  })
  const docs = found.docs as unknown as Found[]
  if (parsed.number.normalized !== NO_NUMBER) return docs
  const title = fold(identity.title ?? '').trim()
  return docs.filter((d) => fold(d.title).trim() === title)
}

/** Refuses a second record of the same document, with a Vietnamese message on the number field. */
export const checkIdentity: CollectionBeforeChangeHook = async ({ data, originalDoc, req, context }) => {
  if (isEffectJob(context)) return data
  const merged = { ...(originalDoc ?? {}), ...(data as Record<string, unknown>) } as Record<string, unknown>
  const { number, type, issuer, issuedAt, title } = merged
  if (typeof number !== 'string' || typeof type !== 'string' || typeof issuedAt !== 'string') return data
  if (typeof issuer !== 'string' || issuer.trim() === '') return data
  const clash = await findSameDocument({
    payload: req.payload,
    identity: { number, type, issuer, issuedAt, title: typeof title === 'string' ? title : null },
    excludeId: (originalDoc as { id?: number } | undefined)?.id,
    req,
  })
  const first = clash[0]
  if (!first) return data
  const typeLabel = DOCUMENT_TYPES.find((t) => t.value === type)?.label ?? 'Văn bản'
  const message =
    `Đã có ${typeLabel.toLowerCase()} ${number === NO_NUMBER ? 'không số' : `số ${number}`} của ${issuer} ban hành ngày ${formatDate(issuedAt)} ` +
    `(“${first.title}”). Mỗi văn bản được xác định bởi số ký hiệu, loại văn bản, cơ quan ban hành và ngày ban hành.`
  throw new ValidationError({ collection: LEGAL_DOCUMENTS_SLUG, errors: [{ path: 'number', message }] }, req.t)
}
