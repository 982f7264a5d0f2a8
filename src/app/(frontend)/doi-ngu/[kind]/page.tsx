import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { kindByPath } from '@/modules/registries/constants-public'
import { findMembers, memberFilterOptions } from '@/modules/registries/server/find-members'
import { parseMemberParams } from '@/modules/registries/server/list-params'
import { MemberListView } from '@/modules/registries/ui/member-list'

type Props = {
  params: Promise<{ kind: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const kind = kindByPath((await params).kind)
  return kind
    ? { title: `Danh sách ${kind.plural}`, description: `${kind.plural}: đơn vị, lĩnh vực, quyết định công nhận.` }
    : {}
}

/** The list reads its filters from the query string, so it is rendered per request. */
export default async function RegistryListPage({ params, searchParams }: Props) {
  const kind = kindByPath((await params).kind)
  if (!kind) notFound()
  // The proxy already answers a bad query with a Vietnamese 400; this covers direct renders.
  const checked = parseMemberParams(await searchParams)
  if (!checked.ok) notFound()
  const [list, options] = await Promise.all([findMembers(kind.value, checked.filters), memberFilterOptions(kind.value)])
  if (checked.filters.page > list.totalPages) notFound()
  return <MemberListView kind={kind.value} filters={checked.filters} list={list} {...options} />
}
