import type { Payload } from 'payload'
import { CONTESTS_SLUG, CONTEST_ROUNDS_SLUG } from '../constants'
import { attemptsOfEntry, entryByToken } from './attempt-store'
import { hashToken, isWellFormedToken } from './contestant-session'
import { isRoundOpen, resultOf, type AttemptResult } from './engine'
import { finaliseExpiredAttempts } from './finalise'
import { getRound } from './rounds'

/** What the attempt page (/cuoc-thi/<slug>/vong-<n>/lam-bai) shows before any script runs. */
export type AttemptPageState = {
  contest: { title: string; slug: string }
  round: {
    id: number
    number: number
    title: string
    opensAt: string
    closesAt: string
    questionCount: number
    timeLimitMinutes: number
    attemptsAllowed: number
    hasPrediction: boolean
  }
  basePath: string
  registered: boolean
  finished: (AttemptResult & { attemptNo: number })[]
  open: { attemptId: number; deadlineAt: string } | null
  canStart: boolean
  /** why a new attempt cannot start (Vietnamese), when it cannot */
  reason: string | null
  serverNow: string
}

export const parseRoundParam = (value: string): number | null => {
  const m = /^vong-([1-9][0-9]?)$/.exec(value)
  return m ? Number(m[1]) : null
}

export async function attemptPageState(
  payload: Payload,
  args: { slug: string; roundParam: string; readCookie: (name: string) => string | undefined; now: Date },
): Promise<AttemptPageState | null> {
  const number = parseRoundParam(args.roundParam)
  if (number === null || !/^[a-z0-9-]{1,160}$/.test(args.slug)) return null
  // Read as the public: only published or closed contests are found.
  const contests = await payload.find({
    collection: CONTESTS_SLUG,
    where: { slug: { equals: args.slug } },
    limit: 1,
    depth: 0,
    overrideAccess: false,
    user: null,
  })
  const contest = contests.docs[0]
  if (!contest) return null
  const rounds = await payload.find({
    collection: CONTEST_ROUNDS_SLUG,
    where: { and: [{ contest: { equals: contest.id } }, { number: { equals: number } }] },
    limit: 1,
    depth: 0,
    overrideAccess: false,
    user: null,
  })
  const found = rounds.docs[0]
  const round = found ? await getRound(payload, found.id) : null
  if (!round) return null
  const token = args.readCookie(`pbgdpl_ct_${round.id}`)
  const entryId = isWellFormedToken(token) ? await entryByToken(payload, round.id, hashToken(token)) : null
  let attempts = entryId === null ? [] : await attemptsOfEntry(payload, entryId)
  if (entryId !== null && attempts.some((a) => a.status === 'in-progress' && a.deadlineAt <= args.now)) {
    await finaliseExpiredAttempts(payload, args.now, { entryId })
    attempts = await attemptsOfEntry(payload, entryId)
  }
  const open = attempts.find((a) => a.status === 'in-progress') ?? null
  const finished = attempts
    .filter((a) => a.status !== 'in-progress')
    .map((a) => ({ ...resultOf(a), attemptNo: a.attemptNo }))
  let reason: string | null = null
  if (!isRoundOpen(round, args.now)) {
    reason = args.now < round.opensAt ? 'Vòng thi chưa mở.' : 'Vòng thi đã kết thúc.'
  } else if (attempts.length >= round.attemptsAllowed) {
    reason = 'Bạn đã dùng hết số lượt thi của vòng này.'
  }
  return {
    contest: { title: round.contestTitle, slug: round.contestSlug },
    round: {
      id: round.id,
      number: round.number,
      title: round.title,
      opensAt: round.opensAt.toISOString(),
      closesAt: round.closesAt.toISOString(),
      questionCount: round.questionCount,
      timeLimitMinutes: round.timeLimitMinutes,
      attemptsAllowed: round.attemptsAllowed,
      hasPrediction: round.prediction !== null,
    },
    basePath: `/cuoc-thi/${round.contestSlug}/vong-${round.number}`,
    registered: entryId !== null,
    finished,
    open: open ? { attemptId: open.id, deadlineAt: open.deadlineAt.toISOString() } : null,
    canStart: entryId !== null && !open && reason === null,
    reason,
    serverNow: args.now.toISOString(),
  }
}
