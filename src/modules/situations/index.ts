import type { PortalModule } from '@/modules/types'
import { LegalSituations } from './collections/legal-situations'
import { SITUATIONS_SEARCH_LABEL, SITUATIONS_SLUG, situationPath } from './constants'
import { SituationsLegalBasisScan } from './globals/legal-basis-scan'
import { situationEntries } from './public/search-entries'
import { scanSituationsLegalBasis } from './server/scan-legal-basis'

/**
 * Legal situations (issue 6 §2): stories with the legal question they raise, the analysis, the
 * answer and the articles it rests on, an optional quiz; public pages under /tinh-huong.
 */
export const situationsModule: PortalModule = {
  name: 'situations',
  collections: [LegalSituations],
  globals: [SituationsLegalBasisScan],
  workflowCollections: [SITUATIONS_SLUG],
  scheduledTasks: [{ name: 'situations-legal-basis-scan', run: scanSituationsLegalBasis }],
  searchable: [
    { collection: SITUATIONS_SLUG, label: SITUATIONS_SEARCH_LABEL, path: situationPath, entries: situationEntries },
  ],
}
