import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { JsonLd } from '@/modules/data-exchange/feeds/json-ld'
import { breadcrumbListLd, dublinCore, legislationLd } from '@/modules/data-exchange/feeds/structured-data'
import { documentPath } from '@/modules/legal-documents/constants'
import { getSiteSettings } from '@/modules/settings/server/get-site-settings'
import { absoluteUrl } from '@/shared/ui/site-url'
import { SHARE_IMAGE_SIZE, shareImagePath } from '@/modules/data-exchange/feeds/share-image'
import { getDocumentMeta, getDocumentPage } from '@/modules/legal-documents/server/get-document'
import { DocumentView } from '@/modules/legal-documents/ui/document-view'
import { SyncProvenance } from '@/modules/data-exchange/sync/ui/provenance'
import { typeAndNumber } from '@/modules/legal-documents/ui/document-items'

export const revalidate = 3600
export async function generateStaticParams() {
  return []
}

type Props = { params: Promise<{ slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const slug = (await params).slug
  const [doc, settings] = await Promise.all([getDocumentMeta(slug), getSiteSettings()])
  if (!doc) return { title: 'Không tìm thấy văn bản' }
  const image = absoluteUrl(shareImagePath('van-ban', slug))
  const description = `${doc.displayTitle ?? doc.title}. ${doc.issuer}.`
  return {
    title: `${typeAndNumber(doc)}: ${doc.title}`.slice(0, 200),
    description,
    openGraph: { title: doc.title, description, type: 'article', images: [{ url: image, ...SHARE_IMAGE_SIZE }] },
    twitter: { card: 'summary_large_image', title: doc.title, description, images: [image] },
    other: dublinCore({
      title: doc.displayTitle ?? doc.title,
      creator: doc.issuer,
      publisher: settings.operatorName,
      date: doc.issuedAt,
      identifier: absoluteUrl(documentPath(slug)),
      type: 'Text.LegalDocument',
      description,
    }),
  }
}

export default async function DocumentPage({ params }: Props) {
  const [data, settings] = await Promise.all([getDocumentPage((await params).slug), getSiteSettings()])
  if (!data) notFound()
  const { doc } = data
  return (
    <>
      <JsonLd data={legislationLd(doc, settings)} />
      <JsonLd
        data={breadcrumbListLd([
          { label: 'Văn bản pháp luật', href: '/van-ban' },
          { label: typeAndNumber(doc), href: documentPath(doc.slug ?? String(doc.id)) },
        ])}
      />
      <DocumentView data={data} />
      <SyncProvenance collection="legal-documents" id={doc.id} />
    </>
  )
}
