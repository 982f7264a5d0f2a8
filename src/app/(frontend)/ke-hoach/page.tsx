import type { Metadata } from 'next'
import { PlansList } from '@/modules/news/ui/list-routes'

export const revalidate = 3600
export const metadata: Metadata = { title: 'Kế hoạch – Chương trình – Đề án' }

export default function ListPage() {
  return <PlansList page={1} />
}
