import type { Metadata } from 'next'
import { AnnouncementsList } from '@/modules/news/ui/list-routes'
import { listMetadata } from '@/modules/data-exchange/feeds/list-metadata'

export const revalidate = 3600
export async function generateMetadata(): Promise<Metadata> {
  return listMetadata('/thong-bao', { title: 'Thông báo – Giấy mời' })
}

export default function ListPage() {
  return <AnnouncementsList page={1} />
}
