import type { Metadata } from 'next'
import { SpecialListRoute } from '@/modules/legal-documents/ui/list-routes'

export const revalidate = 3600
export const metadata: Metadata = { title: 'Văn bản mới hết hiệu lực' }

export default function ListPage() {
  return <SpecialListRoute list="moi-het-hieu-luc" page={1} />
}
