import type { Payload, TypedUser } from 'payload'
import { formatDate } from '@/shared/text/vietnamese'
import { findQaQueue } from '../server/find-qa-queue'
import './qa-queue.css'

type Props = { payload: Payload; user?: TypedUser | null }

/** "Hỏi đáp cần xử lý" above the questions list: counts and the first few of each group, with links. */
export async function QaQueue({ payload, user }: Props) {
  if (!user) return null
  const groups = await findQaQueue({ payload, user })
  return (
    <section className="app-qa-queue" aria-labelledby="app-qa-queue-title">
      <h2 id="app-qa-queue-title" className="app-qa-queue__title">
        Hỏi đáp cần xử lý
      </h2>
      <ul className="app-qa-queue__counts">
        {groups.map((group) => (
          <li
            key={group.key}
            className={
              group.count > 0 && ['overdue', 'legalBasis'].includes(group.key)
                ? 'app-qa-queue__count--alert'
                : undefined
            }
          >
            <a href={group.href}>
              {group.label}: <strong>{group.count}</strong>
            </a>
          </li>
        ))}
      </ul>
      {groups
        .filter((group) => group.items.length > 0 && group.key !== 'legalBasis')
        .map((group) => (
          <details key={group.key} className="app-qa-queue__group" open={group.key === 'overdue'}>
            <summary>
              {group.label} ({group.count})
            </summary>
            <ul>
              {group.items.map((item) => (
                <li key={item.id}>
                  <a href={`/admin/collections/questions/${item.id}`}>{item.title}</a>{' '}
                  <small>
                    {item.trackingCode ?? ''}
                    {item.dueDate ? ` · hạn ${formatDate(item.dueDate)}` : ''}
                  </small>
                </li>
              ))}
            </ul>
          </details>
        ))}
    </section>
  )
}
