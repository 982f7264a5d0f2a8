import type { Metadata } from 'next'
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
    ? {
        title: found.section.title,
        description: found.section.summary ?? undefined,
        alternates: { types: { 'application/rss+xml': `/chuyen-muc/${slug}/rss.xml` } },
      }
    : { title: 'Không tìm thấy chuyên mục' }
}

export default async function SectionPage({ params }: Props) {
  const { slug } = await params
  return <SectionRoute slug={slug} page={1} />
}
