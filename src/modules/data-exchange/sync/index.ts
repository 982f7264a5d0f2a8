import type { ScheduledTask } from '@/modules/types'
import { SyncConflicts } from './collections/sync-conflicts'
import { SyncRecords } from './collections/sync-records'
import { SyncSources } from './collections/sync-sources'

export const syncCollections = [SyncSources, SyncRecords, SyncConflicts]

/** Pulls the sources whose interval has passed (see follower.ts); loaded on first use. */
export const syncTask: ScheduledTask = {
  name: 'sync-pull-sources',
  run: async (payload, now) => {
    const { pullDueSources } = await import('./follower')
    return pullDueSources(payload, now)
  },
}
