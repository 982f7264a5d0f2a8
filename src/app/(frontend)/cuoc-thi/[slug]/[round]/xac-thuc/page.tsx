import type { Metadata } from 'next'
import { cookies } from 'next/headers'
import { notFound } from 'next/navigation'
import { pendingCookieName, readPendingCookie } from '@/modules/contests/server/codes'
import { getPublicRound } from '@/modules/contests/server/public-queries'
import { CodeView } from '@/modules/contests/ui/code-view'
import { portalPayload } from '@/shared/content/payload'

export const metadata: Metadata = { title: 'Xác thực người dự thi', robots: { index: false } }
type Props = {
  params: Promise<{ slug: string; round: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export default async function CodePage({ params, searchParams }: Props) {
  const { slug, round } = await params
  const data = await getPublicRound(await portalPayload(), slug, round)
  if (!data) notFound()
  const pending = readPendingCookie((await cookies()).get(pendingCookieName(data.round.id))?.value) !== null
  const resent = (await searchParams)['da-gui'] === '1'
  return <CodeView contest={data.contest} round={data.round} pending={pending} resent={resent && pending} />
}
