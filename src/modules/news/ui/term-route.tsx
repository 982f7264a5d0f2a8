import type { CollectionSlug } from 'payload'
import { notFound } from 'next/navigation'
import type { Area, Audience, LegalField } from '@/payload-types'
import { findPublishedBySlug } from '@/shared/content/published'
import { findArticles } from '../server/queries'
import { ArticleListPage } from './article-list-page'

export const TERM_KINDS = {
  'linh-vuc': { collection: 'legal-fields', field: 'fields', label: 'Lĩnh vực' },
  'doi-tuong': { collection: 'audiences', field: 'audiences', label: 'Đối tượng' },
  'dia-ban': { collection: 'areas', field: 'areas', label: 'Địa bàn' },
} as const

export type TermKind = keyof typeof TERM_KINDS

/** Articles tagged with one legal field, audience or area. */
export async function TermRoute({ kind, slug, page }: { kind: TermKind; slug: string; page: number | null }) {
  if (page === null) notFound()
  const spec = TERM_KINDS[kind]
  const term = await findPublishedBySlug<LegalField | Audience | Area>(spec.collection as CollectionSlug, slug, 0)
  if (!term) notFound()
  const result = await findArticles({ where: { [spec.field]: { in: [term.id] } }, page })
  if (page > result.totalPages) notFound()
  const base = `/${kind}/${term.slug}`
  return (
    <ArticleListPage
      title={`${spec.label}: ${term.title}`}
      description={term.summary}
      crumbs={[{ label: spec.label }, { label: term.title }]}
      result={result}
      hrefFor={(p) => (p === 1 ? base : `${base}/trang/${p}`)}
    />
  )
}
