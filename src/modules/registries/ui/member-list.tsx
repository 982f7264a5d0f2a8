import Link from 'next/link'
import { Breadcrumbs } from '@/shared/ui/breadcrumbs'
import { Pagination } from '@/shared/ui/pagination'
import { REGISTRY_LEVELS, type RegistryKind } from '../constants'
import { kindInfo, levelLabel, levelParam, REGISTRIES_PATH, registryPath, STATUS_PARAMS } from '../constants-public'
import type { MemberPage, PublicMember } from '../server/find-members'
import { MEMBER_QUERY_MAX, memberQueryString, type MemberFilters } from '../server/list-params'
import { DecisionText } from './decision'
import './registries.css'

type Option = { slug: string; title: string }

function MemberRow({ member, showDismissal }: { member: PublicMember; showDismissal: boolean }) {
  return (
    <tr>
      <th scope="row" data-label="Họ và tên">
        {member.fullName}
        {member.status === 'dismissed' ? <span className="app-reg-badge">Đã miễn nhiệm</span> : null}
      </th>
      <td data-label="Chức vụ">{member.position || '—'}</td>
      <td data-label="Đơn vị">
        {member.unit?.title ?? '—'}
        <span className="app-muted app-reg-level"> · {levelLabel(member.level)}</span>
      </td>
      <td data-label="Lĩnh vực">{member.fields.length ? member.fields.map((f) => f.title).join('; ') : '—'}</td>
      <td data-label="Quyết định công nhận">
        <DecisionText decision={member.recognition} kind="công nhận" />
      </td>
      {showDismissal ? (
        <td data-label="Quyết định miễn nhiệm">
          {member.status === 'dismissed' ? <DecisionText decision={member.dismissal} kind="miễn nhiệm" /> : '—'}
        </td>
      ) : null}
    </tr>
  )
}

/** /doi-ngu/<kind>: filters, the count, a table (cards on a phone), pages and the XLSX download. */
export function MemberListView({
  kind,
  filters,
  list,
  units,
  fields,
}: {
  kind: RegistryKind
  filters: MemberFilters
  list: MemberPage
  units: Option[]
  fields: Option[]
}) {
  const info = kindInfo(kind)
  const base = registryPath(kind)
  const hrefFor = (page: number) => {
    const q = memberQueryString(filters, page)
    return q ? `${base}?${q}` : base
  }
  const exportQuery = memberQueryString(filters)
  const showDismissal = filters.status !== 'dang-hoat-dong'
  const statusWord =
    filters.status === 'dang-hoat-dong' ? ' đang hoạt động' : filters.status === 'da-mien-nhiem' ? ' đã miễn nhiệm' : ''
  return (
    <div className="app-container app-reg">
      <Breadcrumbs items={[{ label: 'Đội ngũ', href: REGISTRIES_PATH }, { label: info.label }]} />
      <h1>{info.plural}</h1>
      <form
        className="app-filter"
        method="get"
        action={base}
        role="search"
        aria-label={`Tìm ${info.label.toLowerCase()}`}
      >
        <div className="app-filter__field app-filter__field--wide">
          <label htmlFor="reg-q">Họ và tên</label>
          <input id="reg-q" name="q" type="search" defaultValue={filters.query ?? ''} maxLength={MEMBER_QUERY_MAX} />
        </div>
        <div className="app-filter__field">
          <label htmlFor="reg-unit">Đơn vị</label>
          <select id="reg-unit" name="don-vi" defaultValue={filters.unit ?? ''}>
            <option value="">Tất cả</option>
            {units.map((u) => (
              <option key={u.slug} value={u.slug}>
                {u.title}
              </option>
            ))}
          </select>
        </div>
        <div className="app-filter__field">
          <label htmlFor="reg-level">Cấp</label>
          <select id="reg-level" name="cap" defaultValue={filters.level ? levelParam(filters.level) : ''}>
            <option value="">Tất cả</option>
            {REGISTRY_LEVELS.map((l) => (
              <option key={l.value} value={levelParam(l.value)}>
                {l.label}
              </option>
            ))}
          </select>
        </div>
        <div className="app-filter__field">
          <label htmlFor="reg-field">Lĩnh vực</label>
          <select id="reg-field" name="linh-vuc" defaultValue={filters.field ?? ''}>
            <option value="">Tất cả</option>
            {fields.map((f) => (
              <option key={f.slug} value={f.slug}>
                {f.title}
              </option>
            ))}
          </select>
        </div>
        <div className="app-filter__field">
          <label htmlFor="reg-status">Tình trạng</label>
          <select id="reg-status" name="tinh-trang" defaultValue={filters.status}>
            {STATUS_PARAMS.map((s) => (
              <option key={s.value} value={s.value}>
                {s.label}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">Lọc</button>
      </form>
      <div className="app-reg-summary">
        <p role="status">
          {list.totalDocs === 0
            ? 'Không có ai phù hợp với điều kiện lọc.'
            : `Có ${list.totalDocs.toLocaleString('vi-VN')} người${statusWord}${list.totalPages > 1 ? `; trang ${list.page}/${list.totalPages}` : ''}.`}
        </p>
        {list.totalDocs > 0 ? (
          <p>
            <a href={`${base}/xuat.xlsx${exportQuery ? `?${exportQuery}` : ''}`} download>
              Tải danh sách (XLSX)
            </a>
          </p>
        ) : null}
      </div>
      {list.docs.length ? (
        <table className="app-table app-reg-table">
          <caption className="app-visually-hidden">Danh sách {info.plural.toLowerCase()}</caption>
          <thead>
            <tr>
              <th scope="col">Họ và tên</th>
              <th scope="col">Chức vụ</th>
              <th scope="col">Đơn vị</th>
              <th scope="col">Lĩnh vực</th>
              <th scope="col">Quyết định công nhận</th>
              {showDismissal ? <th scope="col">Quyết định miễn nhiệm</th> : null}
            </tr>
          </thead>
          <tbody>
            {list.docs.map((m) => (
              <MemberRow key={m.id} member={m} showDismissal={showDismissal} />
            ))}
          </tbody>
        </table>
      ) : null}
      <Pagination page={list.page} totalPages={list.totalPages} hrefFor={hrefFor} />
      <p>
        <Link href={REGISTRIES_PATH}>Các đội ngũ khác</Link>
      </p>
    </div>
  )
}
