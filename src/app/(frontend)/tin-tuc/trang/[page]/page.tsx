import type { Metadata } from 'next'
import { parsePage } from '@/shared/content/published'
import { NewsRoute } from '../../news-route'

export const revalidate = 3600
export async function generateStaticParams() {
  return []
}
export const metadata: Metadata = { title: 'Tin tức – Sự kiện', robots: { index: false, follow: true } }

export default async function NewsPagedPage({ params }: { params: Promise<{ page: string }> }) {
  return <NewsRoute page={parsePage((await params).page)} />
}
