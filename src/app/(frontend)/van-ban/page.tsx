import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { findDocumentList } from '@/modules/legal-documents/server/find-documents'
import { parseDocumentListParams } from '@/modules/legal-documents/server/list-params'
import { DocumentListView } from '@/modules/legal-documents/ui/document-list-view'

export const metadata: Metadata = {
  title: 'Văn bản pháp luật',
  description: 'Tra cứu văn bản pháp luật theo loại, cơ quan ban hành, năm, lĩnh vực và tình trạng hiệu lực.',
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

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
