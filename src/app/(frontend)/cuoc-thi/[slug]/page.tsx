import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getPublicContest } from '@/modules/contests/server/public-queries'
import { ContestView } from '@/modules/contests/ui/contest-view'
import { portalPayload } from '@/shared/content/payload'

export const dynamic = 'force-dynamic'
type Props = { params: Promise<{ slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const data = await getPublicContest(await portalPayload(), (await params).slug)
  if (!data) return { title: 'Không tìm thấy cuộc thi' }
  return { title: data.contest.title, description: data.contest.summary ?? undefined }
}

export default async function ContestPage({ params }: Props) {
  const data = await getPublicContest(await portalPayload(), (await params).slug)
  if (!data) notFound()
  return <ContestView contest={data.contest} rounds={data.rounds} now={new Date()} />
}
