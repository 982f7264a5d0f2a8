import { describe, expect, it } from 'vitest'
import type { SearchFacets } from '../engine/types'
import { facetGroups } from './facet-groups'

const empty: SearchFacets = { collection: [], type: [], field: [], status: [], issuer: [], year: [] }
const titles = new Map([
  ['dat-dai', 'Đất đai'],
  ['lao-dong', 'Lao động'],
])

describe('the facet groups of the search page', () => {
  it('labels legal fields and effect statuses, orders statuses as the vocabulary and years newest first', () => {
    const groups = facetGroups(
      {
        ...empty,
        type: [{ value: 'Luật', count: 5 }],
        field: [
          { value: 'lao-dong', count: 4 },
          { value: 'dat-dai', count: 2 },
        ],
        status: [
          { value: 'het-hieu-luc-toan-bo', count: 3 },
          { value: 'con-hieu-luc', count: 2 },
        ],
        year: [
          { value: '2019', count: 4 },
          { value: '2024', count: 1 },
        ],
      },
      {},
      titles,
    )
    expect(groups.map((g) => g.name)).toEqual(['type', 'field', 'status', 'year'])
    expect(groups[1]?.options).toEqual([
      { value: 'lao-dong', label: 'Lao động', count: 4 },
      { value: 'dat-dai', label: 'Đất đai', count: 2 },
    ])
    expect(groups[2]?.options.map((o) => o.label)).toEqual(['Còn hiệu lực', 'Hết hiệu lực toàn bộ'])
    expect(groups[3]?.options.map((o) => o.value)).toEqual(['2024', '2019'])
    expect(groups.every((g) => g.chosen === null)).toBe(true)
  })

  it('marks the chosen value, keeps it when nothing matches any more, and leaves out empty groups', () => {
    const groups = facetGroups(
      { ...empty, field: [{ value: 'dat-dai', count: 2 }] },
      { field: 'dat-dai', status: 'ngung-hieu-luc', year: 2020 },
      titles,
    )
    expect(groups.map((g) => g.name)).toEqual(['field', 'status', 'year'])
    expect(groups[0]?.chosen).toEqual({ value: 'dat-dai', label: 'Đất đai', count: 2 })
    expect(groups[1]?.chosen).toEqual({ value: 'ngung-hieu-luc', label: 'Ngưng hiệu lực', count: 0 })
    expect(groups[2]?.chosen).toEqual({ value: '2020', label: '2020', count: 0 })
  })

  it('shows the slug of a field it has no title for', () => {
    const [group] = facetGroups({ ...empty, field: [{ value: 'moi-tao', count: 1 }] }, {}, new Map())
    expect(group?.options[0]?.label).toBe('moi-tao')
  })
})
