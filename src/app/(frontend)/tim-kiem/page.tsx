import type { Metadata } from 'next'
import { loadSearchPage } from '@/modules/search/server/search-page'
import { SearchPageView } from '@/modules/search/ui/search-page-view'

export const metadata: Metadata = { title: 'Tìm kiếm', robots: { index: false, follow: true } }

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export default async function SearchPage({ searchParams }: Props) {
  return <SearchPageView data={await loadSearchPage(await searchParams)} />
}
