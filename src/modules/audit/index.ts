import type { PortalModule } from '@/modules/types'
import { AuditLog } from './collections/audit-log'

export { AUDIT_LOG, AUDITED_COLLECTIONS, AUDITED_GLOBALS } from './constants'
export { withAuditTrail, withGlobalAuditTrail } from './audit'

/** The audit log of privileged actions (hooks in ./audit.ts, applied in payload.config.ts). */
export const auditModule: PortalModule = {
  name: 'audit',
  collections: [AuditLog],
}
