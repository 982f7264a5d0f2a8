/**
 * The ranking order (pure): score (higher first), then closeness of the prediction (smaller
 * difference first, no prediction last), then time taken (shorter first), then who submitted
 * first.
 */

export type Rankable = {
  score: number
  predictionDiff: number | null
  durationMs: number
  submittedAt: Date | null
  id: number | string
}

const nullsLast = (a: number | null, b: number | null): number =>
  a === b ? 0 : a === null ? 1 : b === null ? -1 : a - b

export function compareAttempts(a: Rankable, b: Rankable): number {
  return (
    b.score - a.score ||
    nullsLast(a.predictionDiff, b.predictionDiff) ||
    a.durationMs - b.durationMs ||
    (a.submittedAt?.getTime() ?? Number.MAX_SAFE_INTEGER) - (b.submittedAt?.getTime() ?? Number.MAX_SAFE_INTEGER) ||
    String(a.id).localeCompare(String(b.id), 'en', { numeric: true })
  )
}

/** Equal rows (same score, prediction difference and time) share a rank: 1, 2, 2, 4. */
export function assignRanks<T extends Rankable>(sorted: readonly T[]): (T & { rank: number })[] {
  let rank = 0
  return sorted.map((row, i) => {
    const prev = sorted[i - 1]
    const tied =
      prev !== undefined &&
      prev.score === row.score &&
      prev.predictionDiff === row.predictionDiff &&
      prev.durationMs === row.durationMs
    if (!tied) rank = i + 1
    return { ...row, rank }
  })
}
