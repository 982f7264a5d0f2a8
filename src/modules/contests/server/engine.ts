import { createHash } from 'node:crypto'
import type { Payload } from 'payload'
import { checkChoice, isCorrect } from '../engine/grade'
import { cryptoRng, drawItems, publicItems, type PublicItem, type Rng } from '../engine/items'
import {
  answersOf,
  attemptForToken,
  attemptsOfEntry,
  claimSession,
  entryByToken,
  insertAttempt,
  itemsOf,
  setPrediction,
  touchSession,
  upsertAnswer,
  type AttemptRow,
} from './attempt-store'
import { hashToken, isWellFormedToken } from './contestant-session'
import { closeAttempt, finaliseExpiredAttempts } from './finalise'
import { getPool, getRound, type RoundInfo } from './rounds'

/**
 * The attempt engine (issue 6 §3). The server owns the clock: every function takes `now`, the
 * deadline is fixed when the attempt starts, and answers are accepted only before it. An attempt
 * belongs to one browser session at a time (a random id kept in the tab's sessionStorage): a second
 * session is refused while the first was seen in the last SESSION_QUIET_MS.
 */

export const SESSION_QUIET_MS = 45_000
/** How often an answer also refreshes the session's "last seen" time. */
const TOUCH_EVERY_MS = 10_000

export const MESSAGES = {
  notRegistered:
    'Bạn chưa đăng ký dự thi vòng này trên trình duyệt này (hoặc chưa xác thực mã). Hãy đăng ký hoặc xác thực lại.',
  noRound: 'Không tìm thấy vòng thi.',
  notOpen: 'Vòng thi chưa mở hoặc đã kết thúc.',
  noAttemptsLeft: 'Bạn đã dùng hết số lượt thi của vòng này.',
  notEnoughQuestions: 'Vòng thi chưa sẵn sàng (chưa đủ câu hỏi). Vui lòng báo ban tổ chức và thử lại sau.',
  noAttempt: 'Không tìm thấy lượt thi của bạn.',
  noOpenAttempt: 'Bạn không có lượt thi nào đang làm.',
  expired: 'Đã hết thời gian làm bài. Bài thi đã được tự động nộp; câu trả lời này không được ghi nhận.',
  submitted: 'Bài thi đã được nộp; không thể thay đổi câu trả lời.',
  otherSession: 'Bài thi đang được mở ở một cửa sổ hoặc thiết bị khác.',
  badSession: 'Phiên làm bài không hợp lệ. Hãy tải lại trang.',
  badItem: 'Câu hỏi không thuộc lượt thi này.',
  noPrediction: 'Vòng thi này không có câu hỏi dự đoán.',
  badPrediction: 'Số dự đoán phải là số nguyên từ 0 đến 1.000.000.000.',
} as const

export type Refusal = {
  ok: false
  status: 400 | 401 | 403 | 404 | 409
  code: string
  message: string
  retryAfterSeconds?: number
}
const refuse = (status: Refusal['status'], code: keyof typeof MESSAGES, retryAfterSeconds?: number): Refusal => ({
  ok: false,
  status,
  code,
  message: MESSAGES[code],
  ...(retryAfterSeconds !== undefined ? { retryAfterSeconds } : {}),
})

export type AttemptResult = {
  status: string
  score: number | null
  maxScore: number | null
  correctCount: number | null
  durationMs: number | null
  submittedAt: string | null
}

export type AttemptView = {
  attemptId: number
  attemptNo: number
  status: string
  startedAt: string
  deadlineAt: string
  serverNow: string
  items: PublicItem[]
  answers: Record<number, string[]>
  prediction: { text: string; value: number | null } | null
}

/** A well-formed per-tab session id (random, from the browser) and its stored hash. */
export const isWellFormedSession = (value: unknown): value is string =>
  typeof value === 'string' && /^[A-Za-z0-9_-]{16,64}$/.test(value)
export const hashSession = (session: string): string =>
  createHash('sha256').update(`contest-session:${session}`).digest('hex')

export type Caller = { roundId: number; token: unknown; session: unknown; now: Date }
type Known = { round: RoundInfo; entryId: number; tokenHash: string; sessionHash: string }

