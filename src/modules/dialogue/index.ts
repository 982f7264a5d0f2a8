import type { PortalModule } from '@/modules/types'
import { DialogueComments } from './collections/dialogue-comments'
import { Dialogues } from './collections/dialogues'
import { DIALOGUES_SLUG, dialoguePath } from './constants'
import { dialogueEntries } from './search-entries'
import { dialoguePhaseTask } from './server/phase-change-task'
import { dialogueStatistics } from './statistics'

/**
 * Policy–law dialogue (đối thoại, lấy ý kiến): drafts split into sections that citizens comment
 * on, moderation and reader flags, the organiser's decisions and the published summary table
 * (with XLSX and PDF exports), and live sessions with questions collected beforehand. Public
 * pages live under /doi-thoai; server code is imported by routes directly.
 */
export const dialogueModule: PortalModule = {
  name: 'dialogue',
  collections: [Dialogues, DialogueComments],
  workflowCollections: [DIALOGUES_SLUG],
  searchable: [
    { collection: DIALOGUES_SLUG, label: 'Đối thoại, lấy ý kiến', path: dialoguePath, entries: dialogueEntries },
  ],
  scheduledTasks: [dialoguePhaseTask],
  statistics: [dialogueStatistics],
}
