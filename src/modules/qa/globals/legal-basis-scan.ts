import type { GlobalConfig } from 'payload'
import { adminOnly } from '@/shared/access/rules'

export const LEGAL_BASIS_SCAN_SLUG = 'qa-legal-basis-scan'

/**
 * Where the legal-basis scan (server/scan-legal-basis.ts) stopped: the creation time of the last
 * effect-history entry and document relation it has read. Kept by the scheduler only.
 */
export const LegalBasisScan: GlobalConfig = {
  slug: LEGAL_BASIS_SCAN_SLUG,
  label: 'Rà soát căn cứ pháp lý (hỏi đáp)',
  admin: { hidden: true },
  access: { read: adminOnly, update: adminOnly },
  fields: [
    { name: 'effectHistoryAt', type: 'date' },
    { name: 'relationsAt', type: 'date' },
  ],
}
