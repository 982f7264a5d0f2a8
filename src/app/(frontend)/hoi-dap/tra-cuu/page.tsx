import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { checkTrackingParams } from '@/modules/qa/public/list-params'
import { trackingView } from '@/modules/qa/public/tracking-view'
import { findTrackedQuestion } from '@/modules/qa/server/find-tracked-question'
import { TrackingIntro, TrackingPage } from '@/modules/qa/ui/tracking-page'
import { portalPayload } from '@/shared/content/payload'

// The key is in the address: keep the page out of indexes and the key out of Referer headers.
export const metadata: Metadata = {
  title: 'Tra cứu câu hỏi',
  robots: { index: false, follow: false },
  referrer: 'no-referrer',
}
export const dynamic = 'force-dynamic'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

/** Per visitor, never cached: the status behind a tracking code and its private key. */
export default async function TrackQuestionPage({ searchParams }: Props) {
  const params = await searchParams
  if (!checkTrackingParams(params).ok) notFound()
  const { ma, khoa } = params
  if (!ma && !khoa) return <TrackingIntro />
  const question = await findTrackedQuestion(await portalPayload(), ma, khoa)
  // One answer for an unknown code and a wrong key: nothing tells whether the code exists.
  if (!question) notFound()
  return <TrackingPage view={trackingView(question)} />
}
