import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { gradeChosenOptions } from '@/modules/situations/public/grade-quiz'
import { parseChosenParam } from '@/modules/situations/public/list-params'
import { QuizResultPage } from '@/modules/situations/ui/quiz-result-page'
import { portalPayload } from '@/shared/content/payload'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Kết quả kiểm tra', robots: { index: false } }

type Props = {
  params: Promise<{ slug: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

/**
 * Where the quiz form leads without JavaScript: the answers chosen are in the address, graded
 * again here (nothing is stored). A malformed address gets a 400 from src/proxy.ts, answers that
 * do not fit the quiz a 404.
 */
export default async function QuizResultRoute({ params, searchParams }: Props) {
  const chosen = parseChosenParam((await searchParams).chon)
  if (!chosen) notFound()
  const graded = await gradeChosenOptions(await portalPayload(), (await params).slug, chosen)
  if (!graded.ok) notFound()
  return <QuizResultPage result={graded.result} />
}
