import type { Payload, TypedUser } from 'payload'
import { formatDate } from '@/shared/text/vietnamese'
import { ACTIVITIES_SLUG } from '../constants'
import { findPendingActivities } from '../server/pending'
import './activities-admin.css'

type Props = { payload: Payload; user?: TypedUser | null }

/** “Hoạt động chờ xác nhận” above the activities list: counts by status and the records waiting. */
export async function PendingActivities({ payload, user }: Props) {
  if (!user) return null
  const summary = await findPendingActivities(payload, user)
  return (
    <section className="app-pending-activities" aria-labelledby="app-pending-activities-title">
      <h2 id="app-pending-activities-title">Hoạt động chờ xác nhận</h2>
      <ul className="app-pending-activities__counts">
        {summary.counts.map((c) => (
          <li key={c.status}>
            <a href={c.href}>
              {c.label}: <strong>{c.count.toLocaleString('vi-VN')}</strong>
            </a>
          </li>
        ))}
        <li>
          <a href="/api/hoat-dong/xuat-excel" download>
            Xuất Excel danh sách
          </a>
        </li>
      </ul>
      {summary.items.length > 0 ? (
        <details open>
          <summary>{summary.itemsLabel}</summary>
          <ul className="app-pending-activities__items">
            {summary.items.map((item) => (
              <li key={item.id}>
                <a href={`/admin/collections/${ACTIVITIES_SLUG}/${item.id}`}>{item.title}</a>{' '}
                <small>
                  {formatDate(item.date)}
                  {item.unit ? ` · ${item.unit}` : ''}
                </small>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  )
}
