import type { Payload } from 'payload'
import type { SearchEntry } from '@/modules/search/engine/types'
import { fieldSlugs } from '@/modules/search/server/entries'
import { lexicalToPlainText } from '@/shared/text/lexical-text'
import { SITUATIONS_SEARCH_LABEL, SITUATIONS_SLUG, situationPath } from '../constants'

/** The search entry of a published situation: its story, question, analysis and conclusion. */
export async function situationEntries(doc: Record<string, unknown>, payload: Payload): Promise<SearchEntry[]> {
  const id = doc.id as number | string
  const slug = typeof doc.slug === 'string' && doc.slug ? doc.slug : String(id)
  const plain = (value: unknown) => (typeof value === 'string' ? value : value ? lexicalToPlainText(value) : '')
  const body = ['summary', 'scenario', 'question', 'analysis', 'answer']
    .map((f) => plain(doc[f]))
    .filter(Boolean)
    .join('\n')
  const date = typeof doc.publishedAt === 'string' ? doc.publishedAt : null
  return [
    {
      key: `${SITUATIONS_SLUG}:${String(id)}`,
      collection: SITUATIONS_SLUG,
      docId: id,
      url: situationPath(slug),
      title: typeof doc.title === 'string' ? doc.title : slug,
      body,
      facets: {
        type: SITUATIONS_SEARCH_LABEL,
        field: await fieldSlugs(payload, doc.fields),
        year: date ? new Date(date).getFullYear() : null,
      },
      publishedAt: date,
    },
  ]
}
