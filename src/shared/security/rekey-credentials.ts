import type { CollectionSlug, Payload } from 'payload'
import { openSecret, sealSecret } from './secret-box'
import { currentSecret, isSealed, previousSecret, type RekeyCount } from './secrets'

/**
 * After a secret rotation (or on a database written before credentials were sealed): seals again,
 * under the current secret, every credential field of `collection` that is sealed under the previous
 * secret or still kept in clear. Values sealed under neither are counted and left alone. `dryRun`
 * only counts. A storage-level rewrite: no hooks, no versions (the rotation audits itself).
 */
export async function rekeyCredentials(
  payload: Payload,
  collection: CollectionSlug,
  fields: ReadonlyArray<{ field: string; purpose: string }>,
  options: { dryRun?: boolean } = {},
): Promise<RekeyCount> {
  const current = currentSecret()
  const previous = previousSecret()
  const count: RekeyCount = { current: 0, rekeyed: 0, unreadable: 0 }
  const { docs } = await payload.db.find({
    collection,
    where: { or: fields.map(({ field }) => ({ [field]: { exists: true } })) },
    pagination: false,
    limit: 0,
  })
  for (const doc of docs as Array<Record<string, unknown>>) {
    const data: Record<string, string> = {}
    for (const { field, purpose } of fields) {
      const stored = typeof doc[field] === 'string' && doc[field] ? (doc[field] as string) : null
      if (!stored) continue
      if (isSealed(stored) && openSecret(current, purpose, stored) !== null) {
        count.current++
        continue
      }
      const plain = !isSealed(stored) ? stored : previous ? openSecret(previous, purpose, stored) : null
      if (plain === null) {
        count.unreadable++
        continue
      }
      count.rekeyed++
      data[field] = sealSecret(current, purpose, plain)
    }
    if (!options.dryRun && Object.keys(data).length > 0) {
      await payload.db.updateOne({ collection, id: doc.id as number, data, returning: false })
    }
  }
  return count
}
