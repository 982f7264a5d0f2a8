import type { CollectionBeforeChangeHook, Payload, PayloadRequest } from 'payload'
import { CONTEST_ROUNDS_SLUG } from '../constants'
import { contestPublicName, isMinorAt } from '../public-name'

const idOf = (value: unknown): number | string | null => {
  if (typeof value === 'number' || typeof value === 'string') return value
  if (value && typeof value === 'object' && 'id' in value) return (value as { id: number | string }).id
  return null
}

/**
 * Derives `isMinor` (under 18 when the round opens) and `publicName` whenever the name, the birth
 * date or the round changes, whoever writes the entry (registration, organiser, import). With no
 * birth date the age is unknown: the public name is shortened as for a minor, to be safe.
 */
export async function derivePublicFields(
  payload: Payload,
  merged: Record<string, unknown>,
  req?: PayloadRequest,
): Promise<{ fullName: string; isMinor: boolean; publicName: string }> {
  const fullName = typeof merged.fullName === 'string' ? merged.fullName.normalize('NFC').trim() : ''
  const birth = typeof merged.birthDate === 'string' && merged.birthDate ? new Date(merged.birthDate) : null
  let isMinor = false
  const roundId = idOf(merged.round)
  if (birth && !Number.isNaN(birth.getTime()) && roundId !== null) {
    // A system read: the round's opening date decides the age, whoever writes.
    const round = await payload.findByID({
      collection: CONTEST_ROUNDS_SLUG,
      id: roundId,
      depth: 0,
      overrideAccess: true,
      req,
      select: { opensAt: true },
    })
    isMinor = isMinorAt(birth, new Date(round.opensAt))
  }
  return { fullName, isMinor, publicName: contestPublicName(fullName, isMinor || !birth) }
}

/** Applies derivePublicFields on every write of an entry. */
export const deriveEntryPublicFields: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const merged = { ...(originalDoc ?? {}), ...data } as Record<string, unknown>
  const derived = await derivePublicFields(req.payload, merged, req)
  if (typeof data.fullName === 'string') data.fullName = derived.fullName
  data.isMinor = derived.isMinor
  data.publicName = derived.publicName
  return data
}
