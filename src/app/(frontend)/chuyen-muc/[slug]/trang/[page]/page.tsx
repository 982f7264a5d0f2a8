import type { Metadata } from 'next'
import { parsePage } from '@/shared/content/published'
import { SectionRoute } from '../../section-route'

export const revalidate = 3600
export async function generateStaticParams() {
  return []
}

type Props = { params: Promise<{ slug: string; page: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { page } = await params
  return { title: `Trang ${parsePage(page) ?? ''}`, robots: { index: false, follow: true } }
}

export default async function SectionPagedPage({ params }: Props) {
  const { slug, page } = await params
  return <SectionRoute slug={slug} page={parsePage(page)} />
}
