import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { pageDublinCore } from '@/modules/data-exchange/feeds/structured-data'
import { getSiteSettings } from '@/modules/settings/server/get-site-settings'
import { contestPath } from '@/modules/contests/server/public-queries'
import { getPublicContest } from '@/modules/contests/server/public-queries'
import { ContestView } from '@/modules/contests/ui/contest-view'
import { portalPayload } from '@/shared/content/payload'

export const dynamic = 'force-dynamic'
type Props = { params: Promise<{ slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [data, settings] = await Promise.all([
    getPublicContest(await portalPayload(), (await params).slug),
    getSiteSettings(),
  ])
  if (!data) return { title: 'Không tìm thấy cuộc thi' }
  const c = data.contest
  return {
    title: c.title,
    description: c.summary ?? undefined,
    other: pageDublinCore(settings, {
      title: c.title,
      path: contestPath(c.slug ?? ''),
      date: c.createdAt,
      type: 'Event',
      description: c.summary,
      creator: typeof c.organiser === 'object' && c.organiser ? c.organiser.title : null,
    }),
  }
}

export default async function ContestPage({ params }: Props) {
  const data = await getPublicContest(await portalPayload(), (await params).slug)
  if (!data) notFound()
  return <ContestView contest={data.contest} rounds={data.rounds} now={new Date()} />
}
