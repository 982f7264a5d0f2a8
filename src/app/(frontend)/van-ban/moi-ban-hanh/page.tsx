import type { Metadata } from 'next'
import { SpecialListRoute } from '@/modules/legal-documents/ui/list-routes'

export const revalidate = 3600
export const metadata: Metadata = { title: 'Văn bản mới ban hành' }

export default function ListPage() {
  return <SpecialListRoute list="moi-ban-hanh" page={1} />
}
