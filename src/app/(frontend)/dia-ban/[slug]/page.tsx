import type { Metadata } from 'next'
import { TermRoute } from '@/modules/news/ui/term-route'

export const revalidate = 3600
export async function generateStaticParams() {
  return []
}
export const metadata: Metadata = { title: 'Bài viết theo chủ đề' }

export default async function TermPage({ params }: { params: Promise<{ slug: string }> }) {
  return <TermRoute kind="dia-ban" slug={(await params).slug} page={1} />
}
