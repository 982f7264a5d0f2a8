import type { PortalModule } from '@/modules/types'
import { OutboxMails } from './collections/outbox-mails'
import { drainOutbox } from './outbox'

export { enqueueMail, drainOutbox } from './outbox'
export type { OutgoingMail } from './outbox'
export { OUTBOX_MAILS } from './constants'

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
  ],
}
