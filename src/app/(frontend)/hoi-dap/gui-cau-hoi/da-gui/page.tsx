import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { checkTrackingParams } from '@/modules/qa/public/list-params'
import { trackingPath } from '@/modules/qa/constants'
import { trackingView } from '@/modules/qa/public/tracking-view'
import { findTrackedQuestion } from '@/modules/qa/server/find-tracked-question'
import { TrackingPage } from '@/modules/qa/ui/tracking-page'
import { portalPayload } from '@/shared/content/payload'

export const metadata: Metadata = {
  title: 'Đã gửi câu hỏi',
  robots: { index: false, follow: false },
  referrer: 'no-referrer',
}
export const dynamic = 'force-dynamic'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

/** Where the form lands after a question is stored: its tracking code and private status link. */
export default async function QuestionSentPage({ searchParams }: Props) {
  const params = await searchParams
  if (!checkTrackingParams(params).ok) notFound()
  const question = await findTrackedQuestion(await portalPayload(), params.ma, params.khoa)
  if (!question) notFound()
  const view = trackingView(question)
  return <TrackingPage view={view} statusLink={trackingPath(view.code, String(params.khoa))} />
}
