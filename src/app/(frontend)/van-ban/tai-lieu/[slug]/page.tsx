import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { SyncProvenance } from '@/modules/data-exchange/sync/ui/provenance'
import { getMaterial } from '@/modules/legal-documents/server/materials'
import { MaterialView } from '@/modules/legal-documents/ui/material-views'

export const revalidate = 3600
export async function generateStaticParams() {
  return []
}

type Props = { params: Promise<{ slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const doc = await getMaterial((await params).slug)
  return doc
    ? { title: doc.title, description: doc.summary ?? undefined, openGraph: { title: doc.title, type: 'article' } }
    : { title: 'Không tìm thấy' }
}

export default async function MaterialPage({ params }: Props) {
  const doc = await getMaterial((await params).slug)
  if (!doc) notFound()
  return (
    <>
      <MaterialView material={doc} />
      <SyncProvenance collection="document-materials" id={doc.id} />
    </>
  )
}
