import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { isPhoneAvailable } from '@/modules/contests/server/code-sender'
import { getPublicRound, roundState } from '@/modules/contests/server/public-queries'
import { RegistrationView } from '@/modules/contests/ui/registration-view'
import { portalPayload } from '@/shared/content/payload'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Đăng ký dự thi', robots: { index: false } }
type Props = { params: Promise<{ slug: string; round: string }> }

const options = (list: unknown) =>
  Array.isArray(list)
    ? list
        .filter((v): v is { id: number; title: string } => typeof v === 'object' && v !== null && 'title' in v)
        .map((v) => ({ value: String(v.id), label: v.title }))
    : []

export default async function RegistrationPage({ params }: Props) {
  const { slug, round } = await params
  const data = await getPublicRound(await portalPayload(), slug, round)
  if (!data || data.contest.status !== 'published' || roundState(data.round) === 'closed') notFound()
  return (
    <RegistrationView
      contest={data.contest}
      round={data.round}
      phoneAvailable={isPhoneAvailable()}
      units={options(data.contest.eligibleUnits)}
      audiences={options(data.contest.eligibleAudiences)}
    />
  )
}
