import type { PortalModule } from '@/modules/types'
import { OutboxMails } from './collections/outbox-mails'
import { drainOutbox, purgeOldMails } from './outbox'

export { enqueueMail, drainOutbox, purgeOldMails } from './outbox'
export type { OutgoingMail } from './outbox'
export { OUTBOX_MAILS } from './constants'

let lastPurge = 0

/** Outgoing mail with retries, so a confirmation is never lost to an SMTP outage. */
export const outboxModule: PortalModule = {
  name: 'outbox',
  collections: [OutboxMails],
  scheduledTasks: [
    {
      name: 'outbox-retry',
      run: async (payload, now) => {
        await drainOutbox(payload, now)
        return false
      },
    },
    {
      name: 'outbox-purge',
      // Hourly is plenty for a retention measured in days.
      run: async (payload, now) => {
        if (now.getTime() - lastPurge < 3_600_000) return false
        lastPurge = now.getTime()
        await purgeOldMails(payload, now)
        return false
      },
    },
  ],
}
