import type { Payload } from 'payload'
import { rankRound, rankSchools, rankUnits, type GroupRankRow, type RankRow } from './ranking'
import type { ResultBoard } from './result-params'

/**
 * Published leaderboards, kept in this process's memory for half a minute: once results are out
 * everybody looks at the same page at the same time, and each ranking reads every finished attempt
 * of the round. Half a minute is how late a change (a late revocation, an erased entry) shows.
 */
const TTL_MS = 30_000
const cache = new Map<string, { at: number; rows: Promise<RankRow[] | GroupRankRow[]> }>()

export function publishedBoard(
  payload: Payload,
  roundId: number,
  board: ResultBoard,
  now = Date.now(),
): Promise<RankRow[] | GroupRankRow[]> {
  const key = `${roundId}:${board}`
  const hit = cache.get(key)
  if (hit && now - hit.at < TTL_MS) return hit.rows
  const rank = board === 'vong' ? rankRound : board === 'don-vi' ? rankUnits : rankSchools
  const rows = rank(payload, roundId)
  cache.set(key, { at: now, rows })
  // A failed read is not kept: the next visitor tries again.
  rows.catch(() => cache.delete(key))
  if (cache.size > 200) cache.delete(cache.keys().next().value!)
  return rows
}
