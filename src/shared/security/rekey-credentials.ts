import type { CollectionSlug, Payload, PayloadRequest } from 'payload'
import { openSecret, sealSecret } from './secret-box'
import { currentSecret, isSealed, previousSecret, secretsToCheck, type RekeyCount } from './secrets'

type CredentialFields = ReadonlyArray<{ field: string; purpose: string }>
type Options = { dryRun?: boolean; req?: Partial<PayloadRequest> }

async function rowsWithCredentials(
  payload: Payload,
  collection: CollectionSlug,
  fields: CredentialFields,
  req?: Options['req'],
) {
  const { docs } = await payload.db.find({
    collection,
    where: { or: fields.map(({ field }) => ({ [field]: { exists: true } })) },
    pagination: false,
    limit: 0,
    req,
  })
  return docs as Array<Record<string, unknown>>
}

const storedValue = (doc: Record<string, unknown>, field: string): string | null =>
  typeof doc[field] === 'string' && doc[field] ? (doc[field] as string) : null

/**
 * After a secret rotation, or on a database written before credentials were sealed (the upgrade
 * migration): seals again, under the current secret, every credential field of `collection` that is
 * sealed under the previous secret or still kept in clear. Values sealed under neither are counted
 * and left alone. `dryRun` only counts. A storage-level rewrite: no hooks, no versions (the rotation
 * audits itself).
 */
export async function rekeyCredentials(
  payload: Payload,
  collection: CollectionSlug,
  fields: CredentialFields,
  options: Options = {},
): Promise<RekeyCount> {
  const previous = previousSecret()
  const count: RekeyCount = { current: 0, rekeyed: 0, unreadable: 0 }
  for (const doc of await rowsWithCredentials(payload, collection, fields, options.req)) {
    const data: Record<string, string> = {}
    for (const { field, purpose } of fields) {
      const stored = storedValue(doc, field)
      if (!stored) continue
      // The secret is read only when there is something to open or seal (a fresh database migrates
      // without one).
      if (isSealed(stored) && openSecret(currentSecret(), purpose, stored) !== null) {
        count.current++
        continue
      }
      const plain = !isSealed(stored) ? stored : previous ? openSecret(previous, purpose, stored) : null
      if (plain === null) {
        count.unreadable++
        continue
      }
      count.rekeyed++
      data[field] = sealSecret(currentSecret(), purpose, plain)
    }
    if (!options.dryRun && Object.keys(data).length > 0) {
      await payload.db.updateOne({ collection, id: doc.id as number, data, req: options.req, returning: false })
    }
  }
  return count
}

/** The upgrade migration's way back: credentials sealed under the current (or previous) secret in clear again. */
export async function revealCredentials(
  payload: Payload,
  collection: CollectionSlug,
  fields: CredentialFields,
  options: Pick<Options, 'req'> = {},
): Promise<number> {
  let revealed = 0
  for (const doc of await rowsWithCredentials(payload, collection, fields, options.req)) {
    const data: Record<string, string> = {}
    for (const { field, purpose } of fields) {
      const stored = storedValue(doc, field)
      if (!stored || !isSealed(stored)) continue
      for (const secret of secretsToCheck()) {
        const plain = openSecret(secret, purpose, stored)
        if (plain !== null) {
          data[field] = plain
          break
        }
      }
    }
    if (Object.keys(data).length > 0) {
      await payload.db.updateOne({ collection, id: doc.id as number, data, req: options.req, returning: false })
      revealed++
    }
  }
  return revealed
}
