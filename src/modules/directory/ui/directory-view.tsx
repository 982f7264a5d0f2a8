import type { Official, Unit } from '@/payload-types'
import { UNIT_KINDS } from '@/modules/organisation/unit-kinds'
import { compareVi } from '@/shared/text/vietnamese'
import type { DirectoryResult } from '../server/find-directory'
import type { DirectoryFilters } from '../server/parse-directory-params'

const telHref = (phone: string) => `tel:${phone.replace(/[^0-9+]/g, '')}`

/** The directory's filter form and results: units with contacts, then officials in a table. */
export function DirectoryView({
  filters,
  result,
  error,
}: {
  filters: DirectoryFilters
  result: DirectoryResult | null
  error?: string
}) {
  const units = result?.units ?? []
  const officials = result?.officials ?? []
  return (
    <>
      <h1>Danh bạ điện tử</h1>
      <form
        method="get"
        action="/danh-ba"
        className="app-filter"
        aria-describedby={error ? 'directory-error' : undefined}
      >
        {error ? (
          <div id="directory-error" className="app-error-summary" role="alert">
            <h2>Không thể tìm kiếm</h2>
            <p>{error}</p>
          </div>
        ) : null}
        <div className="app-filter__field">
          <label htmlFor="directory-q">Tên người, chức vụ hoặc đơn vị</label>
          <input id="directory-q" name="q" type="search" defaultValue={filters.q} maxLength={100} />
        </div>
        <div className="app-filter__field">
          <label htmlFor="directory-kind">Loại đơn vị</label>
          <select id="directory-kind" name="loai" defaultValue={filters.kind}>
            <option value="">Tất cả</option>
            {UNIT_KINDS.map((k) => (
              <option key={k.value} value={k.value}>
                {k.label}
              </option>
            ))}
          </select>
        </div>
        <div className="app-filter__field">
          <label htmlFor="directory-unit">Đơn vị</label>
          <select id="directory-unit" name="don_vi" defaultValue={filters.unit ? String(filters.unit) : ''}>
            <option value="">Tất cả</option>
            {[...(result?.allUnits ?? [])]
              .sort((a, b) => compareVi(a.title, b.title))
              .map((u) => (
                <option key={u.id} value={u.id}>
                  {u.title}
                </option>
              ))}
          </select>
        </div>
        <button type="submit">Lọc danh bạ</button>
      </form>
      <p role="status" className="app-muted">
        Tìm thấy {units.length} đơn vị và {officials.length} cán bộ.
      </p>
      {officials.length > 0 ? (
        <section aria-labelledby="directory-officials">
          <h2 id="directory-officials">Cán bộ, công chức</h2>
          {/* A table on a wide screen, one card per person on a phone (styles.css, .app-table--cards);
              the explicit roles keep it a table for screen readers when the cells are laid out as blocks
              (browsers drop a table's implied roles with display: block), hence the lint exceptions. */}
          <div className="app-table-wrap" tabIndex={0} role="region" aria-labelledby="directory-officials">
            <table className="app-table app-table--cards" role="table">
              {/* eslint-disable-next-line jsx-a11y/no-redundant-roles -- kept under display: block */}
              <thead role="rowgroup">
                <tr role="row">
                  <th scope="col" role="columnheader">
                    Họ và tên
                  </th>
                  <th scope="col" role="columnheader">
                    Chức vụ
                  </th>
                  <th scope="col" role="columnheader">
                    Đơn vị
                  </th>
                  <th scope="col" role="columnheader">
                    Điện thoại
                  </th>
                  <th scope="col" role="columnheader">
                    Thư điện tử
                  </th>
                </tr>
              </thead>
              {/* eslint-disable-next-line jsx-a11y/no-redundant-roles -- kept under display: block */}
              <tbody role="rowgroup">
                {officials.map((o: Official) => (
                  <tr key={o.id} role="row">
                    <th scope="row" role="rowheader">
                      {o.name}
                    </th>
                    {/* eslint-disable-next-line jsx-a11y/no-interactive-element-to-noninteractive-role -- kept under display: block */}
                    <td role="cell" data-label="Chức vụ">
                      {o.position}
                    </td>
                    {/* eslint-disable-next-line jsx-a11y/no-interactive-element-to-noninteractive-role -- kept under display: block */}
                    <td role="cell" data-label="Đơn vị">
                      {typeof o.unit === 'object' ? o.unit.title : ''}
                    </td>
                    {/* eslint-disable-next-line jsx-a11y/no-interactive-element-to-noninteractive-role -- kept under display: block */}
                    <td role="cell" data-label="Điện thoại">
                      {o.phone ? <a href={telHref(o.phone)}>{o.phone}</a> : ''}
                    </td>
                    {/* eslint-disable-next-line jsx-a11y/no-interactive-element-to-noninteractive-role -- kept under display: block */}
                    <td role="cell" data-label="Thư điện tử">
                      {o.email ? <a href={`mailto:${o.email}`}>{o.email}</a> : ''}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}
      {units.length > 0 ? (
        <section aria-labelledby="directory-units">
          <h2 id="directory-units">Đơn vị</h2>
          <ul className="app-units">
            {units.map((u: Unit) => (
              <li key={u.id} className="app-units__item">
                <h3>{u.title}</h3>
                <dl className="app-facts app-facts--compact">
                  {u.leaderName ? (
                    <div className="app-facts__row">
                      <dt>{u.leaderTitle || 'Người đứng đầu'}</dt>
                      <dd>{u.leaderName}</dd>
                    </div>
                  ) : null}
                  {u.address ? (
                    <div className="app-facts__row">
                      <dt>Địa chỉ</dt>
                      <dd>{u.address}</dd>
                    </div>
                  ) : null}
                  {u.phone ? (
                    <div className="app-facts__row">
                      <dt>Điện thoại</dt>
                      <dd>
                        <a href={telHref(u.phone)}>{u.phone}</a>
                      </dd>
                    </div>
                  ) : null}
                  {u.email ? (
                    <div className="app-facts__row">
                      <dt>Thư điện tử</dt>
                      <dd>
                        <a href={`mailto:${u.email}`}>{u.email}</a>
                      </dd>
                    </div>
                  ) : null}
                  {u.website ? (
                    <div className="app-facts__row">
                      <dt>Trang web</dt>
                      <dd>
                        <a href={u.website} rel="noopener noreferrer">
                          {u.website}
                        </a>
                      </dd>
                    </div>
                  ) : null}
                </dl>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  )
}
