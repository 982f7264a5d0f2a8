import { describe, expect, it } from 'vitest'
import { checkChoice, durationOf, gradeAttempt, isCorrect } from './grade'
import { drawItems, publicItems, shuffled, snapshotItem, type DrawableQuestion } from './items'
import { assignRanks, compareAttempts, type Rankable } from './order'

/** A seeded generator (mulberry32), so draws are reproducible in tests. */
function seeded(seed: number): () => number {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const single = (id: number, right = 2): DrawableQuestion => ({
  id,
  kind: 'single',
  text: `Câu hỏi số ${id}`,
  options: [0, 1, 2, 3].map((i) => ({ id: `q${id}o${i}`, text: `Phương án ${i}`, correct: i === right })),
  points: 1,
})
const multiple: DrawableQuestion = {
  id: 100,
  kind: 'multiple',
  text: 'Những hành vi nào bị nghiêm cấm?',
  options: ['a', 'b', 'c', 'd'].map((k) => ({ id: `m${k}`, text: k, correct: k === 'a' || k === 'c' })),
  points: 2,
}
const trueFalse: DrawableQuestion = {
  id: 200,
  kind: 'true-false',
  text: 'Trẻ em có quyền được bảo vệ.',
  options: [
    { id: 'tf-d', text: 'Đúng', correct: true },
    { id: 'tf-s', text: 'Sai', correct: false },
  ],
}

describe('drawing an attempt', () => {
  it('draws the asked number of distinct questions, in an order that varies between attempts', () => {
    const pool = Array.from({ length: 30 }, (_, i) => single(i + 1))
    const a = drawItems(pool, 10, seeded(1))
    const b = drawItems(pool, 10, seeded(2))
    if (!a.ok || !b.ok) throw new Error('draw failed')
    expect(a.items).toHaveLength(10)
    expect(new Set(a.items.map((i) => i.questionId)).size).toBe(10)
    expect(a.items.map((i) => i.questionId)).not.toEqual(b.items.map((i) => i.questionId))
  })

  it('says how many questions are usable when the pool is too small', () => {
    const pool = [single(1), single(2), { ...single(3), kind: 'prediction', options: [] }]
    expect(drawItems(pool, 3, seeded(1))).toEqual({ ok: false, available: 2 })
  })

  it('shuffles options but keeps the key on the same option ids', () => {
    for (let seed = 1; seed <= 50; seed++) {
      const item = snapshotItem(single(7, 1), seeded(seed))
      expect(item.key).toEqual(['q7o1'])
      expect(item.options.find((o) => o.id === 'q7o1')?.text).toBe('Phương án 1')
      expect(isCorrect(item, ['q7o1'])).toBe(true)
    }
    const orders = new Set(Array.from({ length: 20 }, (_, s) => snapshotItem(single(7), seeded(s)).options[0]?.id))
    expect(orders.size).toBeGreaterThan(1)
  })

  it('keeps “Đúng” before “Sai” in true/false questions', () => {
    for (let seed = 1; seed <= 10; seed++) {
      expect(snapshotItem(trueFalse, seeded(seed)).options.map((o) => o.text)).toEqual(['Đúng', 'Sai'])
    }
  })

  it('never gives the browser the key or the explanation', () => {
    const item = snapshotItem({ ...single(1), explanation: 'Theo Điều 5' }, seeded(3))
    const [pub] = publicItems([item])
    expect(JSON.stringify(pub)).not.toContain('key')
    expect(JSON.stringify(pub)).not.toContain('Điều 5')
    expect(pub?.options).toHaveLength(4)
  })

  it('shuffles with every permutation reachable (Fisher–Yates)', () => {
    const seen = new Set<string>()
    const rng = seeded(9)
    for (let i = 0; i < 500; i++) seen.add(shuffled([1, 2, 3], rng).join(''))
    expect(seen.size).toBe(6)
  })
})

describe('checking and grading answers', () => {
  const s = snapshotItem(single(1), seeded(1))
  const m = snapshotItem(multiple, seeded(1))
  const tf = snapshotItem(trueFalse, seeded(1))

  it('accepts exactly one option of the item for single choice and true/false', () => {
    expect(checkChoice(s, ['q1o0'])).toEqual({ ok: true, choice: ['q1o0'] })
    expect(checkChoice(tf, ['tf-s']).ok).toBe(true)
    expect(checkChoice(s, ['q1o0', 'q1o1'])).toMatchObject({ ok: false })
    expect(checkChoice(s, [])).toMatchObject({ ok: false })
  })

  it('refuses options of another item, duplicates and malformed shapes with Vietnamese messages', () => {
    expect(checkChoice(s, ['q2o0'])).toEqual({ ok: false, message: 'Phương án đã chọn không thuộc câu hỏi này.' })
    expect(checkChoice(m, ['ma', 'ma'])).toMatchObject({ ok: false, message: 'Một phương án được chọn hai lần.' })
    expect(checkChoice(s, 'q1o0')).toMatchObject({ ok: false })
    expect(checkChoice(s, [1])).toMatchObject({ ok: false })
    expect(checkChoice(s, null)).toMatchObject({ ok: false })
  })

  it('counts a multiple-choice answer right only when it selects exactly the key', () => {
    expect(isCorrect(m, ['mc', 'ma'])).toBe(true)
    expect(isCorrect(m, ['ma'])).toBe(false)
    expect(isCorrect(m, ['ma', 'mc', 'md'])).toBe(false)
    expect(checkChoice(m, []).ok).toBe(true)
  })

  it('grades from the snapshot: points of right answers, unanswered counts as wrong', () => {
    const grade = gradeAttempt(
      [s, m, tf],
      new Map([
        [0, ['q1o2']],
        [1, ['ma', 'mc']],
      ]),
    )
    expect(grade).toEqual({ score: 3, maxScore: 4, correctCount: 2 })
  })

  it('measures time taken up to the deadline at most', () => {
    const start = new Date('2026-03-01T08:00:00Z')
    const deadline = new Date('2026-03-01T08:20:00Z')
    expect(durationOf(start, deadline, new Date('2026-03-01T08:05:30Z'))).toBe(330_000)
    expect(durationOf(start, deadline, new Date('2026-03-01T09:00:00Z'))).toBe(1_200_000)
  })
})

describe('ranking order', () => {
  const row = (id: number, score: number, predictionDiff: number | null, durationMs: number, at = 0): Rankable => ({
    id,
    score,
    predictionDiff,
    durationMs,
    submittedAt: new Date(1_000_000 + at),
  })

  it('orders by score, then prediction closeness (none last), then time taken, then submission time', () => {
    const rows = [
      row(1, 8, 5, 100),
      row(2, 9, null, 50),
      row(3, 9, 2, 900),
      row(4, 9, 2, 300),
      row(5, 9, 0, 999),
      row(6, 8, 5, 100, -5),
    ]
    expect(rows.sort(compareAttempts).map((r) => r.id)).toEqual([5, 4, 3, 2, 6, 1])
  })

  it('gives equal rows the same rank', () => {
    const ranked = assignRanks([row(1, 9, 1, 10), row(2, 9, 1, 10, 5), row(3, 8, 1, 10)])
    expect(ranked.map((r) => r.rank)).toEqual([1, 1, 3])
  })
})
