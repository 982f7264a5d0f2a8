import type { SyncRecord, SyncSource } from '@/payload-types'
import { portalPayload } from '@/shared/content/payload'
import { formatDateTime } from '@/shared/text/vietnamese'
import { SYNC_RECORDS_SLUG, type SYNC_TYPES } from '../constants'

type Props = { collection: (typeof SYNC_TYPES)[number]['collection']; id: number }

/**
 * "Nguồn: <source> · xem bản gốc" under a document brought in from another portal, with the time
 * it was fetched. Nothing for a document written here.
 */
export async function SyncProvenance({ collection, id }: Props) {
  const payload = await portalPayload()
  const { docs } = await payload.find({
    collection: SYNC_RECORDS_SLUG,
    where: { and: [{ localCollection: { equals: collection } }, { localId: { equals: id } }] },
    limit: 1,
    depth: 1,
    // Public page: where a published document comes from is public; the rest of the row is not shown.
    overrideAccess: true,
    select: { syncSource: true, sourceUrl: true, fetchedAt: true },
    populate: { 'sync-sources': { name: true } },
  })
  const row = docs[0] as Pick<SyncRecord, 'syncSource' | 'sourceUrl' | 'fetchedAt'> | undefined
  const source = row && typeof row.syncSource === 'object' ? (row.syncSource as Pick<SyncSource, 'name'>) : null
  if (!row || !source) return null
  const href = row.sourceUrl && /^https?:\/\//.test(row.sourceUrl) ? row.sourceUrl : null
  return (
    <aside className="app-sync-provenance" aria-label="Nguồn của nội dung" style={{ overflowWrap: 'anywhere' }}>
      <p>
        Nguồn: <strong>{source.name}</strong>
        {href ? (
          <>
            {' · '}
            <a href={href} rel="noopener external">
              xem bản gốc
            </a>
          </>
        ) : null}
        {row.fetchedAt ? (
          <>
            {' · '}lấy về lúc <time dateTime={row.fetchedAt}>{formatDateTime(row.fetchedAt)}</time>
          </>
        ) : null}
      </p>
    </aside>
  )
}
