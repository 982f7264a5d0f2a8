import type { LibraryFile, LibraryItem, Media } from '@/payload-types'
import { mediaUrl } from '@/shared/ui/media-url'
import { absoluteUrl } from '@/shared/ui/site-url'
import { libraryPath } from '../library/constants'

const fileOf = (v: unknown): LibraryFile | null => (v && typeof v === 'object' ? (v as LibraryFile) : null)
const imageOf = (v: unknown): Media | null => (v && typeof v === 'object' ? (v as Media) : null)
const abs = (url: string | null | undefined) => (url ? absoluteUrl(url) : undefined)
const names = (list: unknown[] | null | undefined) =>
  (list ?? []).flatMap((x) =>
    x && typeof x === 'object' && 'title' in x ? [String((x as { title: string }).title)] : [],
  )

/** schema.org description of an item (VideoObject, AudioObject, ImageObject or Book), "<" escaped. */
export function libraryJsonLd(item: LibraryItem): string {
  const url = absoluteUrl(libraryPath(item.slug ?? String(item.id)))
  const duration = item.durationSeconds ? `PT${Math.round(item.durationSeconds)}S` : undefined
  const common = {
    '@context': 'https://schema.org',
    name: item.title,
    description: item.summary,
    url,
    inLanguage: 'vi',
    datePublished: item.publishedAt ?? undefined,
    dateModified: item.updatedAt,
    keywords: names(item.fields).join(', ') || undefined,
    audience: names(item.audiences).map((a) => ({ '@type': 'Audience', audienceType: a })),
  }
  let ld: Record<string, unknown>
  switch (item.kind) {
    case 'video': {
      const file = fileOf(item.videoFile)
      const youtube = item.videoSource === 'youtube' && item.youtubeId
      ld = {
        ...common,
        '@type': 'VideoObject',
        thumbnailUrl: abs(mediaUrl(imageOf(item.poster), 'og')),
        uploadDate: item.publishedAt ?? item.createdAt,
        duration,
        contentUrl: youtube ? undefined : abs(file?.url),
        embedUrl: youtube ? `https://www.youtube-nocookie.com/embed/${item.youtubeId}` : undefined,
      }
      break
    }
    case 'audio': {
      const file = fileOf(item.audioFile)
      ld = {
        ...common,
        '@type': 'AudioObject',
        contentUrl: abs(file?.url),
        encodingFormat: file?.mimeType ?? undefined,
        duration,
        transcript: item.transcript ?? undefined,
      }
      break
    }
    case 'infographic': {
      const image = imageOf(item.image)
      ld = { ...common, '@type': 'ImageObject', contentUrl: abs(image?.url), caption: image?.alt ?? undefined }
      break
    }
    default: {
      const file = fileOf(item.pdfFile)
      ld = {
        ...common,
        '@type': 'Book',
        bookFormat: 'https://schema.org/EBook',
        author: item.author ? { '@type': 'Organization', name: item.author } : undefined,
        publisher: item.publisher ? { '@type': 'Organization', name: item.publisher } : undefined,
        copyrightYear: item.year ?? undefined,
        numberOfPages: item.pages ?? undefined,
        image: abs(mediaUrl(imageOf(item.cover))),
        encoding: file?.url
          ? { '@type': 'MediaObject', contentUrl: abs(file.url), encodingFormat: 'application/pdf' }
          : undefined,
      }
    }
  }
  // "<" escaped so that no text in the JSON can close the script element.
  return JSON.stringify(ld).replace(/</g, '\\u003c')
}
