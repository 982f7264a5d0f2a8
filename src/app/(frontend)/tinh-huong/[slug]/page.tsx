import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { pageDublinCore } from '@/modules/data-exchange/feeds/structured-data'
import { SyncProvenance } from '@/modules/data-exchange/sync/ui/provenance'
import { getSiteSettings } from '@/modules/settings/server/get-site-settings'
import { situationPath } from '@/modules/situations/constants'
import { getSituationPage } from '@/modules/situations/public/get-situation'
import { SituationPage } from '@/modules/situations/ui/situation-page'
import { portalPayload } from '@/shared/content/payload'
import { absoluteUrl } from '@/shared/ui/site-url'

export const revalidate = 3600
export async function generateStaticParams() {
  return []
}

type Props = { params: Promise<{ slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [data, settings] = await Promise.all([
    getSituationPage(await portalPayload(), (await params).slug),
    getSiteSettings(),
  ])
  if (!data) return { title: 'Không tìm thấy tình huống' }
  const s = data.situation
  const description = (s.summary || s.question).slice(0, 200)
  const url = absoluteUrl(situationPath(s.slug ?? String(s.id)))
  return {
    title: s.title,
    description,
    alternates: { canonical: url },
    openGraph: { type: 'article', url, title: s.title, description },
    other: pageDublinCore(settings, {
      title: s.title,
      path: situationPath(s.slug ?? String(s.id)),
      date: s.publishedAt ?? s.createdAt,
      type: 'Text.Article',
      description,
      subject: data.fields.map((f) => f.title).join('; ') || null,
    }),
  }
}

export default async function SituationDetailPage({ params }: Props) {
  const data = await getSituationPage(await portalPayload(), (await params).slug)
  if (!data) notFound()
  return (
    <>
      <SituationPage data={data} />
      <SyncProvenance collection="legal-situations" id={data.situation.id} />
    </>
  )
}
