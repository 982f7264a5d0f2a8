import type { Payload } from 'payload'
import type { Contest, ContestRound } from '@/payload-types'
import { SLUG_PATTERN } from '@/shared/text/vietnamese'
import { CONTESTS_SLUG, CONTEST_ROUNDS_SLUG } from '../constants'

/**
 * What the public pages read: contests as an anonymous visitor sees them (published and closed
 * ones; the collection's read rule keeps drafts out) and their rounds (the round fields the public
 * must not see — question pool, prediction answer — are hidden by field access).
 */

export type RoundState = 'upcoming' | 'open' | 'closed'

export const roundState = (round: Pick<ContestRound, 'opensAt' | 'closesAt'>, now = new Date()): RoundState => {
  if (now.getTime() < new Date(round.opensAt).getTime()) return 'upcoming'
  if (now.getTime() >= new Date(round.closesAt).getTime()) return 'closed'
  return 'open'
}

export const ROUND_STATE_LABELS: Record<RoundState, string> = {
  upcoming: 'Sắp mở',
  open: 'Đang mở',
  closed: 'Đã đóng',
}

/** `vong-<n>` ↔ the round's number. */
export const roundParam = (n: number): string => `vong-${n}`
export function parseRoundParam(value: string): number | null {
  const m = /^vong-([1-9][0-9]?)$/.exec(value)
  return m ? Number(m[1]) : null
}
export const isContestSlug = (value: string): boolean => value.length <= 160 && SLUG_PATTERN.test(value)

export const contestPath = (slug: string): string => `/cuoc-thi/${slug}`
export const roundPath = (slug: string, n: number, tail = ''): string =>
  `/cuoc-thi/${slug}/${roundParam(n)}${tail ? `/${tail}` : ''}`

const asVisitor = { overrideAccess: false, user: null } as const

export type ContestWithRounds = { contest: Contest; rounds: ContestRound[] }

export async function findPublicContests(payload: Payload): Promise<ContestWithRounds[]> {
  const contests = await payload.find({
    collection: CONTESTS_SLUG,
    sort: '-createdAt',
    limit: 100,
    depth: 1,
    ...asVisitor,
  })
  if (contests.docs.length === 0) return []
  const rounds = await payload.find({
    collection: CONTEST_ROUNDS_SLUG,
    where: { contest: { in: contests.docs.map((c) => c.id) } },
    sort: 'number',
    pagination: false,
    depth: 0,
    ...asVisitor,
  })
  return contests.docs.map((contest) => ({
    contest,
    rounds: rounds.docs.filter((r) => r.contest === contest.id),
  }))
}

export type ContestPhase = 'ongoing' | 'upcoming' | 'finished'

/** A contest is under way while any round is open, upcoming before its first round opens. */
export function contestPhase({ contest, rounds }: ContestWithRounds, now = new Date()): ContestPhase {
  if (contest.status === 'closed') return 'finished'
  const states = rounds.map((r) => roundState(r, now))
  if (states.includes('open')) return 'ongoing'
  if (states.includes('upcoming')) return states.includes('closed') ? 'ongoing' : 'upcoming'
  return rounds.length === 0 ? 'upcoming' : 'finished'
}

export async function getPublicContest(payload: Payload, slug: string): Promise<ContestWithRounds | null> {
  if (!isContestSlug(slug)) return null
  const found = await payload.find({
    collection: CONTESTS_SLUG,
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 1,
    ...asVisitor,
  })
  const contest = found.docs[0]
  if (!contest) return null
  const rounds = await payload.find({
    collection: CONTEST_ROUNDS_SLUG,
    where: { contest: { equals: contest.id } },
    sort: 'number',
    pagination: false,
    depth: 0,
    ...asVisitor,
  })
  return { contest, rounds: rounds.docs }
}

export type PublicRound = { contest: Contest; round: ContestRound; rounds: ContestRound[] }

/** The round of `/cuoc-thi/<slug>/vong-<n>`, or null (unknown contest, malformed or unknown round). */
export async function getPublicRound(payload: Payload, slug: string, param: string): Promise<PublicRound | null> {
  const n = parseRoundParam(param)
  if (n === null) return null
  const data = await getPublicContest(payload, slug)
  const round = data?.rounds.find((r) => r.number === n)
  return data && round ? { contest: data.contest, round, rounds: data.rounds } : null
}
