import Link from 'next/link'
import { Breadcrumbs } from '@/shared/ui/breadcrumbs'
import { Pagination } from '@/shared/ui/pagination'
import { formatDate } from '@/shared/text/vietnamese'
import { questionPath } from '../constants'
import type { QaListData } from '../public/find-questions'
import { qaListHref, QA_QUERY_MAX, type QaListParams } from '../public/list-params'
import './qa.css'

const excerpt = (text: string, max = 220): string => (text.length > max ? `${text.slice(0, max).trimEnd()}…` : text)

/** /hoi-dap: published questions with filters, text search, "Mới nhất"/"Xem nhiều" and pages. */
export function QuestionListPage({ data, params }: { data: QaListData; params: QaListParams }) {
  const { list } = data
  const tabs: Array<{ sort: QaListParams['sort']; label: string }> = [
    { sort: 'moi-nhat', label: 'Mới nhất' },
    { sort: 'xem-nhieu', label: 'Xem nhiều' },
  ]
  return (
    <div className="app-qa">
      <Breadcrumbs items={[{ label: 'Hỏi đáp pháp luật' }]} />
      <div className="app-qa-head">
        <h1>Hỏi đáp pháp luật</h1>
        <Link href="/hoi-dap/gui-cau-hoi" className="app-qa-ask-link">
          Gửi câu hỏi
        </Link>
      </div>
      <p>
        Câu hỏi của người dân và câu trả lời chính thức của cơ quan nhà nước. Đã gửi câu hỏi?{' '}
        <Link href="/hoi-dap/tra-cuu">Tra cứu tình trạng</Link>.
      </p>
      <form method="get" action="/hoi-dap" role="search" className="app-filter" aria-label="Tìm câu hỏi">
        <div className="app-filter__field app-filter__field--wide">
          <label htmlFor="hoi-dap-q">Tìm trong hỏi đáp</label>
          <input id="hoi-dap-q" name="q" type="search" defaultValue={params.query ?? ''} maxLength={QA_QUERY_MAX} />
        </div>
        <div className="app-filter__field">
          <label htmlFor="hoi-dap-linh-vuc">Lĩnh vực</label>
          <select id="hoi-dap-linh-vuc" name="linh_vuc" defaultValue={params.field ?? ''}>
            <option value="">Tất cả</option>
            {data.fields.map((f) => (
              <option key={f.slug} value={f.slug}>
                {f.title}
              </option>
            ))}
          </select>
        </div>
        <div className="app-filter__field">
          <label htmlFor="hoi-dap-doi-tuong">Đối tượng</label>
          <select id="hoi-dap-doi-tuong" name="doi_tuong" defaultValue={params.audience ?? ''}>
            <option value="">Tất cả</option>
            {data.audiences.map((a) => (
              <option key={a.slug} value={a.slug}>
                {a.title}
              </option>
            ))}
          </select>
        </div>
        {params.sort !== 'moi-nhat' ? <input type="hidden" name="sap_xep" value={params.sort} /> : null}
        <button type="submit">Lọc</button>
      </form>
      {params.query ? null : (
        <nav className="app-qa-tabs" aria-label="Sắp xếp câu hỏi">
          <ul>
            {tabs.map((t) => (
              <li key={t.sort}>
                <Link
                  href={qaListHref(params, { sort: t.sort, page: 1 })}
                  aria-current={params.sort === t.sort ? 'page' : undefined}
                >
                  {t.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <p role="status">
        {list.totalDocs === 0
          ? 'Không có câu hỏi nào phù hợp.'
          : params.query
            ? `Tìm thấy ${list.totalDocs} câu hỏi cho “${params.query}”.`
            : `${list.totalDocs} câu hỏi đã được trả lời.`}
      </p>
      <ul className="app-doclist">
        {list.docs.map((q) => (
          <li key={q.id} className="app-doclist__item">
            <h2 className="app-doclist__title">
              <Link href={questionPath(q.slug ?? String(q.id))}>{q.title}</Link>
            </h2>
            <p className="app-doclist__meta app-muted">
              {[
                q.fieldTitle,
                q.publishedAt ? `Trả lời ngày ${formatDate(q.publishedAt)}` : null,
                `${q.viewCount ?? 0} lượt xem`,
              ]
                .filter(Boolean)
                .join(' · ')}
            </p>
            <p className="app-doclist__summary">{excerpt(q.body)}</p>
          </li>
        ))}
      </ul>
      <Pagination page={list.page} totalPages={list.totalPages} hrefFor={(page) => qaListHref(params, { page })} />
    </div>
  )
}
