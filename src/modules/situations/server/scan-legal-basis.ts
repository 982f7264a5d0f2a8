import type { Payload } from 'payload'
import { scanCitingCollection, type CitingCollection } from '@/modules/legal-documents/citations/scan'
import type { WorkflowContext } from '@/shared/workflow/apply-workflow'
import { SITUATIONS_SCAN_SLUG, SITUATIONS_SLUG } from '../constants'

/**
 * Flags every situation (whatever its editorial state: a draft is published later) whose cited
 * document has lost effect or been amended since the last scan, through the shared scan.
 */
const situations: CitingCollection = {
  collection: SITUATIONS_SLUG,
  watermark: SITUATIONS_SCAN_SLUG,
  isPublic: (doc) => doc.workflowState === 'published',
  // The flag is not an editorial step: no workflow transition, no history row, no notification.
  context: () => ({ skipWorkflow: true }) satisfies WorkflowContext,
}

export function scanSituationsLegalBasis(payload: Payload, now: Date): Promise<boolean> {
  return scanCitingCollection(payload, situations, now)
}
