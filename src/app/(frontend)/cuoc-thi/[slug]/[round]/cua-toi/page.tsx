import type { Metadata } from 'next'
import { cookies } from 'next/headers'
import { notFound, redirect } from 'next/navigation'
import { contestantView } from '@/modules/contests/server/contestant-page'
import { contestantCookieName, findContestant } from '@/modules/contests/server/contestant-session'
import { getPublicRound, roundPath } from '@/modules/contests/server/public-queries'
import { MyResultsView } from '@/modules/contests/ui/my-results-view'
import { portalPayload } from '@/shared/content/payload'

export const metadata: Metadata = { title: 'Kết quả của tôi', robots: { index: false } }
type Props = { params: Promise<{ slug: string; round: string }> }

export default async function MyResultsPage({ params }: Props) {
  const { slug, round } = await params
  const payload = await portalPayload()
  const data = await getPublicRound(payload, slug, round)
  if (!data) notFound()
  const token = (await cookies()).get(contestantCookieName(data.round.id))?.value
  const entry = token ? await findContestant(payload, data.round.id, token) : null
  if (!entry) redirect(roundPath(slug, data.round.number, 'xac-thuc'))
  const view = await contestantView(payload, { contest: data.contest, round: data.round, entry })
  return <MyResultsView contest={data.contest} round={data.round} view={view} now={new Date()} />
}
