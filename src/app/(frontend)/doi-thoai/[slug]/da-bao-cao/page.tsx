import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getDialogue } from '@/modules/dialogue/server/queries'
import { SentView } from '@/modules/dialogue/ui/sent-view'

export const revalidate = 3600
export async function generateStaticParams() {
  return []
}
export const metadata: Metadata = { title: 'Đã gửi báo cáo vi phạm', robots: { index: false } }

type Props = { params: Promise<{ slug: string }> }

export default async function FlagSentPage({ params }: Props) {
  const dialogue = await getDialogue((await params).slug)
  if (!dialogue) notFound()
  return <SentView dialogue={dialogue} kind="bao-cao" />
}
