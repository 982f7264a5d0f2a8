import Link from 'next/link'
import type { Dialogue, LegalField } from '@/payload-types'
import { formatDate } from '@/shared/text/vietnamese'
import { Breadcrumbs } from '@/shared/ui/breadcrumbs'
import { Pagination } from '@/shared/ui/pagination'
import type { Paged } from '@/shared/content/published'
import { dialoguePath } from '../constants'
import { deadlineText, dialoguePhase, PHASES } from '../phase'
import { listHref } from '../server/list-params'
import type { ListFilters } from '../server/queries'
import { PhaseBadge } from './phase-badge'
import './dialogue.css'

function DialogueCard({ dialogue }: { dialogue: Dialogue }) {
  const phase = dialoguePhase(dialogue)
  const unit = typeof dialogue.unit === 'object' && dialogue.unit ? dialogue.unit.title : null
  const deadline = phase === 'dang-lay-y-kien' ? deadlineText(dialogue.closesAt) : null
  return (
    <li className="app-dlg-card">
      <h2 className="app-dlg-card__title">
        <Link href={dialoguePath(dialogue.slug ?? '')}>{dialogue.title}</Link>
      </h2>
      <p className="app-dlg-card__meta">
        <PhaseBadge dialogue={dialogue} />{' '}
        {dialogue.kind === 'truc-tiep' ? 'Đối thoại trực tiếp' : 'Lấy ý kiến dự thảo'}
        {unit ? ` · ${unit}` : null}
      </p>
      <p className="app-dlg-card__meta">
        Nhận ý kiến từ {formatDate(dialogue.opensAt)} đến {formatDate(dialogue.closesAt)}
        {deadline ? <strong> · {deadline}</strong> : null}
      </p>
      {dialogue.summary ? <p className="app-dlg-card__summary">{dialogue.summary}</p> : null}
    </li>
  )
}

export function DialogueListView({
  filters,
  list,
  fields,
}: {
  filters: ListFilters
  list: Paged<Dialogue>
  fields: LegalField[]
}) {
  return (
    <div className="app-container">
      <Breadcrumbs items={[{ label: 'Đối thoại chính sách – pháp luật' }]} />
      <h1>Đối thoại chính sách – pháp luật</h1>
      <p className="app-lead">
        Góp ý dự thảo văn bản, chính sách của tỉnh và gửi câu hỏi tới các phiên đối thoại trực tiếp. Mọi góp ý được kiểm
        duyệt trước khi đăng; cơ quan chủ trì công bố kết quả tiếp thu, giải trình sau khi kết thúc lấy ý kiến.
      </p>
      <form className="app-filter" method="get" action="/doi-thoai" aria-label="Lọc danh sách đối thoại">
        <div className="app-filter__field">
          <label htmlFor="dlg-phase">Giai đoạn</label>
          <select id="dlg-phase" name="giai-doan" defaultValue={filters.phase ?? ''}>
            <option value="">Tất cả</option>
            {PHASES.map((p) => (
              <option key={p.value} value={p.value}>
                {p.label}
              </option>
            ))}
          </select>
        </div>
        <div className="app-filter__field">
          <label htmlFor="dlg-field">Lĩnh vực</label>
          <select id="dlg-field" name="linh-vuc" defaultValue={filters.field ?? ''}>
            <option value="">Tất cả</option>
            {fields.map((f) => (
              <option key={f.id} value={f.slug ?? ''}>
                {f.title}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">Lọc</button>
      </form>
      <p className="app-muted" role="status">
        {list.totalDocs === 0
          ? 'Không có đợt đối thoại, lấy ý kiến nào phù hợp.'
          : `Có ${list.totalDocs} đợt đối thoại, lấy ý kiến.`}
      </p>
      <ul className="app-dlg-list">
        {list.docs.map((d) => (
          <DialogueCard key={d.id} dialogue={d} />
        ))}
      </ul>
      <Pagination page={list.page} totalPages={list.totalPages} hrefFor={(p) => listHref(filters, p)} />
    </div>
  )
}
