import { notFound } from 'next/navigation'
import { findMaterials } from '../server/materials'
import { findSpecialList, type SpecialList } from '../server/special-lists'
import { MaterialsList } from './material-views'
import { SpecialListView } from './special-list-view'

/** A fixed list of documents at /van-ban/<list>[/trang/<n>]; 404 for a page that does not exist. */
export async function SpecialListRoute({ list, page }: { list: SpecialList; page: number | null }) {
  if (page === null) notFound()
  const result = await findSpecialList(list, page)
  if (page > result.totalPages) notFound()
  return <SpecialListView list={list} result={result} />
}

export async function MaterialsRoute({ page }: { page: number | null }) {
  if (page === null) notFound()
  const result = await findMaterials(page)
  if (page > result.totalPages) notFound()
  return <MaterialsList result={result} />
}
