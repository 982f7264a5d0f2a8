import type { Metadata } from 'next'
import { NewsRoute } from './news-route'
import { listMetadata } from '@/modules/data-exchange/feeds/list-metadata'

export const revalidate = 3600
export async function generateMetadata(): Promise<Metadata> {
  return listMetadata('/tin-tuc', { title: 'Tin tức – Sự kiện' })
}

export default function NewsPage() {
  return <NewsRoute page={1} />
}
