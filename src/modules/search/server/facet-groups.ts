import { EFFECT_STATUSES } from '@/modules/legal-documents/parse'
import type { FacetCount, SearchFacets, SearchFilters } from '../engine/types'

/** The facets the search page offers, in the order it shows them. */
export const FACET_GROUPS = [
  { name: 'type', label: 'Loại' },
  { name: 'field', label: 'Lĩnh vực' },
  { name: 'status', label: 'Tình trạng hiệu lực' },
  { name: 'year', label: 'Năm' },
] as const

export type FacetGroupName = (typeof FACET_GROUPS)[number]['name']

export type FacetOption = { value: string; label: string; count: number }

export type FacetGroup = {
  name: FacetGroupName
  label: string
  options: FacetOption[]
  /** the value the visitor filters on in this group, if any */
  chosen: FacetOption | null
}

const statusOrder = (value: string): number => {
  const at = EFFECT_STATUSES.findIndex((s) => s.value === value)
  return at === -1 ? EFFECT_STATUSES.length : at
}

function labelOf(name: FacetGroupName, value: string, fieldTitles: ReadonlyMap<string, string>): string {
  if (name === 'field') return fieldTitles.get(value) ?? value
  if (name === 'status') return EFFECT_STATUSES.find((s) => s.value === value)?.label ?? value
  return value
}

/**
 * The facet groups of a result page: each value with its label and count (the engine counts every
 * facet under all the other filters, so a visitor can switch values), the chosen value kept even
 * when nothing matches any more, and a group left out when it has nothing to offer.
 */
export function facetGroups(
  facets: SearchFacets,
  filters: SearchFilters,
  fieldTitles: ReadonlyMap<string, string>,
): FacetGroup[] {
  return FACET_GROUPS.flatMap(({ name, label }) => {
    const chosenValue = filters[name] === undefined || filters[name] === null ? null : String(filters[name])
    const counts: FacetCount[] = [...facets[name]]
    if (chosenValue !== null && !counts.some((c) => c.value === chosenValue))
      counts.push({ value: chosenValue, count: 0 })
    const options = counts.map((c) => ({ value: c.value, label: labelOf(name, c.value, fieldTitles), count: c.count }))
    if (name === 'status') options.sort((a, b) => statusOrder(a.value) - statusOrder(b.value))
    if (name === 'year') options.sort((a, b) => Number(b.value) - Number(a.value))
    if (options.length === 0) return []
    return [{ name, label, options, chosen: options.find((o) => o.value === chosenValue) ?? null }]
  })
}
