import type { CollectionSlug } from 'payload'
import { WEBHOOK_SECRET_PURPOSE, WEBHOOK_SUBSCRIPTIONS_SLUG } from './changes/constants'
import { SYNC_API_KEY_PURPOSE, SYNC_SOURCES_SLUG, SYNC_WEBHOOK_SECRET_PURPOSE } from './sync/constants'

/**
 * The credentials this module keeps to call or verify other systems, stored sealed under the
 * installation's secret (src/shared/security/secrets.ts): a source portal's API key and webhook
 * secret, and the signing secret of each webhook subscription. Secret rotation and the upgrade
 * migration that sealed those kept in clear before walk this list.
 */
export const STORED_CREDENTIALS: ReadonlyArray<{
  collection: CollectionSlug
  fields: ReadonlyArray<{ field: string; purpose: string }>
}> = [
  {
    collection: SYNC_SOURCES_SLUG,
    fields: [
      { field: 'apiKey', purpose: SYNC_API_KEY_PURPOSE },
      { field: 'webhookSecret', purpose: SYNC_WEBHOOK_SECRET_PURPOSE },
    ],
  },
  { collection: WEBHOOK_SUBSCRIPTIONS_SLUG, fields: [{ field: 'secret', purpose: WEBHOOK_SECRET_PURPOSE }] },
]
