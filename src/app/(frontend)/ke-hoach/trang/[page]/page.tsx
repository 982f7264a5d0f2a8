import type { Metadata } from 'next'
import { PlansList } from '@/modules/news/ui/list-routes'
import { parsePage } from '@/shared/content/published'

export const revalidate = 3600
export async function generateStaticParams() {
  return []
}
export const metadata: Metadata = { robots: { index: false, follow: true } }

export default async function PagedListPage({ params }: { params: Promise<{ page: string }> }) {
  return <PlansList page={parsePage((await params).page)} />
}
