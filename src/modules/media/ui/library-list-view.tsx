import Link from 'next/link'
import type { Audience, LegalField, LibraryItem } from '@/payload-types'
import type { Paged } from '@/shared/content/published'
import { Breadcrumbs } from '@/shared/ui/breadcrumbs'
import { Pagination } from '@/shared/ui/pagination'
import { LIBRARY_KINDS, paramOfKind } from '../library/constants'
import { libraryListHref, type LibraryFilters } from '../server/library-params'
import { LibraryCard } from './library-card'
import './library.css'

/** /thu-vien: every published item, filterable by kind, field and audience, with pagination. */
export function LibraryListView(props: {
  filters: LibraryFilters
  list: Paged<LibraryItem>
  fields: LegalField[]
  audiences: Audience[]
}) {
  const { filters, list } = props
  const filtered = Boolean(filters.kind || filters.field || filters.audience)
  return (
    <div className="app-container">
      <Breadcrumbs items={[{ label: 'Thư viện số' }]} />
      <h1>Thư viện số</h1>
      <p className="app-lead">
        Video, chương trình phát thanh, infographic và sách điện tử, tờ gấp phổ biến pháp luật. Video có phụ đề, chương
        trình âm thanh có lời thoại, infographic có mô tả chi tiết.
      </p>
      <form className="app-filter" method="get" action="/thu-vien" aria-label="Lọc tài liệu thư viện">
        <div className="app-filter__field">
          <label htmlFor="lib-kind">Loại tài liệu</label>
          <select id="lib-kind" name="loai" defaultValue={filters.kind ? paramOfKind(filters.kind) : ''}>
            <option value="">Tất cả</option>
            {LIBRARY_KINDS.map((k) => (
              <option key={k.value} value={k.param}>
                {k.plural}
              </option>
            ))}
          </select>
        </div>
        <div className="app-filter__field">
          <label htmlFor="lib-field">Lĩnh vực</label>
          <select id="lib-field" name="linh-vuc" defaultValue={filters.field ?? ''}>
            <option value="">Tất cả</option>
            {props.fields.map((f) => (
              <option key={f.id} value={f.slug ?? ''}>
                {f.title}
              </option>
            ))}
          </select>
        </div>
        <div className="app-filter__field">
          <label htmlFor="lib-audience">Đối tượng</label>
          <select id="lib-audience" name="doi-tuong" defaultValue={filters.audience ?? ''}>
            <option value="">Tất cả</option>
            {props.audiences.map((a) => (
              <option key={a.id} value={a.slug ?? ''}>
                {a.title}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">Lọc</button>
      </form>
      <p className="app-muted" role="status">
        {list.totalDocs === 0
          ? filtered
            ? 'Không có tài liệu nào phù hợp với bộ lọc.'
            : 'Thư viện chưa có tài liệu nào.'
          : `Có ${list.totalDocs} tài liệu${filtered ? ' phù hợp' : ''}.`}
        {filtered ? (
          <>
            {' '}
            <Link href="/thu-vien">Bỏ lọc</Link>
          </>
        ) : null}
      </p>
      <div className="app-grid app-lib-grid">
        {list.docs.map((item) => (
          <LibraryCard key={item.id} item={item} />
        ))}
      </div>
      <Pagination page={list.page} totalPages={list.totalPages} hrefFor={(p) => libraryListHref(filters, p)} />
    </div>
  )
}
