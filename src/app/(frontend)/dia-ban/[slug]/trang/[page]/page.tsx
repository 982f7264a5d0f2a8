import type { Metadata } from 'next'
import { TermRoute } from '@/modules/news/ui/term-route'
import { parsePage } from '@/shared/content/published'

export const revalidate = 3600
export async function generateStaticParams() {
  return []
}
export const metadata: Metadata = { title: 'Bài viết theo chủ đề', robots: { index: false, follow: true } }

export default async function TermPagedPage({ params }: { params: Promise<{ slug: string; page: string }> }) {
  const { slug, page } = await params
  return <TermRoute kind="dia-ban" slug={slug} page={parsePage(page)} />
}
