import type { Payload } from 'payload'
import type { ContestQuestion, ContestRound } from '@/payload-types'
import { CONTESTS_SLUG, CONTEST_QUESTIONS_SLUG, CONTEST_ROUNDS_SLUG } from '../constants'
import type { DrawableQuestion } from '../engine/items'

/**
 * What the engine needs of a round and its question pool, kept in this process's memory for a few
 * seconds: at the start of a contest a thousand contestants ask for the same round at once. The
 * hooks on rounds and questions clear these caches when the organisers edit them.
 */

export type RoundInfo = {
  id: number
  contestId: number
  contestSlug: string
  contestTitle: string
  contestStatus: string
  number: number
  title: string
  opensAt: Date
  closesAt: Date
  questionCount: number
  timeLimitMinutes: number
  attemptsAllowed: number
  drawFields: number[]
  questions: number[]
  prediction: { questionId: number; text: string } | null
  predictionAnswer: number | null
  resultsPublished: boolean
}

const ROUND_TTL_MS = 5_000
const POOL_TTL_MS = 15_000
const rounds = new Map<string, { at: number; value: Promise<RoundInfo | null> }>()
const pools = new Map<string, { at: number; value: Promise<DrawableQuestion[]> }>()

export function clearRoundCaches(roundId?: number | string): void {
  if (roundId === undefined) {
    rounds.clear()
    pools.clear()
    return
  }
  rounds.delete(String(roundId))
  pools.delete(String(roundId))
}

const ids = (value: unknown): number[] =>
  Array.isArray(value)
    ? value
        .map((v) => (typeof v === 'object' && v !== null ? (v as { id: unknown }).id : v))
        .map(Number)
        .filter((n) => Number.isInteger(n))
    : []
const idOf = (value: unknown): number | null => {
  const v = typeof value === 'object' && value !== null ? (value as { id: unknown }).id : value
  const n = Number(v)
  return v !== null && v !== undefined && Number.isInteger(n) ? n : null
}

async function loadRound(payload: Payload, roundId: number): Promise<RoundInfo | null> {
  // System reads: the engine needs the round's pool and prediction settings, which the public API
  // hides (field access), and the contest's status to refuse attempts in unpublished contests.
  const round = (await payload
    .findByID({ collection: CONTEST_ROUNDS_SLUG, id: roundId, depth: 0, overrideAccess: true })
    .catch(() => null)) as ContestRound | null
  if (!round) return null
  const contestId = idOf(round.contest)
  const contest = contestId
    ? await payload
        .findByID({ collection: CONTESTS_SLUG, id: contestId, depth: 0, overrideAccess: true })
        .catch(() => null)
    : null
  if (!contest || contestId === null) return null
  const predictionId = idOf(round.predictionQuestion)
  const prediction = predictionId
    ? ((await payload
        .findByID({ collection: CONTEST_QUESTIONS_SLUG, id: predictionId, depth: 0, overrideAccess: true })
        .catch(() => null)) as ContestQuestion | null)
    : null
  return {
    id: round.id,
    contestId,
    contestSlug: String(contest.slug ?? ''),
    contestTitle: String(contest.title ?? ''),
    contestStatus: String(contest.status ?? 'draft'),
    number: round.number,
    title: round.title,
    opensAt: new Date(round.opensAt),
    closesAt: new Date(round.closesAt),
    questionCount: round.questionCount,
    timeLimitMinutes: round.timeLimitMinutes,
    attemptsAllowed: round.attemptsAllowed,
    drawFields: ids(round.drawFields),
    questions: ids(round.questions),
    prediction: prediction && predictionId ? { questionId: predictionId, text: prediction.text } : null,
    predictionAnswer: typeof round.predictionAnswer === 'number' ? round.predictionAnswer : null,
    resultsPublished: round.resultsPublished === true,
  }
}

export function getRound(payload: Payload, roundId: number | string, now = Date.now()): Promise<RoundInfo | null> {
  const id = Number(roundId)
  if (!Number.isInteger(id) || id <= 0) return Promise.resolve(null)
  const key = String(id)
  const hit = rounds.get(key)
  if (hit && now - hit.at < ROUND_TTL_MS) return hit.value
  const value = loadRound(payload, id)
  rounds.set(key, { at: now, value })
  value.catch(() => rounds.delete(key))
  return value
}

/** The round's pool: its explicit list, else its fields, else every active choice question. */
export async function loadPool(
  payload: Payload,
  round: Pick<RoundInfo, 'questions' | 'drawFields'>,
): Promise<DrawableQuestion[]> {
  const scope =
    round.questions.length > 0
      ? [{ id: { in: round.questions } }]
      : round.drawFields.length > 0
        ? [{ field: { in: round.drawFields } }]
        : []
  // System read: the bank and its answer keys are for the organisers only; the engine snapshots them.
  const found = await payload.find({
    collection: CONTEST_QUESTIONS_SLUG,
    where: { and: [{ active: { equals: true } }, { kind: { in: ['single', 'multiple', 'true-false'] } }, ...scope] },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  return found.docs as unknown as DrawableQuestion[]
}

export function getPool(payload: Payload, round: RoundInfo, now = Date.now()): Promise<DrawableQuestion[]> {
  const key = String(round.id)
  const hit = pools.get(key)
  if (hit && now - hit.at < POOL_TTL_MS) return hit.value
  const value = loadPool(payload, round)
  pools.set(key, { at: now, value })
  value.catch(() => pools.delete(key))
  return value
}
