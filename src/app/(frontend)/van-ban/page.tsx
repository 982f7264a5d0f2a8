import type { Metadata } from 'next'
import { listMetadata } from '@/modules/data-exchange/feeds/list-metadata'
import { notFound } from 'next/navigation'
import { feedAlternates } from '@/modules/data-exchange/feeds/sources'
import { findDocumentList } from '@/modules/legal-documents/server/find-documents'
import { parseDocumentListParams } from '@/modules/legal-documents/server/list-params'
import { DocumentListView } from '@/modules/legal-documents/ui/document-list-view'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

/** A list filtered by one type or one legal field announces that type's or field's feeds. */
export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const checked = parseDocumentListParams(await searchParams)
  const filters = checked.ok ? checked.filters : null
  const scope = filters?.type
    ? ({ kind: 'document-type', type: filters.type } as const)
    : filters?.field
      ? ({ kind: 'legal-field', slug: filters.field } as const)
      : ({ kind: 'site' } as const)
  return listMetadata('/van-ban', {
    title: 'Văn bản pháp luật',
    description: 'Tra cứu văn bản pháp luật theo loại, cơ quan ban hành, năm, lĩnh vực và tình trạng hiệu lực.',
    alternates: { types: feedAlternates(scope) },
  })
}

/**
 * The filtered list. A bad filter value (a type or status outside the lists, a malformed year or
 * page) is answered with a Vietnamese 400 by src/proxy.ts before this page runs; the notFound()
 * below only guards the page if it is ever reached another way.
 */
export default async function DocumentListPage({ searchParams }: Props) {
  const checked = parseDocumentListParams(await searchParams)
  if (!checked.ok) notFound()
  const { list, facets } = await findDocumentList(checked.filters)
  if (checked.filters.page > list.totalPages) notFound()
  return <DocumentListView filters={checked.filters} list={list} facets={facets} />
}
