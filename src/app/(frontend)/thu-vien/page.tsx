import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import type { Audience, LegalField } from '@/payload-types'
import { parseLibraryParams } from '@/modules/media/server/library-params'
import { findLibraryItems } from '@/modules/media/server/library-queries'
import { LibraryListView } from '@/modules/media/ui/library-list-view'
import { findPublished } from '@/shared/content/published'
import { listMetadata } from '@/modules/data-exchange/feeds/list-metadata'

export async function generateMetadata(): Promise<Metadata> {
  return listMetadata('/thu-vien', {
    title: 'Thư viện số',
    description: 'Video, chương trình phát thanh, infographic, sách điện tử và tờ gấp phổ biến pháp luật.',
  })
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

/** The list reads its filters from the query string (checked first in src/proxy.ts). */
export default async function LibraryPage({ searchParams }: Props) {
  const checked = parseLibraryParams(await searchParams)
  if (!checked.ok) notFound()
  const [list, fields, audiences] = await Promise.all([
    findLibraryItems(checked.filters),
    findPublished<LegalField>({ collection: 'legal-fields', limit: 100, sort: 'order', depth: 0 }),
    findPublished<Audience>({ collection: 'audiences', limit: 100, sort: 'order', depth: 0 }),
  ])
  if (checked.filters.page > list.totalPages) notFound()
  return <LibraryListView filters={checked.filters} list={list} fields={fields.docs} audiences={audiences.docs} />
}
