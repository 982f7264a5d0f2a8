import type { Payload } from 'payload'
import type { SearchEntry } from '@/modules/search/engine/types'
import { fieldSlugs } from '@/modules/search/server/entries'
import { kindLabel, LIBRARY_ITEMS_SLUG, libraryPath } from './constants'

/**
 * The search entry of a published library item: its title, summary and the text that stands in
 * for its media (an audio transcript, an infographic's long description, a book's author).
 */
export async function libraryEntries(doc: Record<string, unknown>, payload: Payload): Promise<SearchEntry[]> {
  const id = doc.id as number | string
  const slug = typeof doc.slug === 'string' && doc.slug ? doc.slug : String(id)
  const text = (key: string) => (typeof doc[key] === 'string' ? (doc[key] as string) : '')
  const body = [text('summary'), text('transcript'), text('longDescription'), text('author'), text('publisher')]
    .filter(Boolean)
    .join('\n')
  const date = typeof doc.publishedAt === 'string' ? doc.publishedAt : null
  return [
    {
      key: `${LIBRARY_ITEMS_SLUG}:${String(id)}`,
      collection: LIBRARY_ITEMS_SLUG,
      docId: id,
      url: libraryPath(slug),
      title: text('title') || slug,
      heading: kindLabel(text('kind')),
      body,
      facets: {
        type: 'Thư viện số',
        field: await fieldSlugs(payload, Array.isArray(doc.fields) ? doc.fields : []),
        year: date ? new Date(date).getFullYear() : null,
      },
      publishedAt: date,
    },
  ]
}
