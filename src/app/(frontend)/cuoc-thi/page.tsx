import type { Metadata } from 'next'
import { findPublicContests } from '@/modules/contests/server/public-queries'
import { ContestListView } from '@/modules/contests/ui/contest-list-view'
import { portalPayload } from '@/shared/content/payload'
import { listMetadata } from '@/modules/data-exchange/feeds/list-metadata'

export async function generateMetadata(): Promise<Metadata> {
  return listMetadata('/cuoc-thi', {
    title: 'Cuộc thi tìm hiểu pháp luật',
    description: 'Các cuộc thi tìm hiểu pháp luật trực tuyến đang diễn ra, sắp diễn ra và đã kết thúc.',
  })
}
// Rounds open and close by the clock, not by an edit: rendered per request (a few light queries).
export const dynamic = 'force-dynamic'

export default async function ContestsPage() {
  const items = await findPublicContests(await portalPayload())
  return <ContestListView items={items} now={new Date()} />
}
