import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { parseStatsParams } from '@/modules/statistics/params'
import { getPublicStatistics } from '@/modules/statistics/server/get-statistics-page'
import { StatisticsPageView } from '@/modules/statistics/ui/statistics-page-view'
import { listMetadata } from '@/modules/data-exchange/feeds/list-metadata'

export async function generateMetadata(): Promise<Metadata> {
  return listMetadata('/thong-ke', {
    title: 'Thống kê phổ biến, giáo dục pháp luật',
    description:
      'Số liệu tin bài, hỏi đáp pháp luật, đối thoại chính sách và hoạt động phổ biến, giáo dục pháp luật theo kỳ và đơn vị.',
  })
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

/**
 * Rendered per request (it reads its filters from the query string); the figures come from the
 * statistics cache, so a page costs a few small queries. Bad filters never get here: the proxy
 * answers them, and an unknown unit, with a Vietnamese 400 (src/proxy.ts). Should the proxy not
 * have been able to check the unit, an unknown one is a 404 here.
 */
export default async function StatisticsPage({ searchParams }: Props) {
  const parsed = parseStatsParams(await searchParams)
  if (!parsed.ok) notFound()
  const data = await getPublicStatistics(parsed.params)
  if (!data) notFound()
  return <StatisticsPageView params={parsed.params} data={data} />
}
