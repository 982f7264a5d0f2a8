import type { PortalModule } from '@/modules/types'
import { Questions } from './collections/questions'
import { LegalBasisScan } from './globals/legal-basis-scan'
import { scanLegalBasis } from './server/scan-legal-basis'

/**
 * Online legal Q&A (issue 4 §1–§3, §5): citizens' questions, their moderation, assignment to
 * units and experts, answers citing legal documents, approval and publication.
 */
export const qaModule: PortalModule = {
  name: 'qa',
  collections: [Questions],
  globals: [LegalBasisScan],
  scheduledTasks: [{ name: 'qa-legal-basis-scan', run: scanLegalBasis }],
}
