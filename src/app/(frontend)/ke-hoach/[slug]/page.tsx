import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { dublinCore } from '@/modules/data-exchange/feeds/structured-data'
import { SyncProvenance } from '@/modules/data-exchange/sync/ui/provenance'
import { getSiteSettings } from '@/modules/settings/server/get-site-settings'
import { absoluteUrl } from '@/shared/ui/site-url'
import { getPlan } from '@/modules/news/server/queries'
import { PlanView } from '@/modules/news/ui/detail-views'

export const revalidate = 3600
export async function generateStaticParams() {
  return []
}

type Props = { params: Promise<{ slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [doc, settings] = await Promise.all([getPlan((await params).slug), getSiteSettings()])
  return doc
    ? {
        other: dublinCore({
          title: doc.title,
          creator: settings.operatorName,
          publisher: settings.operatorName,
          date: doc.issuedAt,
          identifier: absoluteUrl(`/ke-hoach/${doc.slug}`),
          type: 'Text.Plan',
          description: doc.summary,
        }),
        title: doc.title,
        description: doc.summary ?? undefined,
        openGraph: { title: doc.title, description: doc.summary ?? undefined, type: 'article' },
      }
    : { title: 'Không tìm thấy' }
}

export default async function DetailPage({ params }: Props) {
  const doc = await getPlan((await params).slug)
  if (!doc) notFound()
  return (
    <>
      <PlanView plan={doc} />
      <SyncProvenance collection="plans" id={doc.id} />
    </>
  )
}
