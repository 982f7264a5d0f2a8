/**
 * E-book metadata for the national e-legal bookshelf (Tủ sách pháp luật điện tử): the media
 * library's published e-books and leaflets, as JSON and CSV. Read as an anonymous visitor, so only
 * what the public may see leaves (published items, public files; no drafts, no contacts).
 */
import type { Payload, Where } from 'payload'
import type { LibraryItem } from '@/payload-types'
import { libraryPath, LIBRARY_ITEMS_SLUG } from '@/modules/media/library/constants'
import { absoluteUrl } from '@/shared/ui/site-url'

export type BookshelfEntry = {
  id: string
  title: string
  author: string | null
  publisher: string | null
  year: number | null
  pages: number | null
  fields: string[]
  audiences: string[]
  summary: string
  language: 'vi'
  fileUrl: string | null
  fileFormat: 'application/pdf'
  fileSize: number | null
  coverUrl: string | null
  pageUrl: string
  publishedAt: string | null
  updatedAt: string
}

const titles = (values: unknown): string[] =>
  Array.isArray(values)
    ? values
        .map((v) =>
          typeof v === 'object' && v !== null && 'title' in v ? String((v as { title: unknown }).title) : null,
        )
        .filter((v): v is string => Boolean(v))
    : []

const fileOf = (value: unknown): { url?: string | null; filesize?: number | null } | null =>
  typeof value === 'object' && value !== null ? (value as { url?: string | null; filesize?: number | null }) : null

const absolute = (url: string | null | undefined): string | null =>
  !url ? null : /^https?:\/\//.test(url) ? url : absoluteUrl(url)

export function bookshelfEntry(item: LibraryItem): BookshelfEntry {
  const pdf = fileOf(item.pdfFile)
  const cover = fileOf(item.cover)
  return {
    id: item.slug ? `${item.slug}` : String(item.id),
    title: item.title,
    author: item.author ?? null,
    publisher: item.publisher ?? null,
    year: item.year ?? null,
    pages: item.pages ?? null,
    fields: titles(item.fields),
    audiences: titles(item.audiences),
    summary: item.summary ?? '',
    language: 'vi',
    fileUrl: absolute(pdf?.url),
    fileFormat: 'application/pdf',
    fileSize: pdf?.filesize ?? null,
    coverUrl: absolute(cover?.url),
    pageUrl: absoluteUrl(libraryPath(item.slug ?? String(item.id))),
    publishedAt: item.publishedAt ?? null,
    updatedAt: item.updatedAt,
  }
}

/** Every published e-book, newest first, read with a visitor's rights. */
export async function bookshelfEntries(payload: Payload): Promise<BookshelfEntry[]> {
  const where: Where = {
    and: [{ kind: { equals: 'ebook' } }, { workflowState: { equals: 'published' } }],
  }
  const found = await payload.find({
    collection: LIBRARY_ITEMS_SLUG,
    where,
    sort: '-publishedAt',
    depth: 1,
    pagination: false,
    limit: 0,
    overrideAccess: false,
    select: {
      title: true,
      slug: true,
      author: true,
      publisher: true,
      year: true,
      pages: true,
      fields: true,
      audiences: true,
      summary: true,
      pdfFile: true,
      cover: true,
      publishedAt: true,
      updatedAt: true,
    },
    populate: {
      'legal-fields': { title: true },
      audiences: { title: true },
    },
  })
  return (found.docs as LibraryItem[]).map(bookshelfEntry)
}

export const BOOKSHELF_CSV_COLUMNS: { header: string; value: (e: BookshelfEntry) => string }[] = [
  { header: 'Mã', value: (e) => e.id },
  { header: 'Nhan đề', value: (e) => e.title },
  { header: 'Tác giả / người biên soạn', value: (e) => e.author ?? '' },
  { header: 'Nhà xuất bản / đơn vị phát hành', value: (e) => e.publisher ?? '' },
  { header: 'Năm xuất bản', value: (e) => (e.year === null ? '' : String(e.year)) },
  { header: 'Số trang', value: (e) => (e.pages === null ? '' : String(e.pages)) },
  { header: 'Lĩnh vực', value: (e) => e.fields.join('; ') },
  { header: 'Đối tượng', value: (e) => e.audiences.join('; ') },
  { header: 'Tóm tắt', value: (e) => e.summary },
  { header: 'Ngôn ngữ', value: (e) => e.language },
  { header: 'Địa chỉ tệp', value: (e) => e.fileUrl ?? '' },
  { header: 'Địa chỉ ảnh bìa', value: (e) => e.coverUrl ?? '' },
  { header: 'Trang giới thiệu', value: (e) => e.pageUrl },
  { header: 'Ngày đăng', value: (e) => e.publishedAt ?? '' },
]

const cell = (value: string): string => {
  // A leading =, +, - or @ would run as a formula in a spreadsheet: quote it with an apostrophe.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return /[",;\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

/** CSV (UTF-8 with BOM, comma separated, CRLF) for spreadsheets and the bookshelf's loader. */
export function bookshelfCsv(entries: BookshelfEntry[]): string {
  const lines = [
    BOOKSHELF_CSV_COLUMNS.map((c) => cell(c.header)).join(','),
    ...entries.map((e) => BOOKSHELF_CSV_COLUMNS.map((c) => cell(c.value(e))).join(',')),
  ]
  return `\ufeff${lines.join('\r\n')}\r\n`
}

/** The JSON document: a header naming the source and the list. */
export function bookshelfJson(entries: BookshelfEntry[], generatedAt: Date): string {
  return JSON.stringify(
    {
      source: { name: 'Cổng thông tin điện tử phổ biến, giáo dục pháp luật', url: absoluteUrl('/') },
      generatedAt: generatedAt.toISOString(),
      count: entries.length,
      items: entries,
    },
    null,
    2,
  )
}
