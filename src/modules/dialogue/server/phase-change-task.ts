import type { Payload } from 'payload'
import type { ScheduledTask } from '@/modules/types'
import { DIALOGUES_SLUG } from '../constants'

let lastRun: Date | null = null

/**
 * Dialogue pages are cached, and a dialogue changes phase by the clock alone (opening, closing),
 * with no write to refresh them. On every scheduler tick, any published dialogue that opened or
 * closed since the last tick makes the task report a public change, so the cache is refreshed and
 * the form disappears at the deadline.
 */
export async function dialoguePhaseChanged(payload: Payload, now: Date): Promise<boolean> {
  const since = lastRun ?? new Date(now.getTime() - 60_000)
  lastRun = now
  const window = (field: 'opensAt' | 'closesAt') => ({
    and: [{ [field]: { greater_than: since.toISOString() } }, { [field]: { less_than_equal: now.toISOString() } }],
  })
  const changed = await payload.count({
    collection: DIALOGUES_SLUG,
    where: { and: [{ workflowState: { equals: 'published' } }, { or: [window('opensAt'), window('closesAt')] }] },
    // Scheduler task: reads as the system, on no one's behalf.
    overrideAccess: true,
  })
  return changed.totalDocs > 0
}

export const dialoguePhaseTask: ScheduledTask = { name: 'dialogue-phase-change', run: dialoguePhaseChanged }
