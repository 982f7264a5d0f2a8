import type { Payload } from 'payload'
import { contactHashes } from '@/shared/antispam'
import type { RekeyCount } from '@/shared/security/secrets'
import { CONTEST_ENTRIES_SLUG } from '../constants'

const BATCH = 500

/**
 * After a secret rotation: the key that finds a contestant's entry from their e-mail or phone
 * (contactHash, an HMAC under a key derived from PAYLOAD_SECRET) is computed again under the current
 * secret for every entry still keyed under PAYLOAD_SECRET_PREVIOUS, so that a returning contestant
 * is found once the previous secret is removed. Hashes made under neither (imported, demo) are
 * counted and left alone. `dryRun` only counts. Batches by id, so any number of entries fits.
 */
export async function rehashContestContacts(payload: Payload, options: { dryRun?: boolean } = {}): Promise<RekeyCount> {
  const count: RekeyCount = { current: 0, rekeyed: 0, unreadable: 0 }
  let after = 0
  for (;;) {
    const { docs } = await payload.db.find({
      collection: CONTEST_ENTRIES_SLUG,
      where: { id: { greater_than: after } },
      sort: 'id',
      limit: BATCH,
      pagination: false,
      select: { contact: true, contactHash: true },
    })
    if (docs.length === 0) return count
    for (const doc of docs as Array<{ id: number; contact?: string | null; contactHash?: string | null }>) {
      after = doc.id
      const [current, previous] = doc.contact ? contactHashes(doc.contact) : []
      if (current && doc.contactHash === current) count.current++
      else if (previous && doc.contactHash === previous) {
        count.rekeyed++
        if (!options.dryRun) {
          await payload.db.updateOne({
            collection: CONTEST_ENTRIES_SLUG,
            id: doc.id,
            data: { contactHash: current },
            returning: false,
          })
        }
      } else count.unreadable++
    }
    if (docs.length < BATCH) return count
  }
}
