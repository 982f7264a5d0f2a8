import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { findQuestionList } from '@/modules/qa/public/find-questions'
import { parseQaListParams } from '@/modules/qa/public/list-params'
import { QuestionListPage } from '@/modules/qa/ui/question-list-page'
import { portalPayload } from '@/shared/content/payload'
import { listMetadata } from '@/modules/data-exchange/feeds/list-metadata'

export async function generateMetadata(): Promise<Metadata> {
  return listMetadata('/hoi-dap', {
    title: 'Hỏi đáp pháp luật',
    description: 'Câu hỏi pháp luật của người dân và câu trả lời chính thức, theo lĩnh vực và đối tượng.',
  })
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

/**
 * The list with its filters. Bad parameters are answered with a Vietnamese 400 by src/proxy.ts;
 * notFound() only guards the page if it is reached another way, or names an unknown field.
 */
export default async function QuestionsPage({ searchParams }: Props) {
  const checked = parseQaListParams(await searchParams)
  if (!checked.ok) notFound()
  const data = await findQuestionList(await portalPayload(), checked.params)
  if (!data || checked.params.page > data.list.totalPages) notFound()
  return <QuestionListPage data={data} params={checked.params} />
}
