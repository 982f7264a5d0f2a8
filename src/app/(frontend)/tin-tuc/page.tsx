import type { Metadata } from 'next'
import { NewsRoute } from './news-route'

export const revalidate = 3600
export const metadata: Metadata = { title: 'Tin tức – Sự kiện' }

export default function NewsPage() {
  return <NewsRoute page={1} />
}
