import type { Payload, PayloadRequest } from 'payload'
import { num, numOrNull, queryIn } from './sql'

/**
 * The number the prediction question asks for: the organiser's answer, or (when empty and the
 * results are published) the number of entries whose best attempt has full marks.
 */
export async function predictionTarget(
  payload: Payload,
  roundId: number | string,
  req?: PayloadRequest,
): Promise<number | null> {
  const rounds = await queryIn(
    payload,
    req,
    'SELECT prediction_answer, results_published FROM contest_rounds WHERE id = ?',
    [Number(roundId)],
  )
  const round = rounds[0]
  if (!round) return null
  const answer = numOrNull(round.prediction_answer)
  if (answer !== null) return answer
  if (!(round.results_published === true || num(round.results_published) === 1)) return null
  const rows = await queryIn(
    payload,
    req,
    `SELECT COUNT(DISTINCT entry_id) AS n FROM contest_attempts
     WHERE round_id = ? AND status IN ('submitted', 'timed-out') AND score IS NOT NULL AND score >= max_score`,
    [Number(roundId)],
  )
  return num(rows[0]?.n)
}

/** Sets every finished attempt's |prediction − target| (null without a prediction or a target). */
export async function recomputePredictionDiffs(
  payload: Payload,
  roundId: number | string,
  req?: PayloadRequest,
): Promise<number | null> {
  const target = await predictionTarget(payload, roundId, req)
  if (target === null) {
    await queryIn(payload, req, 'UPDATE contest_attempts SET prediction_diff = NULL WHERE round_id = ?', [
      Number(roundId),
    ])
    return null
  }
  await queryIn(
    payload,
    req,
    `UPDATE contest_attempts SET prediction_diff = CASE WHEN prediction IS NULL THEN NULL ELSE ABS(prediction - ?) END
     WHERE round_id = ? AND status <> 'in-progress'`,
    [target, Number(roundId)],
  )
  return target
}
