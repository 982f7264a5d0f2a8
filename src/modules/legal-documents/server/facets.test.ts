import { describe, expect, it } from 'vitest'
import { computeFacets, type FacetRow } from './facets'
import { EMPTY_FILTERS } from './list-params'

const row = (over: Partial<FacetRow>): FacetRow => ({
  type: 'luat',
  issuer: 'Quốc hội',
  issuerKey: 'quoc-hoi',
  issuedYear: 2019,
  fields: [],
  status: 'con-hieu-luc',
  ...over,
})

const rows: FacetRow[] = [
  row({ type: 'bo-luat', fields: [1] }),
  row({ type: 'luat', issuer: 'QUỐC HỘI', issuedYear: 2020 }),
  row({ type: 'luat', issuedYear: 2020, status: 'het-hieu-luc-toan-bo' }),
  row({ type: 'nghi-dinh', issuer: 'Chính phủ', issuerKey: 'chinh-phu', issuedYear: 2021, fields: [1, 2] }),
]
const terms = [
  { id: 1, slug: 'lao-dong', title: 'Lao động' },
  { id: 2, slug: 'thue', title: 'Thuế' },
  { id: 3, slug: 'y-te', title: 'Y tế' },
]

describe('filter counts', () => {
  it('counts every value over all documents when nothing is chosen, leaving out empty values', () => {
    const facets = computeFacets(rows, EMPTY_FILTERS, terms)
    expect(facets.type).toEqual([
      { value: 'bo-luat', label: 'Bộ luật', count: 1 },
      { value: 'luat', label: 'Luật', count: 2 },
      { value: 'nghi-dinh', label: 'Nghị định', count: 1 },
    ])
    expect(facets.year.map((o) => o.value)).toEqual(['2021', '2020', '2019'])
    expect(facets.field).toEqual([
      { value: 'lao-dong', label: 'Lao động', count: 2 },
      { value: 'thue', label: 'Thuế', count: 1 },
    ])
  })
  it('groups spellings of one issuer under its commonest spelling', () => {
    const facets = computeFacets(rows, EMPTY_FILTERS, terms)
    expect(facets.issuer).toEqual([
      { value: 'quoc-hoi', label: 'Quốc hội', count: 3 },
      { value: 'chinh-phu', label: 'Chính phủ', count: 1 },
    ])
  })
  it('counts a facet over the documents matching the other filters only', () => {
    const facets = computeFacets(rows, { ...EMPTY_FILTERS, type: 'luat', year: 2020 }, terms)
    // Types are counted for 2020 whatever the chosen type; years for laws whatever the chosen year.
    expect(facets.type).toEqual([{ value: 'luat', label: 'Luật', count: 2 }])
    expect(facets.year).toEqual([{ value: '2020', label: '2020', count: 2 }])
    expect(facets.status.map((o) => [o.value, o.count])).toEqual([
      ['con-hieu-luc', 1],
      ['het-hieu-luc-toan-bo', 1],
    ])
  })
  it('keeps a chosen value that has no documents', () => {
    const facets = computeFacets(rows, { ...EMPTY_FILTERS, field: 'y-te' }, terms)
    expect(facets.field.find((o) => o.value === 'y-te')).toEqual({ value: 'y-te', label: 'Y tế', count: 0 })
  })
})
