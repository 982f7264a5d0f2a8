import type { Metadata } from 'next'
import { MaterialsRoute } from '@/modules/legal-documents/ui/list-routes'
import { parsePage } from '@/shared/content/published'

export const revalidate = 3600
export async function generateStaticParams() {
  return []
}
export const metadata: Metadata = {
  title: 'Tài liệu giới thiệu, phổ biến văn bản',
  robots: { index: false, follow: true },
}

export default async function PagedMaterialsPage({ params }: { params: Promise<{ page: string }> }) {
  return <MaterialsRoute page={parsePage((await params).page)} />
}
