import type { Payload, PayloadRequest } from 'payload'
import { descendantsOf } from '@/modules/statistics/server/unit-scope'

export type UnitRow = { id: number; title: string; kind: string | null; parent: number | null; order: number }

type PeriodScope = {
  unitKinds?: (string | null)[] | null
  units?: (number | { id: number } | null)[] | null
}

const idOf = (v: number | { id: number } | null | undefined): number | null =>
  v === null || v === undefined ? null : typeof v === 'object' ? v.id : v

/** Every unit, as the system: units are public, and reminders and counts need them all. */
export async function loadUnits(payload: Payload, req?: PayloadRequest): Promise<UnitRow[]> {
  const found = await payload.find({
    collection: 'units',
    pagination: false,
    depth: 0,
    select: { title: true, kind: true, parent: true, order: true },
    sort: 'order',
    overrideAccess: true,
    req,
  })
  return found.docs.map((u) => ({
    id: u.id,
    title: u.title,
    kind: u.kind ?? null,
    parent: idOf(u.parent as number | { id: number } | null | undefined),
    order: typeof u.order === 'number' ? u.order : 100,
  }))
}

/** A unit and every unit under it (cycles in the tree are tolerated): the statistics module's walk. */
export function withSubUnits(units: readonly UnitRow[], id: number): number[] {
  return descendantsOf([...units], id).map(Number)
}

/** The units that must report in a period: the chosen kinds and units, or every unit when none are chosen. */
export function expectedUnits(units: readonly UnitRow[], period: PeriodScope): UnitRow[] {
  const kinds = new Set((period.unitKinds ?? []).filter((k): k is string => Boolean(k)))
  const ids = new Set((period.units ?? []).map(idOf).filter((id): id is number => id !== null))
  if (kinds.size === 0 && ids.size === 0) return [...units]
  return units.filter((u) => ids.has(u.id) || (u.kind !== null && kinds.has(u.kind)))
}
