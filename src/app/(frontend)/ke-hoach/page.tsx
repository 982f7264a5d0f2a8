import type { Metadata } from 'next'
import { PlansList } from '@/modules/news/ui/list-routes'
import { listMetadata } from '@/modules/data-exchange/feeds/list-metadata'

export const revalidate = 3600
export async function generateMetadata(): Promise<Metadata> {
  return listMetadata('/ke-hoach', { title: 'Kế hoạch – Chương trình – Đề án' })
}

export default function ListPage() {
  return <PlansList page={1} />
}
