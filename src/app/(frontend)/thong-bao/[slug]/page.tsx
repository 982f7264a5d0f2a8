import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { dublinCore } from '@/modules/data-exchange/feeds/structured-data'
import { getSiteSettings } from '@/modules/settings/server/get-site-settings'
import { absoluteUrl } from '@/shared/ui/site-url'
import { getAnnouncement } from '@/modules/news/server/queries'
import { AnnouncementView } from '@/modules/news/ui/detail-views'
import { SyncProvenance } from '@/modules/data-exchange/sync/ui/provenance'

export const revalidate = 3600
export async function generateStaticParams() {
  return []
}

type Props = { params: Promise<{ slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [doc, settings] = await Promise.all([getAnnouncement((await params).slug), getSiteSettings()])
  return doc
    ? {
        other: dublinCore({
          title: doc.title,
          creator: settings.operatorName,
          publisher: settings.operatorName,
          date: doc.issuedAt,
          identifier: absoluteUrl(`/thong-bao/${doc.slug}`),
          type: 'Text.Announcement',
          description: doc.summary,
        }),
        title: doc.title,
        description: doc.summary ?? undefined,
        openGraph: { title: doc.title, description: doc.summary ?? undefined, type: 'article' },
      }
    : { title: 'Không tìm thấy' }
}

export default async function DetailPage({ params }: Props) {
  const doc = await getAnnouncement((await params).slug)
  if (!doc) notFound()
  return (
    <>
      <AnnouncementView announcement={doc} />
      <SyncProvenance collection="announcements" id={doc.id} />
    </>
  )
}
