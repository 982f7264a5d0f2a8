import type { Metadata } from 'next'
import { cookies } from 'next/headers'
import { notFound } from 'next/navigation'
import { contestantCookieName, findContestant } from '@/modules/contests/server/contestant-session'
import { getPublicRound } from '@/modules/contests/server/public-queries'
import { RoundView } from '@/modules/contests/ui/round-view'
import { portalPayload } from '@/shared/content/payload'

type Props = {
  params: Promise<{ slug: string; round: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, round } = await params
  const data = await getPublicRound(await portalPayload(), slug, round)
  return { title: data ? `${data.round.title} – ${data.contest.title}` : 'Không tìm thấy vòng thi' }
}

export default async function RoundPage({ params, searchParams }: Props) {
  const { slug, round } = await params
  const payload = await portalPayload()
  const data = await getPublicRound(payload, slug, round)
  if (!data) notFound()
  const token = (await cookies()).get(contestantCookieName(data.round.id))?.value
  const entry = token ? await findContestant(payload, data.round.id, token) : null
  const erased = (await searchParams)['da-xoa'] === '1'
  return (
    <RoundView
      contest={data.contest}
      round={data.round}
      now={new Date()}
      signedInAs={entry ? entry.fullName : null}
      erased={erased && !entry}
    />
  )
}
