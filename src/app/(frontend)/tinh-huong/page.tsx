import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { findSituationList } from '@/modules/situations/public/find-situations'
import { parseSituationListParams } from '@/modules/situations/public/list-params'
import { SituationListPage } from '@/modules/situations/ui/situation-list-page'
import { portalPayload } from '@/shared/content/payload'
import { listMetadata } from '@/modules/data-exchange/feeds/list-metadata'

export async function generateMetadata(): Promise<Metadata> {
  return listMetadata('/tinh-huong', {
    title: 'Tình huống pháp luật',
    description:
      'Tình huống pháp luật thường gặp, phân tích, kết luận và điều luật làm căn cứ; có câu hỏi tự kiểm tra.',
  })
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

/**
 * The list with its filters. Bad parameters are answered with a Vietnamese 400 by src/proxy.ts;
 * notFound() only guards the page if it is reached another way, or names an unknown field.
 */
export default async function SituationsPage({ searchParams }: Props) {
  const checked = parseSituationListParams(await searchParams)
  if (!checked.ok) notFound()
  const data = await findSituationList(await portalPayload(), checked.params)
  if (!data || checked.params.page > data.list.totalPages) notFound()
  return <SituationListPage data={data} params={checked.params} />
}
