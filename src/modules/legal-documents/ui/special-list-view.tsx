import { Breadcrumbs } from '@/shared/ui/breadcrumbs'
import { Pagination } from '@/shared/ui/pagination'
import type { DocumentList } from '../server/find-documents'
import { SPECIAL_LISTS, type SpecialList } from '../server/special-lists'
import { DocumentItems } from './document-items'
import { LegalSubNav } from './sub-nav'
import './legal-documents.css'

/** A fixed list (mới ban hành, sắp có hiệu lực, mới hết hiệu lực) with numbered pages. */
export function SpecialListView({ list, result }: { list: SpecialList; result: DocumentList }) {
  const spec = SPECIAL_LISTS[list]
  const base = `/van-ban/${list}`
  return (
    <>
      <Breadcrumbs items={[{ label: 'Văn bản pháp luật', href: '/van-ban' }, { label: spec.title }]} />
      <h1>
        {spec.title}
        {result.page > 1 ? <span className="app-muted"> – trang {result.page}</span> : null}
      </h1>
      <LegalSubNav current={base} />
      <p className="app-lead">{spec.intro}</p>
      {result.docs.length === 0 ? <p>{spec.empty}</p> : <DocumentItems docs={result.docs} />}
      <Pagination
        page={result.page}
        totalPages={result.totalPages}
        hrefFor={(p) => (p === 1 ? base : `${base}/trang/${p}`)}
      />
    </>
  )
}
