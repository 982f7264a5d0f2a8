import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getDialogue } from '@/modules/dialogue/server/queries'
import { SectionCommentView } from '@/modules/dialogue/ui/section-comment-view'

export const revalidate = 3600
export async function generateStaticParams() {
  return []
}

type Props = { params: Promise<{ slug: string; key: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, key } = await params
  const dialogue = await getDialogue(slug)
  const section = dialogue?.sections?.find((s) => s.key === key)
  return { title: section ? `Góp ý ${section.heading} – ${dialogue?.title}` : 'Không tìm thấy điều, mục' }
}

/** One article of the draft with the form preselected to it (the "Góp ý điều này" link). */
export default async function SectionCommentPage({ params }: Props) {
  const { slug, key } = await params
  const dialogue = await getDialogue(slug)
  const section = dialogue?.sections?.find((s) => s.key === key)
  if (!dialogue || !section) notFound()
  return <SectionCommentView dialogue={dialogue} section={section} />
}
