import { compareVi } from '@/shared/text/vietnamese'
import { DOCUMENT_TYPES, EFFECT_STATUSES } from '../parse'
import type { DocumentFilters, FilterName } from './list-params'

/** The columns of a published document that the facets count. */
export type FacetRow = {
  type: string
  issuer: string
  issuerKey: string | null
  issuedYear: number | null
  fields: number[]
  status: string | null
}

export type FacetTerm = { id: number; slug: string; title: string }
export type FacetOption = { value: string; label: string; count: number }
export type Facets = Record<FilterName, FacetOption[]>

function matches(row: FacetRow, filters: DocumentFilters, fieldId: number | null, skip: FilterName): boolean {
  if (skip !== 'type' && filters.type && row.type !== filters.type) return false
  if (skip !== 'issuer' && filters.issuer && row.issuerKey !== filters.issuer) return false
  if (skip !== 'year' && filters.year && row.issuedYear !== filters.year) return false
  if (skip !== 'status' && filters.status && (row.status ?? 'chua-xac-dinh') !== filters.status) return false
  if (skip !== 'field' && filters.field && (fieldId === null || !row.fields.includes(fieldId))) return false
  return true
}

function tally(values: string[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1)
  return counts
}

/**
 * Counts for every filter value, each facet counted over the documents that match the *other*
 * filters (so choosing a type still shows how many documents the other types have). A value the
 * visitor chose is kept even when its count is 0.
 */
export function computeFacets(rows: FacetRow[], filters: DocumentFilters, terms: FacetTerm[]): Facets {
  const fieldId = filters.field ? (terms.find((t) => t.slug === filters.field)?.id ?? null) : null
  const pick = (skip: FilterName) => rows.filter((row) => matches(row, filters, fieldId, skip))
  const keep = (options: FacetOption[], chosen: string | null): FacetOption[] =>
    options.filter((o) => o.count > 0 || o.value === chosen)

  const types = tally(pick('type').map((r) => r.type))
  const statuses = tally(pick('status').map((r) => r.status ?? 'chua-xac-dinh'))
  const years = tally(pick('year').flatMap((r) => (r.issuedYear ? [String(r.issuedYear)] : [])))
  const fields = tally(pick('field').flatMap((r) => r.fields.map(String)))
  const issuerRows = pick('issuer').filter((r) => r.issuerKey)
  const issuers = tally(issuerRows.map((r) => r.issuerKey as string))
  // Sources spell one issuer several ways ("QUỐC HỘI", "Quốc hội"): show the commonest spelling.
  const spellings = new Map<string, Map<string, number>>()
  for (const r of issuerRows) {
    const forKey = spellings.get(r.issuerKey as string) ?? new Map<string, number>()
    forKey.set(r.issuer, (forKey.get(r.issuer) ?? 0) + 1)
    spellings.set(r.issuerKey as string, forKey)
  }
  const spelling = (key: string): string =>
    [...(spellings.get(key) ?? new Map<string, number>()).entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? key

  return {
    type: keep(
      DOCUMENT_TYPES.map((t) => ({ value: t.value, label: t.label, count: types.get(t.value) ?? 0 })),
      filters.type,
    ),
    issuer: keep(
      [...new Set([...issuers.keys(), ...(filters.issuer ? [filters.issuer] : [])])]
        .map((key) => ({ value: key, label: spelling(key), count: issuers.get(key) ?? 0 }))
        .sort((a, b) => b.count - a.count || compareVi(a.label, b.label)),
      filters.issuer,
    ),
    year: keep(
      [...new Set([...years.keys(), ...(filters.year ? [String(filters.year)] : [])])]
        .sort((a, b) => Number(b) - Number(a))
        .map((y) => ({ value: y, label: y, count: years.get(y) ?? 0 })),
      filters.year ? String(filters.year) : null,
    ),
    field: keep(
      terms.map((t) => ({ value: t.slug, label: t.title, count: fields.get(String(t.id)) ?? 0 })),
      filters.field,
    ),
    status: keep(
      EFFECT_STATUSES.map((s) => ({ value: s.value, label: s.label, count: statuses.get(s.value) ?? 0 })),
      filters.status,
    ),
  }
}
