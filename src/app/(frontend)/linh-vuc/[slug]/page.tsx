import type { Metadata } from 'next'
import { listMetadata } from '@/modules/data-exchange/feeds/list-metadata'
import type { LegalField } from '@/payload-types'
import { feedAlternates } from '@/modules/data-exchange/feeds/sources'
import { TermRoute } from '@/modules/news/ui/term-route'
import { findPublishedBySlug } from '@/shared/content/published'

export const revalidate = 3600
export async function generateStaticParams() {
  return []
}
export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  const { slug } = await params
  const field = await findPublishedBySlug<LegalField>('legal-fields', slug, 0)
  return field
    ? listMetadata(`/linh-vuc/${slug}`, {
        title: `Lĩnh vực: ${field.title}`,
        alternates: { types: feedAlternates({ kind: 'legal-field', slug }, `Lĩnh vực ${field.title}`) },
        other: { 'DC.subject': field.title },
      })
    : { title: 'Bài viết theo chủ đề' }
}

export default async function TermPage({ params }: { params: Promise<{ slug: string }> }) {
  return <TermRoute kind="linh-vuc" slug={(await params).slug} page={1} />
}
