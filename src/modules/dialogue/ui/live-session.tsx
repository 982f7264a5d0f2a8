import type { Dialogue, DialogueComment } from '@/payload-types'
import { formatDateTime } from '@/shared/text/vietnamese'
import { RichTextView } from '@/shared/ui/rich-text'

/** A live session: when, where, who answers; the questions and, afterwards, answers and transcript. */
export function LiveSession({ dialogue, questions }: { dialogue: Dialogue; questions: DialogueComment[] }) {
  const ended = dialogue.sessionEndsAt ? new Date(dialogue.sessionEndsAt) <= new Date() : false
  return (
    <section aria-labelledby="dlg-session">
      <h2 id="dlg-session">Phiên đối thoại trực tiếp</h2>
      <dl className="app-facts">
        {dialogue.sessionStartsAt ? (
          <div className="app-facts__row">
            <dt>Thời gian</dt>
            <dd>
              {formatDateTime(dialogue.sessionStartsAt)}
              {dialogue.sessionEndsAt ? ` – ${formatDateTime(dialogue.sessionEndsAt)}` : null}
            </dd>
          </div>
        ) : null}
        {dialogue.place ? (
          <div className="app-facts__row">
            <dt>Địa điểm</dt>
            <dd>{dialogue.place}</dd>
          </div>
        ) : null}
        {dialogue.streamUrl ? (
          <div className="app-facts__row">
            <dt>Truyền hình trực tuyến</dt>
            <dd>
              <a href={dialogue.streamUrl}>Xem trực tuyến phiên đối thoại</a>
            </dd>
          </div>
        ) : null}
      </dl>
      {(dialogue.officials ?? []).length > 0 ? (
        <>
          <h3>Lãnh đạo, cán bộ trả lời</h3>
          <ul>
            {(dialogue.officials ?? []).map((o) => (
              <li key={o.id ?? o.name}>
                <strong>{o.name}</strong>
                {o.title ? `, ${o.title}` : null}
                {o.unit ? ` – ${o.unit}` : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h3>{ended ? 'Câu hỏi và trả lời' : 'Câu hỏi đã gửi trước phiên đối thoại'}</h3>
      {questions.length === 0 ? <p className="app-muted">Chưa có câu hỏi được đăng.</p> : null}
      <ol className="app-dlg-comments">
        {questions.map((q) => (
          <li key={q.id} className="app-dlg-comment" id={`gop-y-${q.id}`}>
            <p className="app-dlg-comment__meta">{q.displayName}</p>
            <p className="app-dlg-comment__body">{q.body}</p>
            {q.answer ? (
              <div className="app-dlg-comment__answer">
                <p className="app-dlg-comment__meta">Trả lời{q.answeredBy ? ` của ${q.answeredBy}` : ''}:</p>
                <p className="app-dlg-comment__body">{q.answer}</p>
              </div>
            ) : null}
          </li>
        ))}
      </ol>
      {ended && dialogue.transcript ? (
        <>
          <h3>Tường thuật phiên đối thoại</h3>
          <RichTextView data={dialogue.transcript} />
        </>
      ) : null}
    </section>
  )
}
