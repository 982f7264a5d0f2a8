import type { Payload } from 'payload'
import { contestPublicName } from '../public-name'
import { assignRanks, compareAttempts } from '../engine/order'
import { finaliseExpiredAttempts } from './finalise'
import { dateOf, num, numOrNull, query } from './sql'

/**
 * Rankings of a round (issue 6 §3): each entry's best finished attempt, ordered by score, then
 * prediction closeness, then time taken, then submission time. These are system reads (attempts
 * and entries are organisers-only records); callers show them publicly only once the organiser
 * has published the round's results, and only the public fields returned here.
 */

export type RankRow = {
  rank: number
  entryId: number
  attemptId: number
  publicName: string
  school: string | null
  unitTitle: string | null
  score: number
  maxScore: number
  correctCount: number
  predictionDiff: number | null
  durationMs: number
}

export type GroupRankRow = {
  rank: number
  /** the unit's id, or the school's name folded to lower case */
  key: string
  label: string
  participants: number
  averageScore: number
  bestScore: number
  maxScore: number
}

type BestRow = Omit<RankRow, 'rank'> & { unitId: number | null; submittedAt: Date | null; id: number }

async function bestAttempts(payload: Payload, roundId: number | string, now = new Date()): Promise<BestRow[]> {
  await finaliseExpiredAttempts(payload, now, { roundId })
  const rows = await query(
    payload,
    `SELECT a.id, a.entry_id, a.score, a.max_score, a.correct_count, a.prediction_diff, a.duration_ms,
       a.submitted_at, e.public_name, e.full_name, e.is_minor, e.school, e.unit_id, u.title AS unit_title
     FROM contest_attempts a
     JOIN contest_entries e ON e.id = a.entry_id
     LEFT JOIN units u ON u.id = e.unit_id
     WHERE a.round_id = ? AND a.status IN ('submitted', 'timed-out') AND a.score IS NOT NULL`,
    [Number(roundId)],
  )
  const best = new Map<number, BestRow>()
  for (const r of rows) {
    const row: BestRow = {
      id: num(r.id),
      attemptId: num(r.id),
      entryId: num(r.entry_id),
      // An entry without a stored public name is shown shortened, as for a minor.
      publicName:
        typeof r.public_name === 'string' && r.public_name
          ? r.public_name
          : contestPublicName(String(r.full_name ?? ''), true),
      school: typeof r.school === 'string' && r.school.trim() ? r.school.trim() : null,
      unitId: numOrNull(r.unit_id),
      unitTitle: typeof r.unit_title === 'string' ? r.unit_title : null,
      score: num(r.score),
      maxScore: num(r.max_score),
      correctCount: num(r.correct_count),
      predictionDiff: numOrNull(r.prediction_diff),
      durationMs: num(r.duration_ms),
      submittedAt: dateOf(r.submitted_at),
    }
    const current = best.get(row.entryId)
    if (!current || compareAttempts(row, current) < 0) best.set(row.entryId, row)
  }
  return [...best.values()].sort(compareAttempts)
}

/** The round's leaderboard: one row per entry (its best attempt). */
export async function rankRound(payload: Payload, roundId: number | string): Promise<RankRow[]> {
  return assignRanks(await bestAttempts(payload, roundId)).map((r) => ({
    rank: r.rank,
    entryId: r.entryId,
    attemptId: r.attemptId,
    publicName: r.publicName,
    school: r.school,
    unitTitle: r.unitTitle,
    score: r.score,
    maxScore: r.maxScore,
    correctCount: r.correctCount,
    predictionDiff: r.predictionDiff,
    durationMs: r.durationMs,
  }))
}

function rankGroups(rows: BestRow[], keyOf: (r: BestRow) => { key: string; label: string } | null): GroupRankRow[] {
  const groups = new Map<string, { label: string; scores: number[]; maxScore: number }>()
  for (const r of rows) {
    const k = keyOf(r)
    if (!k) continue
    const g = groups.get(k.key) ?? { label: k.label, scores: [], maxScore: 0 }
    g.scores.push(r.score)
    g.maxScore = Math.max(g.maxScore, r.maxScore)
    groups.set(k.key, g)
  }
  const list = [...groups.entries()].map(([key, g]) => ({
    key,
    label: g.label,
    participants: g.scores.length,
    averageScore: Math.round((g.scores.reduce((s, x) => s + x, 0) / g.scores.length) * 100) / 100,
    bestScore: Math.max(...g.scores),
    maxScore: g.maxScore,
  }))
  list.sort(
    (a, b) =>
      b.averageScore - a.averageScore ||
      b.participants - a.participants ||
      b.bestScore - a.bestScore ||
      a.label.localeCompare(b.label, 'vi'),
  )
  let rank = 0
  return list.map((g, i) => {
    const prev = list[i - 1]
    if (!prev || prev.averageScore !== g.averageScore || prev.participants !== g.participants) rank = i + 1
    return { rank, ...g }
  })
}

/** Units (from the directory) by the average of their participants' best scores. */
export async function rankUnits(payload: Payload, roundId: number | string): Promise<GroupRankRow[]> {
  return rankGroups(await bestAttempts(payload, roundId), (r) =>
    r.unitId === null ? null : { key: String(r.unitId), label: r.unitTitle ?? `Đơn vị ${r.unitId}` },
  )
}

/** Schools as the contestants wrote them (same name, any case or spacing, counts once). */
export async function rankSchools(payload: Payload, roundId: number | string): Promise<GroupRankRow[]> {
  return rankGroups(await bestAttempts(payload, roundId), (r) => {
    const name = r.school?.normalize('NFC').replace(/\s+/g, ' ').trim()
    return name ? { key: name.toLocaleLowerCase('vi'), label: name } : null
  })
}

export type BestAttempt = {
  attemptId: number
  attemptNo: number
  status: string
  score: number
  maxScore: number
  correctCount: number
  predictionDiff: number | null
  durationMs: number
  submittedAt: Date | null
}

/** The entry's best finished attempt, or null when it has none. */
export async function bestAttemptOf(payload: Payload, entryId: number | string): Promise<BestAttempt | null> {
  await finaliseExpiredAttempts(payload, new Date(), { entryId })
  const rows = await query(
    payload,
    `SELECT id, attempt_no, status, score, max_score, correct_count, prediction_diff, duration_ms, submitted_at
     FROM contest_attempts WHERE entry_id = ? AND status IN ('submitted', 'timed-out') AND score IS NOT NULL`,
    [Number(entryId)],
  )
  const list = rows.map((r) => ({
    id: num(r.id),
    attemptId: num(r.id),
    attemptNo: num(r.attempt_no),
    status: String(r.status),
    score: num(r.score),
    maxScore: num(r.max_score),
    correctCount: num(r.correct_count),
    predictionDiff: numOrNull(r.prediction_diff),
    durationMs: num(r.duration_ms),
    submittedAt: dateOf(r.submitted_at),
  }))
  list.sort(compareAttempts)
  const best = list[0]
  if (!best) return null
  const { id: _id, ...rest } = best
  return rest
}
