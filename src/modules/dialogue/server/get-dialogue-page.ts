import type { Dialogue } from '@/payload-types'
import { portalPayload } from '@/shared/content/payload'
import { isClosed } from '../phase'
import { getDialogue, publishedComments } from './queries'
import { buildSummary, type Summary } from './summary'

/** Everything the public dialogue page shows, as an anonymous visitor sees it. */
export async function getDialoguePage(slug: string) {
  const dialogue = await getDialogue(slug)
  if (!dialogue) return null
  const comments = await publishedComments(dialogue.id)
  const summary = await publicSummary(dialogue)
  return { dialogue, comments, summary }
}

/** The summary table once it is published (and the dialogue closed), else null. */
export async function publicSummary(dialogue: Dialogue): Promise<Summary | null> {
  if (!dialogue.summaryPublished || !isClosed(dialogue)) return null
  return buildSummary(await portalPayload(), dialogue, null)
}
