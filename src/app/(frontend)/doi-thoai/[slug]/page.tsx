import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { pageDublinCore } from '@/modules/data-exchange/feeds/structured-data'
import { getSiteSettings } from '@/modules/settings/server/get-site-settings'
import { dialoguePath } from '@/modules/dialogue/constants'
import { getDialoguePage } from '@/modules/dialogue/server/get-dialogue-page'
import { getDialogue } from '@/modules/dialogue/server/queries'
import { DialogueView } from '@/modules/dialogue/ui/dialogue-view'

export const revalidate = 3600
export async function generateStaticParams() {
  return []
}

type Props = { params: Promise<{ slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [dialogue, settings] = await Promise.all([getDialogue((await params).slug), getSiteSettings()])
  if (!dialogue) return { title: 'Không tìm thấy đợt đối thoại' }
  return {
    title: dialogue.title,
    description: dialogue.summary ?? undefined,
    other: pageDublinCore(settings, {
      title: dialogue.title,
      path: dialoguePath(dialogue.slug ?? ''),
      date: dialogue.publishedAt ?? dialogue.createdAt,
      type: 'Text',
      description: dialogue.summary,
    }),
  }
}

export default async function DialoguePage({ params }: Props) {
  const data = await getDialoguePage((await params).slug)
  if (!data) notFound()
  return <DialogueView data={data} />
}
