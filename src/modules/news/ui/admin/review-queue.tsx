import type { Payload, TypedUser } from 'payload'
import { formatDateTime } from '@/shared/text/vietnamese'
import { STATE_LABELS } from '@/shared/workflow/states'
import { findReviewQueue } from '../../server/find-review-queue'

type Props = { payload: Payload; user?: TypedUser | null }

/** The dashboard's "waiting for review" list: every submitted item the user may review. */
export async function ReviewQueue({ payload, user }: Props) {
  if (!user) return null
  const items = await findReviewQueue({ payload, user })
  const isContributor = (user as { role?: string }).role === 'contributor'
  const title = isContributor ? 'Bài bị trả lại, cần sửa' : 'Nội dung chờ duyệt'
  const empty = isContributor ? 'Không có bài nào bị trả lại.' : 'Không có nội dung nào đang chờ duyệt.'
  return (
    <section className="app-review-queue" aria-labelledby="app-review-queue-title">
      <h2 id="app-review-queue-title">
        {title} ({items.length})
      </h2>
      {items.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <table className="app-review-queue__table">
          <thead>
            <tr>
              <th scope="col">Tiêu đề</th>
              <th scope="col">Loại</th>
              <th scope="col">Trạng thái</th>
              <th scope="col">Cập nhật</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={`${item.collection}-${item.id}`}>
                <td>
                  <a href={`/admin/collections/${item.collection}/${item.id}`}>{item.title}</a>
                </td>
                <td>{item.label}</td>
                <td>{STATE_LABELS[item.state]}</td>
                <td>{formatDateTime(item.updatedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
