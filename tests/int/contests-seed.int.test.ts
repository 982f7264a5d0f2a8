import { afterAll, beforeAll, expect, it } from 'vitest'
import { startTestPayload, type TestPayload } from '../helpers/payload'

/**
 * The demo contests on a fresh database (both dialects): an open contest and a finished one whose
 * leaderboard, taken through the real engine, shows minors by shortened names; seeding twice adds
 * nothing.
 */
let t: TestPayload

beforeAll(async () => {
  t = await startTestPayload('contests-seed')
})
afterAll(async () => {
  await t?.close()
})

it('seeds an open contest and a finished one with published results, once', async () => {
  const { seedContests } = await import('@/modules/contests/seed/seed-contests')
  const { rankRound } = await import('@/modules/contests/server/ranking')
  const { findPublicContests, contestPhase } = await import('@/modules/contests/server/public-queries')
  await seedContests(t.payload)
  await seedContests(t.payload)
  const questions = await t.payload.count({ collection: 'contest-questions', overrideAccess: true })
  expect(questions.totalDocs).toBe(40)
  const contests = await findPublicContests(t.payload)
  expect(contests.map((c) => contestPhase(c)).sort()).toEqual(['finished', 'ongoing'])
  const finished = contests.find((c) => c.contest.status === 'closed')!
  const round = finished.rounds[0]!
  expect(round.resultsPublished).toBe(true)
  const rows = await rankRound(t.payload, round.id)
  expect(rows).toHaveLength(10)
  expect(rows[0]).toMatchObject({ score: 8, maxScore: 8 })
  // Two perfect scores: the closer prediction (11 of 10 entries) ranks first.
  expect(rows.slice(0, 2).map((r) => r.publicName)).toEqual(['Nguyễn H. P.', 'Trần N. B. A.'])
  expect(rows.map((r) => r.publicName)).toContain('Phạm Thị Thu Hà')
  const certificates = await t.payload.count({ collection: 'contest-certificates', overrideAccess: true })
  expect(certificates.totalDocs).toBe(6)
})
