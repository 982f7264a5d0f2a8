import type { GlobalConfig } from 'payload'
import { adminOnly } from '@/shared/access/rules'
import { SITUATIONS_SCAN_SLUG } from '../constants'

/**
 * Where the situations' legal-basis scan (server/scan-legal-basis.ts) stopped: the creation time
 * of the last effect-history entry and document relation it has read. Kept by the scheduler only.
 */
export const SituationsLegalBasisScan: GlobalConfig = {
  slug: SITUATIONS_SCAN_SLUG,
  label: 'Rà soát căn cứ pháp lý (tình huống pháp luật)',
  admin: { hidden: true },
  access: { read: adminOnly, update: adminOnly },
  fields: [
    { name: 'effectHistoryAt', type: 'date' },
    { name: 'relationsAt', type: 'date' },
  ],
}
