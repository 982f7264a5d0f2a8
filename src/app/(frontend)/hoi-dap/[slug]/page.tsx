import type { Metadata } from 'next'
import { notFound, permanentRedirect } from 'next/navigation'
import { pageDublinCore } from '@/modules/data-exchange/feeds/structured-data'
import { getSiteSettings } from '@/modules/settings/server/get-site-settings'
import { getQuestionPage, mergedTarget } from '@/modules/qa/public/get-question'
import { questionPath } from '@/modules/qa/constants'
import { SyncProvenance } from '@/modules/data-exchange/sync/ui/provenance'
import { QuestionPage } from '@/modules/qa/ui/question-page'
import { portalPayload } from '@/shared/content/payload'
import { absoluteUrl } from '@/shared/ui/site-url'

export const revalidate = 3600
export async function generateStaticParams() {
  return []
}

type Props = { params: Promise<{ slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [data, settings] = await Promise.all([
    getQuestionPage(await portalPayload(), (await params).slug),
    getSiteSettings(),
  ])
  if (!data) return { title: 'Không tìm thấy câu hỏi' }
  const q = data.question
  const description = q.body.slice(0, 200)
  const url = absoluteUrl(questionPath(q.slug ?? String(q.id)))
  return {
    title: q.title,
    description,
    alternates: { canonical: url },
    openGraph: { type: 'article', url, title: q.title, description },
    other: pageDublinCore(settings, {
      title: q.title,
      path: questionPath(q.slug ?? String(q.id)),
      date: q.publishedAt ?? q.createdAt,
      type: 'Text.QAPage',
      description,
      subject: data.fieldTitle,
      creator: data.unitTitle,
    }),
  }
}

export default async function QuestionDetailPage({ params }: Props) {
  const { slug } = await params
  const payload = await portalPayload()
  const data = await getQuestionPage(payload, slug)
  if (!data) {
    const target = await mergedTarget(payload, slug)
    if (target) permanentRedirect(target)
    notFound()
  }
  return (
    <>
      <QuestionPage data={data} />
      <SyncProvenance collection="questions" id={data.question.id} />
    </>
  )
}
