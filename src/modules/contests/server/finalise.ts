import type { Payload } from 'payload'
import { durationOf, gradeAttempt, type Grade } from '../engine/grade'
import { answersOf, itemsOf } from './attempt-store'
import { getRound } from './rounds'
import { dateArg, dateOf, dateSql, num, numOrNull, query } from './sql'

/**
 * Ending an attempt: the status changes first (compare-and-set from in-progress, so it happens
 * once, and no answer is accepted after it), then the answers are graded from the attempt's own
 * snapshot.
 */

export type Closed = Grade & {
  attemptId: number
  status: 'submitted' | 'timed-out'
  submittedAt: Date
  durationMs: number
  predictionDiff: number | null
}

export async function closeAttempt(
  payload: Payload,
  args: {
    attemptId: number
    status: 'submitted' | 'timed-out'
    submittedAt: Date
    /** when set, only the session holding the attempt may submit it */
    sessionHash?: string
  },
): Promise<Closed | null> {
  const d = dateSql(payload)
  const rows = await query(
    payload,
    `UPDATE contest_attempts SET status = ?, submitted_at = ${d}, updated_at = ${d}
     WHERE id = ? AND status = 'in-progress'${args.sessionHash ? ' AND session_hash = ?' : ''}
     RETURNING round_id, started_at, deadline_at, prediction`,
    [
      args.status,
      dateArg(args.submittedAt),
      dateArg(args.submittedAt),
      args.attemptId,
      ...(args.sessionHash ? [args.sessionHash] : []),
    ],
  )
  const row = rows[0]
  if (!row) return null
  const startedAt = dateOf(row.started_at) ?? args.submittedAt
  const [items, answers, round] = await Promise.all([
    itemsOf(payload, args.attemptId, startedAt),
    answersOf(payload, args.attemptId),
    getRound(payload, num(row.round_id)),
  ])
  const grade = gradeAttempt(items, answers)
  const deadlineAt = dateOf(row.deadline_at) ?? args.submittedAt
  const durationMs = durationOf(startedAt, deadlineAt, args.submittedAt)
  const prediction = numOrNull(row.prediction)
  const predictionDiff =
    prediction !== null && round?.predictionAnswer != null ? Math.abs(prediction - round.predictionAnswer) : null
  await query(
    payload,
    `UPDATE contest_attempts SET score = ?, max_score = ?, correct_count = ?, duration_ms = ?, prediction_diff = ?
     WHERE id = ?`,
    [grade.score, grade.maxScore, grade.correctCount, durationMs, predictionDiff, args.attemptId],
  )
  return {
    ...grade,
    attemptId: args.attemptId,
    status: args.status,
    submittedAt: args.submittedAt,
    durationMs,
    predictionDiff,
  }
}

/**
 * Submits, as timed out, every attempt still open after its deadline (the scheduled task, and
 * every read of an attempt or a ranking). Returns how many it closed.
 */
export async function finaliseExpiredAttempts(
  payload: Payload,
  now: Date,
  scope: { roundId?: number | string; entryId?: number | string; attemptId?: number } = {},
): Promise<number> {
  const filters: string[] = []
  const args: unknown[] = [dateArg(now)]
  if (scope.roundId !== undefined) {
    filters.push('round_id = ?')
    args.push(Number(scope.roundId))
  }
  if (scope.entryId !== undefined) {
    filters.push('entry_id = ?')
    args.push(Number(scope.entryId))
  }
  if (scope.attemptId !== undefined) {
    filters.push('id = ?')
    args.push(scope.attemptId)
  }
  const rows = await query(
    payload,
    `SELECT id, deadline_at FROM contest_attempts WHERE status = 'in-progress' AND deadline_at <= ${dateSql(payload)}
     ${filters.map((f) => `AND ${f}`).join(' ')} ORDER BY deadline_at LIMIT 500`,
    args,
  )
  let closed = 0
  for (const r of rows) {
    const deadline = dateOf(r.deadline_at) ?? now
    const done = await closeAttempt(payload, { attemptId: num(r.id), status: 'timed-out', submittedAt: deadline })
    if (done) closed += 1
  }
  return closed
}
