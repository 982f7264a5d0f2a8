import type { Metadata } from 'next'
import { SpecialListRoute } from '@/modules/legal-documents/ui/list-routes'

export const revalidate = 3600
export const metadata: Metadata = { title: 'Văn bản sắp có hiệu lực' }

export default function ListPage() {
  return <SpecialListRoute list="sap-co-hieu-luc" page={1} />
}