/**
 * The round, the contestant's token and the tab's session. `withEntry: false` skips looking up
 * the entry when the next statement is scoped by the token anyway (an attempt's requests).
 */
async function identify(payload: Payload, c: Caller, withEntry = true): Promise<Known | Refusal> {
  const round = await getRound(payload, c.roundId)
  if (!round) return refuse(404, 'noRound')
  if (!isWellFormedToken(c.token)) return refuse(401, 'notRegistered')
  if (!isWellFormedSession(c.session)) return refuse(400, 'badSession')
  const tokenHash = hashToken(c.token)
  const entryId = withEntry ? await entryByToken(payload, round.id, tokenHash) : 0
  if (entryId === null) return refuse(401, 'notRegistered')
  return { round, entryId, tokenHash, sessionHash: hashSession(c.session) }
}

export const isRoundOpen = (round: RoundInfo, now: Date): boolean =>
  round.contestStatus === 'published' && round.opensAt <= now && now < round.closesAt

export const resultOf = (a: AttemptRow): AttemptResult => ({
  status: a.status,
  score: a.score,
  maxScore: a.maxScore,
  correctCount: a.correctCount,
  durationMs: a.durationMs,
  submittedAt: a.submittedAt?.toISOString() ?? null,
})

async function viewOf(payload: Payload, round: RoundInfo, a: AttemptRow, now: Date): Promise<AttemptView> {
  const [items, answers] = await Promise.all([itemsOf(payload, a.id, a.startedAt), answersOf(payload, a.id)])
  return {
    attemptId: a.id,
    attemptNo: a.attemptNo,
    status: a.status,
    startedAt: a.startedAt.toISOString(),
    deadlineAt: a.deadlineAt.toISOString(),
    serverNow: now.toISOString(),
    items: publicItems(items),
    answers: Object.fromEntries(answers),
    prediction: round.prediction ? { text: round.prediction.text, value: a.prediction } : null,
  }
}

async function claim(payload: Payload, a: AttemptRow, sessionHash: string, now: Date): Promise<Refusal | null> {
  const quietBefore = new Date(now.getTime() - SESSION_QUIET_MS)
  if (await claimSession(payload, { attemptId: a.id, sessionHash, now, quietBefore })) return null
  const seen = a.sessionSeenAt?.getTime() ?? now.getTime()
  const wait = Math.max(1, Math.ceil((seen + SESSION_QUIET_MS - now.getTime()) / 1000))
  return refuse(409, 'otherSession', wait)
}

/** The entry's attempts, with any expired open one submitted first. */
async function currentAttempts(payload: Payload, entryId: number, now: Date): Promise<AttemptRow[]> {
  const list = await attemptsOfEntry(payload, entryId)
  if (list.some((a) => a.status === 'in-progress' && a.deadlineAt <= now)) {
    await finaliseExpiredAttempts(payload, now, { entryId })
    return attemptsOfEntry(payload, entryId)
  }
  return list
}

export type StartOutcome = { ok: true; resumed: boolean; attempt: AttemptView } | Refusal

