import Link from 'next/link'
import { Breadcrumbs } from '@/shared/ui/breadcrumbs'
import { Pagination } from '@/shared/ui/pagination'
import { formatDate } from '@/shared/text/vietnamese'
import { SITUATIONS_PATH, situationPath } from '../constants'
import type { SituationListData } from '../public/find-situations'
import { SITUATION_QUERY_MAX, situationListHref, type SituationListParams } from '../public/list-params'
import './situations.css'

/** /tinh-huong: published situations with field and audience filters, a text filter and pages. */
export function SituationListPage({ data, params }: { data: SituationListData; params: SituationListParams }) {
  const { list } = data
  return (
    <div className="app-situation">
      <Breadcrumbs items={[{ label: 'Tình huống pháp luật' }]} />
      <h1>Tình huống pháp luật</h1>
      <p>
        Những tình huống thường gặp trong đời sống, học tập và lao động: câu hỏi pháp lý đặt ra, phân tích, kết luận và
        điều luật làm căn cứ. Nhiều tình huống có câu hỏi để bạn tự kiểm tra hiểu biết.
      </p>
      <form method="get" action={SITUATIONS_PATH} role="search" className="app-filter" aria-label="Tìm tình huống">
        <div className="app-filter__field app-filter__field--wide">
          <label htmlFor="tinh-huong-q">Tìm trong tình huống</label>
          <input
            id="tinh-huong-q"
            name="q"
            type="search"
            defaultValue={params.query ?? ''}
            maxLength={SITUATION_QUERY_MAX}
          />
        </div>
        <div className="app-filter__field">
          <label htmlFor="tinh-huong-linh-vuc">Lĩnh vực</label>
          <select id="tinh-huong-linh-vuc" name="linh_vuc" defaultValue={params.field ?? ''}>
            <option value="">Tất cả</option>
            {data.fields.map((f) => (
              <option key={f.slug} value={f.slug}>
                {f.title}
              </option>
            ))}
          </select>
        </div>
        <div className="app-filter__field">
          <label htmlFor="tinh-huong-doi-tuong">Đối tượng</label>
          <select id="tinh-huong-doi-tuong" name="doi_tuong" defaultValue={params.audience ?? ''}>
            <option value="">Tất cả</option>
            {data.audiences.map((a) => (
              <option key={a.slug} value={a.slug}>
                {a.title}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">Lọc</button>
      </form>
      <p role="status">
        {list.totalDocs === 0
          ? 'Không có tình huống nào phù hợp.'
          : params.query
            ? `Tìm thấy ${list.totalDocs} tình huống cho “${params.query}”.`
            : `${list.totalDocs} tình huống.`}
      </p>
      <ul className="app-doclist">
        {list.docs.map((s) => (
          <li key={s.id} className="app-doclist__item">
            <h2 className="app-doclist__title">
              <Link href={situationPath(s.slug)}>{s.title}</Link>
            </h2>
            <p className="app-doclist__meta app-muted">
              {[...s.fieldTitles, s.publishedAt ? `Đăng ngày ${formatDate(s.publishedAt)}` : null]
                .filter(Boolean)
                .join(' · ')}
              {s.hasQuiz ? (
                <>
                  {' '}
                  <span className="app-situation__badge">Có câu hỏi kiểm tra</span>
                </>
              ) : null}
            </p>
            <p className="app-doclist__summary">{s.summary}</p>
          </li>
        ))}
      </ul>
      <Pagination
        page={list.page}
        totalPages={list.totalPages}
        hrefFor={(page) => situationListHref(params, { page })}
      />
    </div>
  )
}
