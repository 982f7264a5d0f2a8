/**
 * Filters and facet counts from the facet lists ("f:type=Luật" → entries). A facet's counts apply
 * every filter except its own, so a visitor can switch from one type to another. Once per index
 * version every entry gets the id of its combination of facet values (type, year, fields…), so a
 * search filters and counts with one look-up per candidate, then per combination.
 */
import { decodeDocs } from './codec'
import type { PostingRow } from './store/types'
import { FACET_DIMENSIONS, facetTerm, type FacetDimension } from './terms'
import type { FacetCount, SearchFacets, SearchFilters } from './types'

export const FACET_VALUES_MAX = 50

export type FacetList = { dim: FacetDimension; value: string; docs: Uint32Array }

export type FacetLists = {
  /** every facet value, in a fixed order */
  lists: FacetList[]
  /** facet term ("f:type=Luật") → index in `lists` */
  byTerm: Map<string, number>
  /** per entry, its combination of facet values (an index in `combos`) */
  combo: Uint32Array
  /** the distinct combinations of facet values (indexes in `lists`): usually far fewer than entries */
  combos: Uint32Array[]
}

export function facetLists(rows: PostingRow[], maxId: number): FacetLists {
  const parts = new Map<string, Uint32Array[]>()
  for (const row of rows) parts.set(row.term, [...(parts.get(row.term) ?? []), decodeDocs(row.data)])
  const lists: FacetList[] = []
  const byTerm = new Map<string, number>()
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
    byTerm.set(term, lists.length)
    lists.push({ dim, value: body.slice(eq + 1), docs })
  }
  // One id per distinct combination of values: filtering and counting then look at one number
  // per candidate. Lists are visited in order, each moving its entries from their combination
  // to the combination with this value added (parent + last value), so no per-entry arrays.
  const combo = new Uint32Array(maxId + 1)
  const parent: number[] = [0]
  const last: number[] = [-1]
  lists.forEach((list, i) => {
    const next = new Map<number, number>()
    for (const doc of list.docs) {
      if (doc > maxId) continue
      const from = combo[doc] ?? 0
      let to = next.get(from)
      if (to === undefined) {
        next.set(from, (to = parent.length))
        parent.push(from)
        last.push(i)
      }
      combo[doc] = to
    }
  })
  // Only the combinations that entries ended in, numbered anew.
  const renumber = new Map<number, number>()
  const combos: Uint32Array[] = []
  for (let doc = 0; doc <= maxId; doc++) {
    const id = combo[doc] ?? 0
    let kept = renumber.get(id)
    if (kept === undefined) {
      renumber.set(id, (kept = combos.length))
      const values: number[] = []
      for (let at = id; at !== 0; at = parent[at] ?? 0) values.push(last[at] ?? 0)
      combos.push(Uint32Array.from(values.reverse()))
    }
    combo[doc] = kept
  }
  return { lists, byTerm, combo, combos }
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

export type FilterMask = {
  /** the bit of each filtered dimension */
  bits: Map<FacetDimension, number>
  /** per combination of facet values: one bit per filter it does not pass */
  failed: Uint8Array
}

export function filterMask(facets: FacetLists, filters: SearchFilters | undefined): FilterMask {
  const bits = new Map<FacetDimension, number>()
  const failed = new Uint8Array(facets.combos.length)
  const active = activeFilters(filters)
  if (active.length === 0) return { bits, failed }
  // Which filters (as bits) each facet value satisfies.
  const passes = new Uint8Array(facets.lists.length)
  let all = 0
  active.forEach(([dim, value], i) => {
    bits.set(dim, 1 << i)
    all |= 1 << i
    const list = facets.byTerm.get(facetTerm(dim, value))
    if (list !== undefined) passes[list] = (passes[list] ?? 0) | (1 << i)
  })
  facets.combos.forEach((values, c) => {
    let f = all
    for (const v of values) f &= ~(passes[v] ?? 0)
    failed[c] = f
  })
  return { bits, failed }
}

/** The candidates that pass every filter. */
export function applyFilters(candidates: Int32Array, facets: FacetLists, mask: FilterMask): Int32Array {
  if (mask.bits.size === 0) return candidates
  const out = new Int32Array(candidates.length)
  let n = 0
  const { combo } = facets
  for (let c = 0; c < candidates.length; c++) {
    const doc = candidates[c] as number
    if (mask.failed[combo[doc] as number] === 0) out[n++] = doc
  }
  return out.subarray(0, n)
}

/** Facet counts over the candidates; a facet's counts leave out its own filter. */
export function countFacets(candidates: Int32Array, facets: FacetLists, mask: FilterMask): SearchFacets {
  const { lists, combo, combos } = facets
  const perCombo = new Uint32Array(combos.length)
  for (let c = 0; c < candidates.length; c++) perCombo[combo[candidates[c] as number] as number]! += 1
  const own = lists.map((list) => mask.bits.get(list.dim) ?? 0)
  const tally = new Uint32Array(lists.length)
  combos.forEach((values, c) => {
    const n = perCombo[c] ?? 0
    if (n === 0) return
    const f = mask.failed[c] ?? 0
    for (const v of values) if ((f & ~(own[v] ?? 0)) === 0) tally[v]! += n
  })
  const counts = new Map<FacetDimension, FacetCount[]>()
  lists.forEach((list, i) => {
    const count = tally[i] ?? 0
    if (count > 0) counts.set(list.dim, [...(counts.get(list.dim) ?? []), { value: list.value, count }])
  })
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
