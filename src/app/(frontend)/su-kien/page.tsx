import type { Metadata } from 'next'
import { EventsList } from '@/modules/news/ui/list-routes'

export const revalidate = 3600
export const metadata: Metadata = { title: 'Sự kiện' }

export default function ListPage() {
  return <EventsList page={1} />
}
