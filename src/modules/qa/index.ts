import type { PortalModule } from '@/modules/types'
import { Questions } from './collections/questions'

/**
 * Online legal Q&A (issue 4 §1–§3, §5): citizens' questions, their moderation, assignment to
 * units and experts, answers citing legal documents, approval and publication.
 */
export const qaModule: PortalModule = {
  name: 'qa',
  collections: [Questions],
}
