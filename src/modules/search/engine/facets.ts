/**
 * Filters and facet counts from the facet lists ("f:type=Luật" → entries). A facet's counts apply
 * every filter except its own, so a visitor can switch from one type to another.
 */
import { decodeDocs } from './codec'
import type { PostingRow } from './store/types'
import { FACET_DIMENSIONS, facetTerm, type FacetDimension } from './terms'
import type { FacetCount, SearchFacets, SearchFilters } from './types'

export const FACET_VALUES_MAX = 50

export type FacetLists = Map<string, { dim: FacetDimension; value: string; docs: Uint32Array }>

export function facetLists(rows: PostingRow[]): FacetLists {
  const parts = new Map<string, Uint32Array[]>()
  for (const row of rows) parts.set(row.term, [...(parts.get(row.term) ?? []), decodeDocs(row.data)])
  const lists: FacetLists = new Map()
  for (const [term, arrays] of parts) {
    const body = term.slice(2)
    const eq = body.indexOf('=')
    const dim = body.slice(0, eq) as FacetDimension
    if (!FACET_DIMENSIONS.includes(dim)) continue
    const docs = new Uint32Array(arrays.reduce((n, a) => n + a.length, 0))
    let at = 0
    for (const a of arrays) {
      docs.set(a, at)
      at += a.length
    }
    lists.set(term, { dim, value: body.slice(eq + 1), docs })
  }
  return lists
}

function activeFilters(filters: SearchFilters | undefined): Array<[FacetDimension, string]> {
  const out: Array<[FacetDimension, string]> = []
  for (const dim of FACET_DIMENSIONS) {
    const value = filters?.[dim]
    if (value !== undefined && value !== null && String(value).trim() !== '')
      out.push([dim, String(value).trim().normalize('NFC')])
  }
  return out
}

/**
 * `failed[doc]` gets one bit per filter the candidate does not pass. Returns the bit of each
 * filtered dimension.
 */
export function applyFilters(
  candidates: number[],
  failed: Uint8Array,
  lists: FacetLists,
  filters: SearchFilters | undefined,
): Map<FacetDimension, number> {
  const bits = new Map<FacetDimension, number>()
  const active = activeFilters(filters)
  const all = active.reduce((mask, _, i) => mask | (1 << i), 0)
  for (const doc of candidates) failed[doc] = all
  active.forEach(([dim, value], i) => {
    bits.set(dim, 1 << i)
    const list = lists.get(facetTerm(dim, value))
    if (list) for (const doc of list.docs) failed[doc] = (failed[doc] ?? 0) & ~(1 << i)
  })
  return bits
}

export function countFacets(
  isCandidate: Uint8Array,
  failed: Uint8Array,
  lists: FacetLists,
  bits: Map<FacetDimension, number>,
): SearchFacets {
  const counts = new Map<FacetDimension, FacetCount[]>()
  for (const list of lists.values()) {
    const own = bits.get(list.dim) ?? 0
    let count = 0
    for (const doc of list.docs) if (isCandidate[doc] === 1 && ((failed[doc] ?? 0) & ~own) === 0) count++
    if (count > 0) counts.set(list.dim, [...(counts.get(list.dim) ?? []), { value: list.value, count }])
  }
  const sorted = (dim: FacetDimension) =>
    (counts.get(dim) ?? [])
      .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0))
      .slice(0, FACET_VALUES_MAX)
  return {
    collection: sorted('collection'),
    type: sorted('type'),
    field: sorted('field'),
    status: sorted('status'),
    issuer: sorted('issuer'),
    year: sorted('year'),
  }
}
