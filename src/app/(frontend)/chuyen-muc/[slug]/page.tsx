import type { Metadata } from 'next'
import { listMetadata } from '@/modules/data-exchange/feeds/list-metadata'
import { feedAlternates } from '@/modules/data-exchange/feeds/sources'
import { getSectionWithTrail } from '@/modules/taxonomy/server/get-sections'
import { SectionRoute } from './section-route'

export const revalidate = 3600
export async function generateStaticParams() {
  return []
}

type Props = { params: Promise<{ slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params
  const found = await getSectionWithTrail(slug)
  return found
    ? listMetadata(`/chuyen-muc/${slug}`, {
        title: found.section.title,
        description: found.section.summary ?? undefined,
        alternates: { types: feedAlternates({ kind: 'section', slug }, found.section.title) },
        other: { 'DC.subject': found.section.title },
      })
    : { title: 'Không tìm thấy chuyên mục' }
}

export default async function SectionPage({ params }: Props) {
  const { slug } = await params
  return <SectionRoute slug={slug} page={1} />
}
