import type { DialogueComment } from '@/payload-types'
import { formatDate } from '@/shared/text/vietnamese'
import { FLAG_REASONS } from '../constants'

/** A published comment (escaped text, never contact data) with a small no-JS report form. */
export function CommentItem({ comment, slug }: { comment: DialogueComment; slug: string }) {
  const question = comment.kind === 'cau-hoi'
  const id = `gop-y-${comment.id}`
  return (
    <li className="app-dlg-comment" id={id}>
      <p className="app-dlg-comment__meta">
        {comment.displayName || `Người góp ý #${comment.number ?? ''}`} · {formatDate(comment.createdAt)}
      </p>
      <p className="app-dlg-comment__body">{comment.body}</p>
      {question && comment.answer ? (
        <div className="app-dlg-comment__answer">
          <p className="app-dlg-comment__meta">Trả lời{comment.answeredBy ? ` của ${comment.answeredBy}` : ''}:</p>
          <p className="app-dlg-comment__body">{comment.answer}</p>
        </div>
      ) : null}
      <details className="app-dlg-flag">
        <summary>Báo cáo vi phạm</summary>
        <form method="post" action="/api/doi-thoai/bao-cao">
          <input type="hidden" name="gop-y" value={comment.id} />
          <input type="hidden" name="doi-thoai" value={slug} />
          <div className="app-dlg-form__field">
            <label htmlFor={`${id}-ly-do`}>Lý do</label>
            <select id={`${id}-ly-do`} name="ly-do" required defaultValue="">
              <option value="" disabled>
                Chọn lý do
              </option>
              {FLAG_REASONS.map((r) => (
                <option key={r.value} value={r.value}>
                  {r.label}
                </option>
              ))}
            </select>
          </div>
          <button type="submit">Gửi báo cáo</button>
        </form>
      </details>
    </li>
  )
}
