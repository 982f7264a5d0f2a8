import type { ScheduledTask } from '@/modules/types'
import { PublicationLog } from './collections/publication-log'
import { WebhookDeliveries } from './collections/webhook-deliveries'
import { WebhookSubscriptions } from './collections/webhook-subscriptions'
import { deliverWebhooks } from './webhooks'

/** The change feed's and the push webhooks' collections and scheduled task (issue 7 §3, §5). */
export const changesCollections = [PublicationLog, WebhookSubscriptions, WebhookDeliveries]

export const changesTasks: ScheduledTask[] = [
  {
    name: 'webhook-deliveries',
    run: async (payload, now) => {
      await deliverWebhooks(payload, now)
      return false
    },
  },
]
