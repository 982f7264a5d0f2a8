import type { AdminViewServerProps, TypedUser } from 'payload'
import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { hasRole, isEditorial, ROLES, type RoleUser } from '@/shared/access/roles'
import { formatDate } from '@/shared/text/vietnamese'
import { REPORT_PERIODS_SLUG, UNIT_REPORTS_SLUG } from '../constants'
import { findPeriod, isPending, periodStatus, UNIT_STATE_LABELS } from '../server/period-status'
import './reports-admin.css'

const one = (v: string | string[] | undefined): string => (Array.isArray(v) ? (v[0] ?? '') : (v ?? ''))

/**
 * "Tình hình báo cáo": for a chosen period, every unit that must report with the state of its
 * report, the date it was sent and days late; filter "chưa báo cáo"; XLSX downloads. For the
 * editorial board and inspectors; a contributor sees only their unit's row (the reports are read
 * with the user's rights).
 */
export async function ReportStatusView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const user = req.user as (TypedUser & RoleUser) | null
  const template = {
    i18n: req.i18n,
    locale,
    params,
    payload: req.payload,
    permissions,
    searchParams,
    user: user ?? undefined,
    visibleEntities,
  }
  const mayRead = isEditorial(user) || hasRole(user, ROLES.viewer)
  if (!user || !mayRead) {
    return (
      <DefaultTemplate {...template}>
        <Gutter>
          <h1>Tình hình báo cáo của các đơn vị</h1>
          <p>Chỉ Ban Biên tập và người kiểm tra, theo dõi được xem trang này.</p>
        </Gutter>
      </DefaultTemplate>
    )
  }
  const periods = await req.payload.find({
    collection: REPORT_PERIODS_SLUG,
    sort: '-deadline',
    limit: 50,
    depth: 0,
    select: { title: true, deadline: true },
    overrideAccess: false,
    user,
  })
  const wanted = Number(one(searchParams?.ky as string | string[] | undefined))
  const periodId = Number.isInteger(wanted) && wanted > 0 ? wanted : (periods.docs[0]?.id ?? null)
  const onlyPending = one(searchParams?.loc as string | string[] | undefined) === 'chua-bao-cao'
  const period = periodId === null ? null : await findPeriod(req.payload, periodId, user)
  const rows = period ? await periodStatus(req.payload, period, { user }) : []
  const shown = onlyPending ? rows.filter((r) => isPending(r.state)) : rows
  const pending = rows.filter((r) => isPending(r.state)).length
  return (
    <DefaultTemplate {...template}>
      <Gutter className="app-report-status">
        <h1>Tình hình báo cáo của các đơn vị</h1>
        <form method="get" className="app-report-status__filters">
          <label htmlFor="app-report-period">Kỳ báo cáo</label>
          <select id="app-report-period" name="ky" defaultValue={periodId ?? undefined}>
            {periods.docs.map((p) => (
              <option key={p.id} value={p.id}>
                {p.title} (hạn {formatDate(p.deadline)})
              </option>
            ))}
          </select>
          <label className="app-report-status__check">
            <input type="checkbox" name="loc" value="chua-bao-cao" defaultChecked={onlyPending} /> Chỉ đơn vị chưa báo
            cáo
          </label>
          <button type="submit" className="btn btn--style-secondary btn--size-small">
            Xem
          </button>
        </form>
        {period ? (
          <>
            <p>
              Số liệu từ {formatDate(period.from)} đến {formatDate(period.to)}; hạn gửi{' '}
              <strong>{formatDate(period.deadline)}</strong>
              {period.open ? '' : ' (kỳ đã đóng)'}. Đơn vị phải báo cáo: <strong>{rows.length}</strong>; chưa gửi:{' '}
              <strong>{pending}</strong>.
            </p>
            <p>
              Tải về: <a href={`/api/bao-cao/tinh-hinh.xlsx?ky=${period.id}`}>danh sách tình hình (XLSX)</a>
              {' · '}
              <a href={`/api/bao-cao/so-lieu.xlsx?ky=${period.id}`}>số liệu các báo cáo (XLSX)</a>
            </p>
            <table className="app-report-status__table">
              <caption>
                {onlyPending ? 'Các đơn vị chưa báo cáo' : 'Tất cả đơn vị phải báo cáo'} – {period.title}
              </caption>
              <thead>
                <tr>
                  <th scope="col">Đơn vị</th>
                  <th scope="col">Tình trạng</th>
                  <th scope="col">Ngày gửi</th>
                  <th scope="col">Số ngày muộn</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((row) => (
                  <tr key={row.unitId} data-state={row.state}>
                    <th scope="row">
                      {row.reportId ? (
                        <a href={`/admin/collections/${UNIT_REPORTS_SLUG}/${row.reportId}`}>{row.unitTitle}</a>
                      ) : (
                        row.unitTitle
                      )}
                    </th>
                    <td>
                      {UNIT_STATE_LABELS[row.state]}
                      {row.late && !isPending(row.state) ? (
                        <span className="app-report-status__late"> · nộp muộn</span>
                      ) : null}
                    </td>
                    <td>{row.submittedAt ? formatDate(row.submittedAt) : ''}</td>
                    <td>{row.daysLate || ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {shown.length === 0 ? <p>Không có đơn vị nào trong danh sách này.</p> : null}
          </>
        ) : (
          <p>Chưa có kỳ báo cáo nào.</p>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
