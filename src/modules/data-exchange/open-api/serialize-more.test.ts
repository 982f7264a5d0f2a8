import { describe, expect, it } from 'vitest'
import { scoreDistribution } from './serialize-more'

describe('scoreDistribution', () => {
  it('puts each best score into its tenth of the maximum, the full score into the last bin', () => {
    const bins = scoreDistribution([
      { score: 0, maxScore: 10 },
      { score: 0.99, maxScore: 10 },
      { score: 5, maxScore: 10 },
      { score: 9.99, maxScore: 10 },
      { score: 10, maxScore: 10 },
      { score: 20, maxScore: 20 },
    ])
    expect(bins).toHaveLength(10)
    expect(bins[0]).toEqual({ fromPercent: 0, toPercent: 10, count: 2 })
    expect(bins[5]).toEqual({ fromPercent: 50, toPercent: 60, count: 1 })
    expect(bins[9]).toEqual({ fromPercent: 90, toPercent: 100, count: 3 })
    expect(bins.reduce((s, b) => s + b.count, 0)).toBe(6)
  })

  it('counts a round without a maximum score in the first bin and an empty round as all zeros', () => {
    expect(scoreDistribution([{ score: 0, maxScore: 0 }])[0]!.count).toBe(1)
    expect(scoreDistribution([]).every((b) => b.count === 0)).toBe(true)
  })
})
