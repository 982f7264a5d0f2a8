import type { Metadata } from 'next'
import { AnnouncementsList } from '@/modules/news/ui/list-routes'

export const revalidate = 3600
export const metadata: Metadata = { title: 'Thông báo – Giấy mời' }

export default function ListPage() {
  return <AnnouncementsList page={1} />
}
