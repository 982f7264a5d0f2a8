import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import type { LegalField } from '@/payload-types'
import { parseListParams } from '@/modules/dialogue/server/list-params'
import { findDialogues } from '@/modules/dialogue/server/queries'
import { DialogueListView } from '@/modules/dialogue/ui/dialogue-list-view'
import { findPublished } from '@/shared/content/published'
import { listMetadata } from '@/modules/data-exchange/feeds/list-metadata'

export async function generateMetadata(): Promise<Metadata> {
  return listMetadata('/doi-thoai', {
    title: 'Đối thoại chính sách – pháp luật',
    description: 'Góp ý dự thảo văn bản, chính sách và đối thoại trực tiếp với lãnh đạo tỉnh.',
  })
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

/** The list reads its filters from the query string, so it is rendered per request. */
export default async function DialogueListPage({ searchParams }: Props) {
  const checked = parseListParams(await searchParams)
  if (!checked.ok) notFound()
  const [list, fields] = await Promise.all([
    findDialogues(checked.filters),
    findPublished<LegalField>({ collection: 'legal-fields', limit: 100, sort: 'order', depth: 0 }),
  ])
  if (checked.filters.page > list.totalPages) notFound()
  return <DialogueListView filters={checked.filters} list={list} fields={fields.docs} />
}
