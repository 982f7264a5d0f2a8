import type { Payload } from 'payload'
import type { SearchEntry } from '@/modules/search/engine/types'
import { fieldSlugs } from '@/modules/search/server/entries'
import { lexicalToPlainText } from '@/shared/text/lexical-text'
import { QUESTIONS_SLUG, questionPath } from '../constants'

export const QA_SEARCH_LABEL = 'Hỏi đáp'

/**
 * The search entry of a published question: its public title, its public wording and the text of
 * the official answer (never the asker's original wording or contact, which are other fields).
 */
export async function questionEntries(doc: Record<string, unknown>, payload: Payload): Promise<SearchEntry[]> {
  const id = doc.id as number | string
  const slug = typeof doc.slug === 'string' && doc.slug ? doc.slug : String(id)
  const body = [typeof doc.body === 'string' ? doc.body : '', doc.answer ? lexicalToPlainText(doc.answer) : '']
    .filter(Boolean)
    .join('\n')
  const date = typeof doc.publishedAt === 'string' ? doc.publishedAt : null
  return [
    {
      key: `${QUESTIONS_SLUG}:${String(id)}`,
      collection: QUESTIONS_SLUG,
      docId: id,
      url: questionPath(slug),
      title: typeof doc.title === 'string' ? doc.title : slug,
      body,
      facets: {
        type: QA_SEARCH_LABEL,
        field: await fieldSlugs(payload, doc.field ? [doc.field] : []),
        year: date ? new Date(date).getFullYear() : null,
      },
      publishedAt: date,
    },
  ]
}
