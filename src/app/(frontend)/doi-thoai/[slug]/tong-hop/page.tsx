import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { summaryFor } from '@/modules/dialogue/server/export-response'
import { SummaryPageView } from '@/modules/dialogue/ui/summary-page-view'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Bảng tổng hợp tiếp thu, giải trình', robots: { index: false } }

type Props = { params: Promise<{ slug: string }> }

/** The summary table alone: public once published, a preview for signed-in staff before that. */
export default async function SummaryPage({ params }: Props) {
  const found = await summaryFor((await params).slug)
  if (!found) notFound()
  return <SummaryPageView {...found} />
}
