import type { Metadata } from 'next'
import { listMetadata } from '@/modules/data-exchange/feeds/list-metadata'
import { TermRoute } from '@/modules/news/ui/term-route'

export const revalidate = 3600
export async function generateStaticParams() {
  return []
}
export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  return listMetadata(`/doi-tuong/${(await params).slug}`, { title: 'Bài viết theo chủ đề' })
}

export default async function TermPage({ params }: { params: Promise<{ slug: string }> }) {
  return <TermRoute kind="doi-tuong" slug={(await params).slug} page={1} />
}
