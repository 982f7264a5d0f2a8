import type { PortalModule } from '@/modules/types'
import { PrivateFiles } from './collections/private-files'
import { Questions } from './collections/questions'
import { LegalBasisScan } from './globals/legal-basis-scan'
import { scanLegalBasis } from './server/scan-legal-basis'
import { sendQaReminders } from './server/send-reminders'
import { qaStatistics } from './statistics'
import { QUESTIONS_SLUG, questionPath } from './constants'
import { QA_SEARCH_LABEL, questionEntries } from './public/search-entries'

/**
 * Online legal Q&A (issue 4 §1–§3, §5): citizens' questions, their moderation, assignment to
 * units and experts, answers citing legal documents, approval and publication.
 */
export const qaModule: PortalModule = {
  name: 'qa',
  collections: [Questions, PrivateFiles],
  globals: [LegalBasisScan],
  statistics: [qaStatistics],
  scheduledTasks: [
    { name: 'qa-legal-basis-scan', run: scanLegalBasis },
    { name: 'qa-reminders', run: sendQaReminders },
  ],
  searchable: [{ collection: QUESTIONS_SLUG, label: QA_SEARCH_LABEL, path: questionPath, entries: questionEntries }],
}
