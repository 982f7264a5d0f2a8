import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { pageDublinCore } from '@/modules/data-exchange/feeds/structured-data'
import { SyncProvenance } from '@/modules/data-exchange/sync/ui/provenance'
import { getSiteSettings } from '@/modules/settings/server/get-site-settings'
import { itemImage } from '@/modules/media/ui/library-card'
import { findRelatedItems, getLibraryItem } from '@/modules/media/server/library-queries'
import { libraryPath } from '@/modules/media/library/constants'
import { LibraryItemView } from '@/modules/media/ui/library-item-view'
import { mediaUrl } from '@/shared/ui/media-url'
import { absoluteUrl } from '@/shared/ui/site-url'

export const revalidate = 3600
export async function generateStaticParams() {
  return []
}

type Props = { params: Promise<{ slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [item, settings] = await Promise.all([getLibraryItem((await params).slug), getSiteSettings()])
  if (!item) return { title: 'Không tìm thấy tài liệu' }
  const image = itemImage(item)
  const src = mediaUrl(image, 'og')
  const url = absoluteUrl(libraryPath(item.slug ?? String(item.id)))
  const type = item.kind === 'video' ? 'video.other' : item.kind === 'ebook' ? 'book' : 'article'
  return {
    title: item.title,
    description: item.summary,
    alternates: { canonical: url },
    openGraph: {
      type,
      url,
      title: item.title,
      description: item.summary,
      images: src ? [{ url: absoluteUrl(src), alt: image?.alt ?? '' }] : undefined,
    },
    twitter: { card: src ? 'summary_large_image' : 'summary', title: item.title, description: item.summary },
    other: pageDublinCore(settings, {
      title: item.title,
      path: libraryPath(item.slug ?? String(item.id)),
      date: item.publishedAt ?? item.createdAt,
      // DCMI Type vocabulary
      type:
        item.kind === 'video'
          ? 'MovingImage'
          : item.kind === 'audio'
            ? 'Sound'
            : item.kind === 'infographic'
              ? 'StillImage'
              : 'Text',
      description: item.summary,
      creator: item.kind === 'ebook' ? item.author : null,
    }),
  }
}

export default async function LibraryItemPage({ params }: Props) {
  const item = await getLibraryItem((await params).slug)
  if (!item) notFound()
  const related = await findRelatedItems(item)
  return (
    <>
      <LibraryItemView item={item} related={related} />
      <SyncProvenance collection="library-items" id={item.id} />
    </>
  )
}
