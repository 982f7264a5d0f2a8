import type { CollectionSlug, Payload } from 'payload'
import type { SearchableSpec } from '@/modules/types'
import { lexicalToPlainText } from '@/shared/text/lexical-text'
import type { SearchEntry } from '../engine/types'

type Doc = Record<string, unknown>

const idOf = (value: unknown): number | string | null => {
  if (typeof value === 'number' || typeof value === 'string') return value
  if (value && typeof value === 'object' && 'id' in value) return (value as { id: number | string }).id
  return null
}

/** Slugs of the legal fields a document is tagged with (the facet values visitors filter on). */
export async function fieldSlugs(payload: Payload, value: unknown): Promise<string[]> {
  if (!Array.isArray(value) || value.length === 0) return []
  const populated = value.filter((v): v is { slug: string } => !!v && typeof v === 'object' && 'slug' in v)
  if (populated.length === value.length) return populated.map((v) => v.slug)
  const ids = value.map(idOf).filter((v): v is number | string => v !== null)
  // Public taxonomy read as the system: only slugs are taken.
  const found = await payload.find({
    collection: 'legal-fields' as CollectionSlug,
    where: { id: { in: ids } },
    limit: ids.length,
    depth: 0,
    overrideAccess: true,
  })
  return found.docs.map((d) => (d as { slug?: string }).slug).filter((s): s is string => !!s)
}

function text(value: unknown): string {
  if (typeof value === 'string') return value
  if (value && typeof value === 'object') return lexicalToPlainText(value)
  return ''
}

/** One entry per document: title, summary, body and the few other text fields content types have. */
export async function defaultEntries(spec: SearchableSpec, doc: Doc, payload: Payload): Promise<SearchEntry[]> {
  const slug = typeof doc.slug === 'string' ? doc.slug : String(doc.id)
  const body = ['summary', 'place', 'meetingPlace', 'body']
    .map((f) => text(doc[f]))
    .filter(Boolean)
    .join('\n')
  const date = (doc.publishedAt ?? doc.issuedAt ?? doc.startsAt ?? null) as string | null
  return [
    {
      key: `${spec.collection}:${String(doc.id)}`,
      collection: spec.collection,
      docId: doc.id as number | string,
      url: spec.path(slug),
      title: typeof doc.title === 'string' ? doc.title : slug,
      body,
      docNumber: typeof doc.number === 'string' ? doc.number : null,
      facets: {
        type: spec.label,
        field: await fieldSlugs(payload, doc.fields),
        year: date ? new Date(date).getFullYear() : null,
      },
      publishedAt: date,
    },
  ]
}

export function entriesOf(spec: SearchableSpec, doc: Doc, payload: Payload): Promise<SearchEntry[]> {
  return spec.entries ? spec.entries(doc, payload) : defaultEntries(spec, doc, payload)
}
