import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getDocumentMeta, getDocumentPage } from '@/modules/legal-documents/server/get-document'
import { DocumentView } from '@/modules/legal-documents/ui/document-view'
import { typeAndNumber } from '@/modules/legal-documents/ui/document-items'

export const revalidate = 3600
export async function generateStaticParams() {
  return []
}

type Props = { params: Promise<{ slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const doc = await getDocumentMeta((await params).slug)
  if (!doc) return { title: 'Không tìm thấy văn bản' }
  const description = `${doc.displayTitle ?? doc.title}. ${doc.issuer}.`
  return {
    title: `${typeAndNumber(doc)}: ${doc.title}`.slice(0, 200),
    description,
    openGraph: { title: doc.title, description, type: 'article' },
  }
}

export default async function DocumentPage({ params }: Props) {
  const data = await getDocumentPage((await params).slug)
  if (!data) notFound()
  return <DocumentView data={data} />
}
