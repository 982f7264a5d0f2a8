import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getDialoguePage } from '@/modules/dialogue/server/get-dialogue-page'
import { getDialogue } from '@/modules/dialogue/server/queries'
import { DialogueView } from '@/modules/dialogue/ui/dialogue-view'

export const revalidate = 3600
export async function generateStaticParams() {
  return []
}

type Props = { params: Promise<{ slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const dialogue = await getDialogue((await params).slug)
  if (!dialogue) return { title: 'Không tìm thấy đợt đối thoại' }
  return { title: dialogue.title, description: dialogue.summary ?? undefined }
}

export default async function DialoguePage({ params }: Props) {
  const data = await getDialoguePage((await params).slug)
  if (!data) notFound()
  return <DialogueView data={data} />
}
