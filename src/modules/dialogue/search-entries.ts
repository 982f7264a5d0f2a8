import type { Payload } from 'payload'
import type { SearchEntry } from '@/modules/search/engine/types'
import { fieldSlugs } from '@/modules/search/server/entries'
import { lexicalToPlainText } from '@/shared/text/lexical-text'
import { DIALOGUES_SLUG, dialoguePath } from './constants'

type Doc = Record<string, unknown>
type Section = { key?: string; heading?: string; body?: string | null }

/** A published dialogue is found by its title, summary, introduction and the text under discussion. */
export async function dialogueEntries(doc: Doc, payload: Payload): Promise<SearchEntry[]> {
  const id = doc.id as number | string
  const slug = typeof doc.slug === 'string' && doc.slug ? doc.slug : String(id)
  const sections = (Array.isArray(doc.sections) ? doc.sections : []) as Section[]
  const body = [
    typeof doc.summary === 'string' ? doc.summary : '',
    lexicalToPlainText(doc.introduction),
    ...sections.map((s) => `${s.heading ?? ''}\n${s.body ?? ''}`),
  ]
    .filter(Boolean)
    .join('\n')
  return [
    {
      key: `${DIALOGUES_SLUG}:${id}`,
      collection: DIALOGUES_SLUG,
      docId: id,
      url: dialoguePath(slug),
      title: String(doc.title ?? ''),
      heading: doc.kind === 'truc-tiep' ? 'Đối thoại trực tiếp' : 'Lấy ý kiến dự thảo',
      body,
      facets: { type: 'Đối thoại, lấy ý kiến', field: await fieldSlugs(payload, doc.fields) },
      publishedAt: typeof doc.publishedAt === 'string' ? doc.publishedAt : null,
    },
  ]
}
