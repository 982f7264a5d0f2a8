import type { LibraryFile, LibraryItem, Media } from '@/payload-types'
import { mediaUrl } from '@/shared/ui/media-url'
import { sitePath } from '@/shared/ui/site-url'
import { YoutubeFacade } from './youtube-facade'

// The portal's own files as paths (sitePath): they load from the address the page was opened at.
const fileOf = (value: unknown): LibraryFile | null =>
  value && typeof value === 'object' ? { ...(value as LibraryFile), url: sitePath((value as LibraryFile).url) } : null
const imageOf = (value: unknown): Media | null => (value && typeof value === 'object' ? (value as Media) : null)

export function formatSize(bytes: number | null | undefined): string {
  if (!bytes) return ''
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`
  return `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`
}

const LANGUAGE_LABELS: Record<string, string> = { vi: 'Tiếng Việt', en: 'Tiếng Anh', km: 'Tiếng Khmer' }

/** An uploaded video: native controls, captions on by default, nothing loaded before play. */
function UploadedVideo({ item }: { item: LibraryItem }) {
  const file = fileOf(item.videoFile)
  if (!file?.url) return null
  const poster = mediaUrl(imageOf(item.poster), 'og')
  const tracks = (item.captions ?? []).map((c) => ({ ...c, file: fileOf(c.file) })).filter((c) => c.file?.url)
  return (
    <figure className="app-lib-player">
      {/* eslint-disable-next-line jsx-a11y/media-has-caption -- the caption <track>s are mapped below (required on save) */}
      <video
        className="app-lib-player__video"
        controls
        preload="none"
        poster={poster ?? undefined}
        width={1280}
        height={720}
        playsInline
      >
        <source src={file.url} type={file.mimeType ?? undefined} />
        {tracks.map((t, i) => (
          <track
            key={t.id ?? t.language}
            kind="captions"
            src={t.file!.url!}
            srcLang={t.language}
            label={LANGUAGE_LABELS[t.language] ?? t.language}
            default={t.language === 'vi' || (i === 0 && !tracks.some((x) => x.language === 'vi'))}
          />
        ))}
        Trình duyệt của bạn không phát được video này. <a href={file.url}>Tải video về máy</a>.
      </video>
      <figcaption className="app-muted">
        Video có phụ đề; bật/tắt phụ đề bằng nút “CC” trên thanh điều khiển.{' '}
        <a href={file.url} download>
          Tải video ({file.mimeType === 'video/webm' ? 'WebM' : 'MP4'}, {formatSize(file.filesize)})
        </a>
      </figcaption>
    </figure>
  )
}

function AudioProgramme({ item }: { item: LibraryItem }) {
  const file = fileOf(item.audioFile)
  const paragraphs = (item.transcript ?? '').split(/\n+/).filter((p) => p.trim())
  return (
    <>
      {file?.url ? (
        <div className="app-lib-audio">
          {/* eslint-disable-next-line jsx-a11y/media-has-caption -- an audio programme's full transcript is on the page */}
          <audio controls preload="none" src={file.url} aria-label={`Nghe: ${item.title}`}>
            Trình duyệt của bạn không phát được âm thanh. <a href={file.url}>Tải tệp âm thanh</a>.
          </audio>
          <p className="app-muted">
            <a href={file.url} download>
              Tải tệp âm thanh ({formatSize(file.filesize)})
            </a>
          </p>
        </div>
      ) : null}
      <section aria-labelledby="lib-transcript" className="app-lib-section app-lib-transcript">
        <h2 id="lib-transcript">Lời thoại</h2>
        {paragraphs.map((p, i) => (
          <p key={i}>{p}</p>
        ))}
      </section>
    </>
  )
}

function Infographic({ item }: { item: LibraryItem }) {
  const image = imageOf(item.image)
  const src = mediaUrl(image, undefined)
  const paragraphs = (item.longDescription ?? '').split(/\n+/).filter((p) => p.trim())
  return (
    <figure className="app-lib-infographic">
      {src ? (
        // eslint-disable-next-line @next/next/no-img-element -- the original image, shown at full resolution
        <img
          src={src}
          alt={image?.alt ?? item.title}
          width={image?.width ?? undefined}
          height={image?.height ?? undefined}
          aria-describedby="lib-long-description"
        />
      ) : null}
      <figcaption>
        <details open className="app-lib-details">
          <summary>Mô tả chi tiết nội dung infographic</summary>
          <div id="lib-long-description">
            {paragraphs.map((p, i) => (
              <p key={i}>{p}</p>
            ))}
          </div>
        </details>
        {src ? (
          <p className="app-muted">
            <a href={src} download>
              Tải ảnh infographic ({formatSize(image?.filesize)})
            </a>
          </p>
        ) : null}
      </figcaption>
    </figure>
  )
}

function Ebook({ item }: { item: LibraryItem }) {
  const file = fileOf(item.pdfFile)
  const cover = imageOf(item.cover)
  const coverSrc = mediaUrl(cover)
  return (
    <div className="app-lib-ebook">
      {coverSrc ? (
        // eslint-disable-next-line @next/next/no-img-element -- sizes are pre-generated by Payload
        <img
          className="app-lib-ebook__cover"
          src={coverSrc}
          alt={cover?.alt ?? `Bìa: ${item.title}`}
          width={cover?.width ?? undefined}
          height={cover?.height ?? undefined}
        />
      ) : null}
      {file?.url ? (
        <>
          <p className="app-lib-ebook__actions">
            <a className="app-lib-action" href="#doc-truc-tuyen">
              Đọc trực tuyến
            </a>
            <a className="app-lib-action" href={file.url} download={file.filename ?? undefined}>
              Tải xuống (PDF, {formatSize(file.filesize)})
            </a>
          </p>
          <section aria-labelledby="doc-truc-tuyen" className="app-lib-section">
            <h2 id="doc-truc-tuyen" tabIndex={-1}>
              Đọc trực tuyến
            </h2>
            <iframe className="app-lib-pdf" src={file.url} title={`Nội dung PDF: ${item.title}`} loading="lazy" />
            <p className="app-muted">
              Nếu tài liệu không hiển thị, hãy{' '}
              <a href={file.url} download={file.filename ?? undefined}>
                tải tệp PDF về máy
              </a>{' '}
              ({formatSize(file.filesize)}).
            </p>
          </section>
        </>
      ) : null}
    </div>
  )
}

/** The media of an item, by its kind. */
export function LibraryMedia({ item }: { item: LibraryItem }) {
  switch (item.kind) {
    case 'video':
      if (item.videoSource === 'youtube' && item.youtubeId) {
        return <YoutubeFacade id={item.youtubeId} title={item.title} posterUrl={mediaUrl(imageOf(item.poster), 'og')} />
      }
      return <UploadedVideo item={item} />
    case 'audio':
      return <AudioProgramme item={item} />
    case 'infographic':
      return <Infographic item={item} />
    case 'ebook':
      return <Ebook item={item} />
    default:
      return null
  }
}
