import type { PortalModule } from '@/modules/types'
import { PrivacyAudit } from './collections/privacy-audit'

export { PRIVACY_AUDIT, PRIVACY_ACTION_LABELS } from './constants'
export type { PrivacyAction } from './constants'

/** The personal-data audit trail (hooks and logging in ./audit.ts). */
export const privacyModule: PortalModule = {
  name: 'privacy',
  collections: [PrivacyAudit],
}
