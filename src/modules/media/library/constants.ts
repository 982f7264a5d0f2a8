/** The media library (thư viện): slugs, kinds and public addresses. */

export const LIBRARY_ITEMS_SLUG = 'library-items'
export const LIBRARY_FILES_SLUG = 'library-files'

export const LIBRARY_KINDS = [
  { value: 'video', param: 'video', label: 'Video', plural: 'Video' },
  { value: 'audio', param: 'am-thanh', label: 'Âm thanh (podcast, phát thanh)', plural: 'Âm thanh' },
  { value: 'infographic', param: 'infographic', label: 'Infographic', plural: 'Infographic' },
  { value: 'ebook', param: 'sach-dien-tu', label: 'Sách điện tử, tờ gấp', plural: 'Sách điện tử, tờ gấp' },
] as const
export type LibraryKind = (typeof LIBRARY_KINDS)[number]['value']

export const kindLabel = (kind: string | null | undefined): string =>
  LIBRARY_KINDS.find((k) => k.value === kind)?.label ?? 'Tài liệu'

export const kindByParam = (param: string): LibraryKind | null =>
  LIBRARY_KINDS.find((k) => k.param === param)?.value ?? null

export const paramOfKind = (kind: LibraryKind): string => LIBRARY_KINDS.find((k) => k.value === kind)?.param ?? kind

export const libraryPath = (slug: string): string => `/thu-vien/${slug}`

/** The languages of a video's captions. */
export const CAPTION_LANGUAGES = [
  { label: 'Tiếng Việt', value: 'vi' },
  { label: 'Tiếng Anh', value: 'en' },
  { label: 'Tiếng Khmer', value: 'km' },
] as const

/** What may be uploaded to the library's file collection, by family, with its size limit. */
export const LIBRARY_FILE_FAMILIES = {
  video: { mimes: ['video/webm', 'video/mp4'], exts: ['webm', 'mp4', 'm4v'], defaultMb: 200 },
  audio: {
    mimes: ['audio/mpeg', 'audio/mp4', 'audio/x-m4a', 'audio/ogg', 'audio/opus'],
    exts: ['mp3', 'm4a', 'ogg', 'oga', 'opus'],
    defaultMb: 60,
  },
  pdf: { mimes: ['application/pdf'], exts: ['pdf'], defaultMb: 40 },
  captions: { mimes: ['text/vtt'], exts: ['vtt'], defaultMb: 1 },
} as const
export type LibraryFileFamily = keyof typeof LIBRARY_FILE_FAMILIES

export const FAMILY_LABELS: Record<LibraryFileFamily, string> = {
  video: 'video (MP4, WebM)',
  audio: 'âm thanh (MP3, M4A, OGG)',
  pdf: 'tài liệu PDF',
  captions: 'phụ đề WebVTT (.vtt)',
}

/** The size limit of a family in bytes; LIBRARY_VIDEO_MAX_MB etc. override the defaults. */
export function familyLimitBytes(family: LibraryFileFamily): number {
  const env = Number(process.env[`LIBRARY_${family.toUpperCase()}_MAX_MB`])
  const mb = Number.isFinite(env) && env > 0 ? env : LIBRARY_FILE_FAMILIES[family].defaultMb
  return Math.round(mb * 1024 * 1024)
}

/** The largest upload the library accepts, for the request-size guards. */
export const libraryUploadCapBytes = (): number =>
  Math.max(...(Object.keys(LIBRARY_FILE_FAMILIES) as LibraryFileFamily[]).map(familyLimitBytes))
