import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getEvent } from '@/modules/news/server/queries'
import { EventView } from '@/modules/news/ui/detail-views'

export const revalidate = 3600
export async function generateStaticParams() {
  return []
}

type Props = { params: Promise<{ slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const doc = await getEvent((await params).slug)
  return doc
    ? {
        title: doc.title,
        description: doc.summary ?? undefined,
        openGraph: { title: doc.title, description: doc.summary ?? undefined, type: 'article' },
      }
    : { title: 'Không tìm thấy' }
}

export default async function DetailPage({ params }: Props) {
  const doc = await getEvent((await params).slug)
  if (!doc) notFound()
  return <EventView event={doc} />
}
