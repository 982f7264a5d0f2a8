import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { absoluteUrl } from '@/shared/ui/site-url'
import { JsonLd } from '@/modules/data-exchange/feeds/json-ld'
import { breadcrumbListLd, dublinCore, eventLd } from '@/modules/data-exchange/feeds/structured-data'
import { SHARE_IMAGE_SIZE, shareImagePath } from '@/modules/data-exchange/feeds/share-image'
import { getEvent } from '@/modules/news/server/queries'
import { getSiteSettings } from '@/modules/settings/server/get-site-settings'
import { EventView } from '@/modules/news/ui/detail-views'
import { SyncProvenance } from '@/modules/data-exchange/sync/ui/provenance'

export const revalidate = 3600
export async function generateStaticParams() {
  return []
}

type Props = { params: Promise<{ slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [doc, settings] = await Promise.all([getEvent((await params).slug), getSiteSettings()])
  return doc
    ? {
        other: dublinCore({
          title: doc.title,
          creator: settings.operatorName,
          publisher: settings.operatorName,
          date: doc.publishedAt ?? doc.startsAt,
          identifier: absoluteUrl(`/su-kien/${doc.slug}`),
          type: 'Text.Event',
          description: doc.summary,
        }),
        title: doc.title,
        description: doc.summary ?? undefined,
        openGraph: {
          title: doc.title,
          description: doc.summary ?? undefined,
          type: 'article',
          images: [{ url: shareImagePath('su-kien', doc.slug ?? String(doc.id)), ...SHARE_IMAGE_SIZE }],
        },
        twitter: { card: 'summary_large_image', title: doc.title, description: doc.summary ?? undefined },
      }
    : { title: 'Không tìm thấy' }
}

export default async function DetailPage({ params }: Props) {
  const [doc, settings] = await Promise.all([getEvent((await params).slug), getSiteSettings()])
  if (!doc) notFound()
  return (
    <>
      <JsonLd data={eventLd(doc, settings)} />
      <JsonLd
        data={breadcrumbListLd([
          { label: 'Sự kiện', href: '/su-kien' },
          { label: doc.title, href: `/su-kien/${doc.slug}` },
        ])}
      />
      <EventView event={doc} />
      <SyncProvenance collection="events" id={doc.id} />
    </>
  )
}
