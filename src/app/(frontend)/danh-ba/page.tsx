import type { Metadata } from 'next'
import { findDirectory } from '@/modules/directory/server/find-directory'
import { parseDirectoryParams } from '@/modules/directory/server/parse-directory-params'
import { DirectoryView } from '@/modules/directory/ui/directory-view'
import { Breadcrumbs } from '@/shared/ui/breadcrumbs'
import { listMetadata } from '@/modules/data-exchange/feeds/list-metadata'

export async function generateMetadata(): Promise<Metadata> {
  return listMetadata('/danh-ba', { title: 'Danh bạ điện tử' })
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export default async function DirectoryPage({ searchParams }: Props) {
  // Bad parameters are answered with 400 by src/proxy.ts; this fallback keeps the page safe anyway.
  const checked = parseDirectoryParams(await searchParams)
  const filters = checked.ok ? checked.filters : { q: '', kind: '', unit: null }
  const result = await findDirectory(filters)
  return (
    <>
      <Breadcrumbs items={[{ label: 'Danh bạ điện tử' }]} />
      <DirectoryView filters={filters} result={result} error={checked.ok ? undefined : checked.message} />
    </>
  )
}
