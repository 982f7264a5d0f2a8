import type { Metadata } from 'next'
import { EventsList } from '@/modules/news/ui/list-routes'
import { listMetadata } from '@/modules/data-exchange/feeds/list-metadata'

export const revalidate = 3600
export async function generateMetadata(): Promise<Metadata> {
  return listMetadata('/su-kien', { title: 'Sự kiện' })
}

export default function ListPage() {
  return <EventsList page={1} />
}
