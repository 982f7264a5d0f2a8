import { LEGAL_DOCUMENTS_SLUG } from '@/modules/legal-documents/constants'
import { vnDay } from '@/modules/legal-documents/dates'
import { getDocumentPage, type DocumentPageData } from '@/modules/legal-documents/server/get-document'
import { portalPayload } from '@/shared/content/payload'
import { getSiteSettings } from '@/modules/settings/server/get-site-settings'
import { provinceCode, type DocumentKey } from './uris'

export type AknSource = DocumentPageData & {
  key: DocumentKey
  /** permanent-identifier keys of the published documents it is related to, by id */
  relatedKeys: Map<number, DocumentKey>
  province: string
  provinceName: string
  siteName: string
  operatorName: string
}

/** The permanent-identifier key of a document: its slug, Vietnamese issue day and scope. */
export function documentKey(
  doc: Pick<DocumentPageData['doc'], 'slug' | 'issuedAt' | 'scope' | 'type'>,
): DocumentKey | null {
  const issuedDay = vnDay(doc.issuedAt)
  if (!doc.slug || !issuedDay) return null
  return { slug: doc.slug, issuedDay, national: doc.scope === 'toan-quoc', type: doc.type }
}

/** The keys of related documents; their scope is not in the relation's populated fields. */
async function relatedKeys(ids: number[]): Promise<Map<number, DocumentKey>> {
  const keys = new Map<number, DocumentKey>()
  if (ids.length === 0) return keys
  const payload = await portalPayload()
  const found = await payload.find({
    collection: LEGAL_DOCUMENTS_SLUG,
    where: { id: { in: [...new Set(ids)] } },
    pagination: false,
    depth: 0,
    select: { slug: true, issuedAt: true, scope: true, type: true },
    overrideAccess: false,
    user: null,
  })
  for (const doc of found.docs) {
    const key = documentKey(doc)
    if (key) keys.set(doc.id, key)
  }
  return keys
}

/**
 * A published document with its relations and history, read as an anonymous visitor (drafts and
 * unpublished documents are never found), plus the settings that name the portal and the province.
 */
export async function loadAknSource(slug: string): Promise<AknSource | null> {
  const [data, settings] = await Promise.all([getDocumentPage(slug), getSiteSettings()])
  if (!data) return null
  const key = documentKey(data.doc)
  if (!key) return null
  return {
    ...data,
    key,
    relatedKeys: await relatedKeys(data.relations.map((r) => r.other.id)),
    province: provinceCode(settings.provinceName),
    provinceName: settings.provinceName,
    siteName: settings.siteName,
    operatorName: settings.operatorName,
  }
}

/** True when an address names this document exactly (jurisdiction and issue day agree). */
export function addressMatches(source: AknSource, jurisdiction: string, issuedDay: string): boolean {
  const expected = source.key.national ? 'vn' : `vn-${source.province}`
  return jurisdiction === expected && issuedDay === source.key.issuedDay
}