/** Starts a new attempt, or resumes the one in progress (a reload, a second click). */
export async function startAttempt(payload: Payload, c: Caller & { rng?: Rng }): Promise<StartOutcome> {
  const known = await identify(payload, c)
  if ('ok' in known) return known
  const { round, entryId, sessionHash } = known
  for (let tries = 0; tries < 2; tries++) {
    const attempts = await currentAttempts(payload, entryId, c.now)
    const open = attempts.find((a) => a.status === 'in-progress')
    if (open) {
      const refused = await claim(payload, open, sessionHash, c.now)
      if (refused) return refused
      return { ok: true, resumed: true, attempt: await viewOf(payload, round, open, c.now) }
    }
    if (!isRoundOpen(round, c.now)) return refuse(409, 'notOpen')
    if (attempts.length >= round.attemptsAllowed) return refuse(409, 'noAttemptsLeft')
    const drawn = drawItems(await getPool(payload, round), round.questionCount, c.rng ?? cryptoRng)
    if (!drawn.ok) {
      payload.logger.error({
        msg: `Contest round ${round.id} cannot draw ${round.questionCount} questions: ${drawn.available} available`,
      })
      return refuse(409, 'notEnoughQuestions')
    }
    const deadlineAt = new Date(Math.min(c.now.getTime() + round.timeLimitMinutes * 60_000, round.closesAt.getTime()))
    const attemptNo = Math.max(0, ...attempts.map((a) => a.attemptNo)) + 1
    const id = await insertAttempt(payload, {
      entryId,
      roundId: round.id,
      attemptNo,
      startedAt: c.now,
      deadlineAt,
      items: drawn.items,
      sessionHash,
    })
    // null: a concurrent request (double click, second tab) created it first; resume that one.
    if (id === null) continue
    const created: AttemptRow = {
      id,
      entryId,
      roundId: round.id,
      attemptNo,
      status: 'in-progress',
      startedAt: c.now,
      deadlineAt,
      submittedAt: null,
      sessionHash,
      sessionSeenAt: c.now,
      prediction: null,
      score: null,
      maxScore: null,
      correctCount: null,
      durationMs: null,
    }
    return { ok: true, resumed: false, attempt: await viewOf(payload, round, created, c.now) }
  }
  return refuse(409, 'otherSession', 1)
}

export type ResumeOutcome =
  { ok: true; attempt: AttemptView } | { ok: true; attempt: null; finished: AttemptResult | null } | Refusal

/** The attempt in progress for this session (a reload), or the last finished one's result. */
export async function resumeAttempt(payload: Payload, c: Caller): Promise<ResumeOutcome> {
  const known = await identify(payload, c)
  if ('ok' in known) return known
  const attempts = await currentAttempts(payload, known.entryId, c.now)
  const open = attempts.find((a) => a.status === 'in-progress')
  if (!open) {
    const last = attempts[attempts.length - 1]
    return { ok: true, attempt: null, finished: last ? resultOf(last) : null }
  }
  const refused = await claim(payload, open, known.sessionHash, c.now)
  if (refused) return refused
  return { ok: true, attempt: await viewOf(payload, known.round, open, c.now) }
}

type OpenCheck = { ok: true; known: Known; attempt: AttemptRow } | Refusal

/** The caller's attempt, checked to be open, unexpired and held by the caller's session. */
async function openAttemptOf(payload: Payload, c: Caller & { attemptId: unknown }): Promise<OpenCheck> {
  const known = await identify(payload, c, false)
  if ('ok' in known) return known
  const attemptId = Number(c.attemptId)
  if (!Number.isInteger(attemptId) || attemptId <= 0) return refuse(404, 'noAttempt')
  const attempt = await attemptForToken(payload, { attemptId, roundId: known.round.id, tokenHash: known.tokenHash })
  if (!attempt) return refuse(404, 'noAttempt')
  known.entryId = attempt.entryId
  if (attempt.status !== 'in-progress') return refuse(409, 'submitted')
  if (attempt.deadlineAt <= c.now) {
    await finaliseExpiredAttempts(payload, c.now, { attemptId })
    return refuse(409, 'expired')
  }
  if (attempt.sessionHash !== known.sessionHash) {
    const seen = attempt.sessionSeenAt?.getTime() ?? 0
    return refuse(409, 'otherSession', Math.max(1, Math.ceil((seen + SESSION_QUIET_MS - c.now.getTime()) / 1000)))
  }
  return { ok: true, known, attempt }
}

/** Why a conditional write found nothing: re-read the attempt and explain. */
async function explainMiss(payload: Payload, c: Caller & { attemptId: unknown }): Promise<Refusal> {
  const again = await openAttemptOf(payload, c)
  return again.ok ? refuse(409, 'otherSession', 1) : again
}

export type AnswerOutcome = { ok: true; savedAt: string; remainingMs: number } | Refusal

