import type { PortalModule } from '@/modules/types'
import { cleanupAntiSpamRecords } from '@/shared/antispam/records'
import { AntiSpamRecords } from './collections/antispam-records'

const CLEANUP_EVERY_MS = 5 * 60_000
let lastCleanup = 0

/** Anti-spam bookkeeping for public forms (checks live in src/shared/antispam). */
export const antispamModule: PortalModule = {
  name: 'antispam',
  collections: [AntiSpamRecords],
  scheduledTasks: [
    {
      name: 'antispam-cleanup',
      // The scheduler ticks every few seconds; expired records only need to go now and then.
      run: async (payload, now) => {
        if (now.getTime() - lastCleanup < CLEANUP_EVERY_MS) return false
        lastCleanup = now.getTime()
        await cleanupAntiSpamRecords(payload, now)
        return false
      },
    },
  ],
}
