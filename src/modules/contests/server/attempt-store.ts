import type { Payload } from 'payload'
import type { AttemptItem } from '../engine/items'
import { dateArg, dateOf, dateSql, jsonOf, num, numOrNull, query } from './sql'

/**
 * Data access of the attempt engine, in SQL.
 *
 * Why not the Local API here: at the start of a contest every contestant starts, answers every
 * few seconds and submits within the same minutes (bench:contest: 1,000 contestants on two
 * cores). A Local API write costs a transaction, hooks and a re-read (≈ 10–30 ms); these paths
 * are one or two indexed statements each. They also need what the Local API cannot express: a
 * conditional upsert that accepts an answer only while the attempt is open (so an accepted answer
 * is never lost to a concurrent submit) and compare-and-set updates of the attempt's status and
 * session. Access is checked by the engine: every statement is scoped by the contestant's token.
 */

export type AttemptRow = {
  id: number
  entryId: number
  roundId: number
  attemptNo: number
  status: string
  startedAt: Date
  deadlineAt: Date
  submittedAt: Date | null
  sessionHash: string | null
  sessionSeenAt: Date | null
  prediction: number | null
  score: number | null
  maxScore: number | null
  correctCount: number | null
  durationMs: number | null
}

const ATTEMPT_COLUMNS = `a.id, a.entry_id, a.round_id, a.attempt_no, a.status, a.started_at, a.deadline_at,
  a.submitted_at, a.session_hash, a.session_seen_at, a.prediction, a.score, a.max_score, a.correct_count, a.duration_ms`

export const attemptOf = (r: Record<string, unknown>): AttemptRow => ({
  id: num(r.id),
  entryId: num(r.entry_id),
  roundId: num(r.round_id),
  attemptNo: num(r.attempt_no),
  status: String(r.status),
  startedAt: dateOf(r.started_at) ?? new Date(0),
  deadlineAt: dateOf(r.deadline_at) ?? new Date(0),
  submittedAt: dateOf(r.submitted_at),
  sessionHash: typeof r.session_hash === 'string' ? r.session_hash : null,
  sessionSeenAt: dateOf(r.session_seen_at),
  prediction: numOrNull(r.prediction),
  score: numOrNull(r.score),
  maxScore: numOrNull(r.max_score),
  correctCount: numOrNull(r.correct_count),
  durationMs: numOrNull(r.duration_ms),
})

/** The verified entry of the round holding this token hash. */
export async function entryByToken(payload: Payload, roundId: number, tokenHash: string): Promise<number | null> {
  const rows = await query(
    payload,
    'SELECT id FROM contest_entries WHERE round_id = ? AND access_token_hash = ? AND verified_at IS NOT NULL',
    [roundId, tokenHash],
  )
  return rows[0] ? num(rows[0].id) : null
}

export async function attemptsOfEntry(payload: Payload, entryId: number): Promise<AttemptRow[]> {
  const rows = await query(
    payload,
    `SELECT ${ATTEMPT_COLUMNS} FROM contest_attempts a WHERE a.entry_id = ? ORDER BY a.attempt_no`,
    [entryId],
  )
  return rows.map(attemptOf)
}

/** The attempt, only if it belongs to the round and to the contestant holding this token. */
export async function attemptForToken(
  payload: Payload,
  args: { attemptId: number; roundId: number; tokenHash: string },
): Promise<AttemptRow | null> {
  const rows = await query(
    payload,
    `SELECT ${ATTEMPT_COLUMNS} FROM contest_attempts a JOIN contest_entries e ON e.id = a.entry_id
     WHERE a.id = ? AND a.round_id = ? AND e.access_token_hash = ? AND e.verified_at IS NOT NULL`,
    [args.attemptId, args.roundId, args.tokenHash],
  )
  return rows[0] ? attemptOf(rows[0]) : null
}

export async function attemptById(payload: Payload, attemptId: number): Promise<AttemptRow | null> {
  const rows = await query(payload, `SELECT ${ATTEMPT_COLUMNS} FROM contest_attempts a WHERE a.id = ?`, [attemptId])
  return rows[0] ? attemptOf(rows[0]) : null
}

// An attempt's items never change once drawn: keep the parsed snapshots of recent attempts. The
// key includes the start time because SQLite may give a deleted attempt's id (an erased entry) to
// the next attempt: a snapshot is only ever reused for the attempt it was drawn for.
const ITEMS_CACHE_MAX = 5_000
const itemsCache = new Map<string, AttemptItem[]>()
const itemsKey = (attemptId: number, startedAt: Date): string => `${attemptId}@${startedAt.getTime()}`

export async function itemsOf(payload: Payload, attemptId: number, startedAt: Date): Promise<AttemptItem[]> {
  const hit = itemsCache.get(itemsKey(attemptId, startedAt))
  if (hit) return hit
  const rows = await query(payload, 'SELECT items FROM contest_attempts WHERE id = ?', [attemptId])
  const items = jsonOf<AttemptItem[]>(rows[0]?.items) ?? []
  rememberItems(attemptId, startedAt, items)
  return items
}

export function rememberItems(attemptId: number, startedAt: Date, items: AttemptItem[]): void {
  if (itemsCache.size >= ITEMS_CACHE_MAX) {
    const oldest = itemsCache.keys().next().value
    if (oldest !== undefined) itemsCache.delete(oldest)
  }
  itemsCache.set(itemsKey(attemptId, startedAt), items)
}

