import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getPublicRound } from '@/modules/contests/server/public-queries'
import { publishedBoard } from '@/modules/contests/server/results-cache'
import { parseResultParams } from '@/modules/contests/server/result-params'
import { RESULTS_PAGE_SIZE, ResultsView } from '@/modules/contests/ui/results-view'
import { portalPayload } from '@/shared/content/payload'

type Props = {
  params: Promise<{ slug: string; round: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, round } = await params
  const data = await getPublicRound(await portalPayload(), slug, round)
  return { title: data ? `Kết quả ${data.round.title} – ${data.contest.title}` : 'Không tìm thấy vòng thi' }
}

/** Shown only once the organiser publishes the round's results (the query string is checked in src/proxy.ts). */
export default async function ResultsPage({ params, searchParams }: Props) {
  const { slug, round } = await params
  const checked = parseResultParams(await searchParams)
  if (!checked.ok) notFound()
  const payload = await portalPayload()
  const data = await getPublicRound(payload, slug, round)
  if (!data || !data.round.resultsPublished) notFound()
  const all = await publishedBoard(payload, data.round.id, checked.board)
  const totalPages = Math.max(1, Math.ceil(all.length / RESULTS_PAGE_SIZE))
  if (checked.page > totalPages) notFound()
  const start = (checked.page - 1) * RESULTS_PAGE_SIZE
  return (
    <ResultsView
      contest={data.contest}
      round={data.round}
      board={checked.board}
      page={checked.page}
      rows={all.slice(start, start + RESULTS_PAGE_SIZE)}
      total={all.length}
    />
  )
}
