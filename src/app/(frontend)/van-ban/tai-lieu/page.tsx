import type { Metadata } from 'next'
import { MaterialsRoute } from '@/modules/legal-documents/ui/list-routes'

export const revalidate = 3600
export const metadata: Metadata = { title: 'Tài liệu giới thiệu, phổ biến văn bản' }

export default function MaterialsPage() {
  return <MaterialsRoute page={1} />
}
