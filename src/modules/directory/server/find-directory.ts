import type { Where } from 'payload'
import type { Official, Unit } from '@/payload-types'
import { portalPayload } from '@/shared/content/payload'
import { fold, foldedWords } from '@/shared/text/vietnamese'
import type { DirectoryFilters } from './parse-directory-params'

export type DirectoryResult = { units: Unit[]; officials: Official[]; allUnits: Unit[] }

/** Units and officials matching the filters, as a visitor sees them. */
export async function findDirectory(filters: DirectoryFilters): Promise<DirectoryResult> {
  const payload = await portalPayload()
  const words = foldedWords(filters.q).slice(0, 6)
  const allUnits = await payload.find({
    collection: 'units',
    limit: 1000,
    depth: 0,
    sort: 'title',
    overrideAccess: false,
    user: null,
    pagination: false,
  })
  const unitWhere: Where[] = []
  if (filters.kind) unitWhere.push({ kind: { equals: filters.kind } })
  if (filters.unit) unitWhere.push({ id: { equals: filters.unit } })
  const officialWhere: Where[] = words.map((w) => ({ searchText: { contains: ` ${w}` } }))
  if (filters.unit) officialWhere.push({ unit: { equals: filters.unit } })
  if (filters.kind) {
    const ids = allUnits.docs.filter((u) => u.kind === filters.kind).map((u) => u.id)
    officialWhere.push({ unit: { in: ids.length ? ids : [0] } })
  }
  const officials = await payload.find({
    collection: 'officials',
    where: officialWhere.length ? { and: officialWhere } : undefined,
    limit: 300,
    depth: 1,
    sort: 'order',
    overrideAccess: false,
    user: null,
  })
  let units = allUnits.docs.filter(
    (u) => (!filters.kind || u.kind === filters.kind) && (!filters.unit || u.id === filters.unit),
  )
  if (words.length) {
    const officialUnitIds = new Set(officials.docs.map((o) => (typeof o.unit === 'object' ? o.unit.id : o.unit)))
    units = units.filter((u) => {
      const text = fold(`${u.title} ${u.shortName ?? ''} ${u.address ?? ''} ${u.leaderName ?? ''}`)
      return words.every((w) => text.includes(w)) || officialUnitIds.has(u.id)
    })
  }
  return { units, officials: officials.docs, allUnits: allUnits.docs }
}
