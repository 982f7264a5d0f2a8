import type { Metadata } from 'next'
import { SpecialListRoute } from '@/modules/legal-documents/ui/list-routes'
import { parsePage } from '@/shared/content/published'

export const revalidate = 3600
export async function generateStaticParams() {
  return []
}
export const metadata: Metadata = { title: 'Văn bản sắp có hiệu lực', robots: { index: false, follow: true } }

export default async function PagedListPage({ params }: { params: Promise<{ page: string }> }) {
  return <SpecialListRoute list="sap-co-hieu-luc" page={parsePage((await params).page)} />
}