/** Records the answer to one item (the last accepted answer before the deadline counts). */
export async function saveAnswer(
  payload: Payload,
  c: Caller & { attemptId: unknown; itemIndex: unknown; choice: unknown },
): Promise<AnswerOutcome> {
  const checked = await openAttemptOf(payload, c)
  if (!checked.ok) return checked
  const { attempt, known } = checked
  const items = await itemsOf(payload, attempt.id, attempt.startedAt)
  const index = typeof c.itemIndex === 'number' && Number.isInteger(c.itemIndex) ? c.itemIndex : -1
  const item = items[index]
  if (!item) return refuse(400, 'badItem')
  const choice = checkChoice(item, c.choice)
  if (!choice.ok) return { ok: false, status: 400, code: 'badChoice', message: choice.message }
  const saved = await upsertAnswer(payload, {
    attemptId: attempt.id,
    itemIndex: index,
    questionId: item.questionId,
    choice: choice.choice,
    correct: isCorrect(item, choice.choice),
    now: c.now,
    sessionHash: known.sessionHash,
  })
  if (!saved) return explainMiss(payload, c)
  if (!attempt.sessionSeenAt || c.now.getTime() - attempt.sessionSeenAt.getTime() > TOUCH_EVERY_MS) {
    await touchSession(payload, { attemptId: attempt.id, sessionHash: known.sessionHash, now: c.now })
  }
  return { ok: true, savedAt: c.now.toISOString(), remainingMs: attempt.deadlineAt.getTime() - c.now.getTime() }
}

/** Records the number guessed for the round's prediction (tie-break) question. */
export async function savePrediction(
  payload: Payload,
  c: Caller & { attemptId: unknown; value: unknown },
): Promise<AnswerOutcome> {
  const checked = await openAttemptOf(payload, c)
  if (!checked.ok) return checked
  if (!checked.known.round.prediction) return refuse(400, 'noPrediction')
  const value = c.value
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 1_000_000_000) {
    return refuse(400, 'badPrediction')
  }
  const saved = await setPrediction(payload, {
    attemptId: checked.attempt.id,
    value,
    now: c.now,
    sessionHash: checked.known.sessionHash,
  })
  if (!saved) return explainMiss(payload, c)
  return {
    ok: true,
    savedAt: c.now.toISOString(),
    remainingMs: checked.attempt.deadlineAt.getTime() - c.now.getTime(),
  }
}

export type SubmitOutcome = { ok: true; result: AttemptResult } | Refusal

/** Submits the attempt (graded from its snapshot). After the deadline it is submitted as timed out. */
export async function submitAttempt(payload: Payload, c: Caller & { attemptId: unknown }): Promise<SubmitOutcome> {
  const checked = await openAttemptOf(payload, c)
  if (!checked.ok) {
    if (checked.code !== 'expired' && checked.code !== 'submitted') return checked
    // Submitted at the limit by the server: answer with the result of the timed-out attempt (a
    // second submit of an attempt the contestant submitted is refused).
    const known = await identify(payload, c)
    if ('ok' in known) return known
    const row = await attemptForToken(payload, {
      attemptId: Number(c.attemptId),
      roundId: known.round.id,
      tokenHash: known.tokenHash,
    })
    return row?.status === 'timed-out' ? { ok: true, result: resultOf(row) } : checked
  }
  const closed = await closeAttempt(payload, {
    attemptId: checked.attempt.id,
    status: 'submitted',
    submittedAt: c.now,
    sessionHash: checked.known.sessionHash,
  })
  if (!closed) return explainMiss(payload, c)
  return {
    ok: true,
    result: {
      status: closed.status,
      score: closed.score,
      maxScore: closed.maxScore,
      correctCount: closed.correctCount,
      durationMs: closed.durationMs,
      submittedAt: closed.submittedAt.toISOString(),
    },
  }
}

export type HeartbeatOutcome = { ok: true; remainingMs: number; serverNow: string } | Refusal

/** Keeps the session's hold on the attempt while the contestant reads; resyncs the countdown. */
export async function heartbeat(payload: Payload, c: Caller & { attemptId: unknown }): Promise<HeartbeatOutcome> {
  const checked = await openAttemptOf(payload, c)
  if (!checked.ok) return checked
  const touched = await touchSession(payload, {
    attemptId: checked.attempt.id,
    sessionHash: checked.known.sessionHash,
    now: c.now,
  })
  if (!touched) return explainMiss(payload, c)
  return {
    ok: true,
    remainingMs: checked.attempt.deadlineAt.getTime() - c.now.getTime(),
    serverNow: c.now.toISOString(),
  }
}