/** Creates the attempt; null when another request created this attempt number first. */
export async function insertAttempt(
  payload: Payload,
  a: {
    entryId: number
    roundId: number
    attemptNo: number
    startedAt: Date
    deadlineAt: Date
    items: AttemptItem[]
    sessionHash: string
  },
): Promise<number | null> {
  const d = dateSql(payload)
  const json = payload.db.name === 'postgres' ? 'CAST(? AS jsonb)' : '?'
  const rows = await query(
    payload,
    `INSERT INTO contest_attempts (entry_id, round_id, attempt_no, status, started_at, deadline_at, items,
       session_hash, session_seen_at, updated_at, created_at)
     VALUES (?, ?, ?, 'in-progress', ${d}, ${d}, ${json}, ?, ${d}, ${d}, ${d})
     ON CONFLICT (entry_id, attempt_no) DO NOTHING RETURNING id`,
    [
      a.entryId,
      a.roundId,
      a.attemptNo,
      dateArg(a.startedAt),
      dateArg(a.deadlineAt),
      JSON.stringify(a.items),
      a.sessionHash,
      dateArg(a.startedAt),
      dateArg(a.startedAt),
      dateArg(a.startedAt),
    ],
  )
  const id = rows[0] ? num(rows[0].id) : null
  if (id !== null) rememberItems(id, a.startedAt, a.items)
  return id
}

/**
 * Gives the attempt to this browser session if it holds it already, nobody does, or the holder
 * has been quiet since `quietBefore`. Returns whether the session now holds it.
 */
export async function claimSession(
  payload: Payload,
  args: { attemptId: number; sessionHash: string; now: Date; quietBefore: Date },
): Promise<boolean> {
  const d = dateSql(payload)
  const rows = await query(
    payload,
    `UPDATE contest_attempts SET session_hash = ?, session_seen_at = ${d}
     WHERE id = ? AND status = 'in-progress'
       AND (session_hash IS NULL OR session_hash = ? OR session_seen_at IS NULL OR session_seen_at < ${d})
     RETURNING id`,
    [args.sessionHash, dateArg(args.now), args.attemptId, args.sessionHash, dateArg(args.quietBefore)],
  )
  return rows.length > 0
}

export async function touchSession(
  payload: Payload,
  args: { attemptId: number; sessionHash: string; now: Date },
): Promise<boolean> {
  const d = dateSql(payload)
  const rows = await query(
    payload,
    `UPDATE contest_attempts SET session_seen_at = ${d}
     WHERE id = ? AND status = 'in-progress' AND session_hash = ? RETURNING id`,
    [dateArg(args.now), args.attemptId, args.sessionHash],
  )
  return rows.length > 0
}

/**
 * Records an answer, only while the attempt is in progress, before its deadline and held by this
 * session, in one statement: an insert or an update of the (attempt, item) row. On PostgreSQL the
 * attempt row is share-locked, so a submit (which updates it) either waits for this answer or
 * makes this statement find nothing; on SQLite statements are serialised. Either way an answer
 * that was accepted is graded.
 */
export async function upsertAnswer(
  payload: Payload,
  a: {
    attemptId: number
    itemIndex: number
    questionId: number | string
    choice: string[]
    correct: boolean
    now: Date
    sessionHash: string
  },
): Promise<boolean> {
  const pg = payload.db.name === 'postgres'
  const d = dateSql(payload)
  const json = pg ? 'CAST(? AS jsonb)' : '?'
  const rows = await query(
    payload,
    `INSERT INTO contest_answers (attempt_id, item_index, question_id, choice, correct, answered_at, updated_at, created_at)
     SELECT a.id, ?, ?, ${json}, ?, ${d}, ${d}, ${d} FROM contest_attempts a
     WHERE a.id = ? AND a.status = 'in-progress' AND a.deadline_at > ${d} AND a.session_hash = ?
     ${pg ? 'FOR SHARE OF a' : ''}
     ON CONFLICT (attempt_id, item_index) DO UPDATE SET choice = excluded.choice, correct = excluded.correct,
       answered_at = excluded.answered_at, updated_at = excluded.updated_at
     RETURNING id`,
    [
      a.itemIndex,
      Number(a.questionId) || null,
      JSON.stringify(a.choice),
      a.correct,
      dateArg(a.now),
      dateArg(a.now),
      dateArg(a.now),
      a.attemptId,
      dateArg(a.now),
      a.sessionHash,
    ],
  )
  return rows.length > 0
}

export async function setPrediction(
  payload: Payload,
  a: { attemptId: number; value: number; now: Date; sessionHash: string },
): Promise<boolean> {
  const d = dateSql(payload)
  const rows = await query(
    payload,
    `UPDATE contest_attempts SET prediction = ?, session_seen_at = ${d}, updated_at = ${d}
     WHERE id = ? AND status = 'in-progress' AND deadline_at > ${d} AND session_hash = ? RETURNING id`,
    [a.value, dateArg(a.now), dateArg(a.now), a.attemptId, dateArg(a.now), a.sessionHash],
  )
  return rows.length > 0
}

/** The answers of an attempt: item index → chosen option ids. */
export async function answersOf(payload: Payload, attemptId: number): Promise<Map<number, string[]>> {
  const rows = await query(payload, 'SELECT item_index, choice FROM contest_answers WHERE attempt_id = ?', [attemptId])
  const out = new Map<number, string[]>()
  for (const r of rows) {
    const choice = jsonOf<unknown>(r.choice)
    out.set(num(r.item_index), Array.isArray(choice) ? choice.filter((v): v is string => typeof v === 'string') : [])
  }
  return out
}
