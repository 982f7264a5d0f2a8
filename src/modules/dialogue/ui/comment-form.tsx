import type { Dialogue } from '@/payload-types'
import { AntiSpamFields } from '@/shared/antispam/ui/anti-spam-fields'
import { COMMENT_MAX, WHOLE_TEXT } from '../constants'
import { FORM } from '../server/comment-form'

/**
 * The comment form: a plain HTML post (303 to a confirmation page), so it works without
 * JavaScript; the proof of work is solved in the background by <AntiSpamFields />.
 */
export function CommentForm({ dialogue, selected = WHOLE_TEXT }: { dialogue: Dialogue; selected?: string }) {
  const live = dialogue.kind === 'truc-tiep'
  const noun = live ? 'câu hỏi' : 'góp ý'
  return (
    <form className="app-dlg-form" method="post" action="/api/doi-thoai/gop-y" id="gop-y" aria-labelledby="gop-y-title">
      <h2 id="gop-y-title">{live ? 'Gửi câu hỏi tới phiên đối thoại' : 'Gửi góp ý'}</h2>
      <p className="app-dlg-form__hint">
        Các trường đánh dấu (bắt buộc) phải điền. Họ tên chỉ hiện công khai dưới dạng chữ cái đầu; thư điện tử và số
        điện thoại không bao giờ được công khai.
      </p>
      <input type="hidden" name="doi-thoai" value={dialogue.slug ?? ''} />
      {!live ? (
        <div className="app-dlg-form__field">
          <label htmlFor="gop-y-dieu">Góp ý cho</label>
          <select id="gop-y-dieu" name={FORM.section} defaultValue={selected}>
            <option value={WHOLE_TEXT}>Toàn văn dự thảo</option>
            {(dialogue.sections ?? []).map((s) => (
              <option key={s.key} value={s.key}>
                {s.heading}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <div className="app-dlg-form__field">
        <label htmlFor="gop-y-noi-dung">Nội dung {noun} (bắt buộc)</label>
        <p className="app-dlg-form__hint" id="gop-y-noi-dung-hint">
          Từ 10 đến {COMMENT_MAX} ký tự.
        </p>
        <textarea
          id="gop-y-noi-dung"
          name={FORM.body}
          required
          minLength={10}
          maxLength={COMMENT_MAX}
          aria-describedby="gop-y-noi-dung-hint"
        />
      </div>
      <div className="app-dlg-form__field">
        <label htmlFor="gop-y-ho-ten">Họ và tên (bắt buộc)</label>
        <input id="gop-y-ho-ten" type="text" name={FORM.name} required maxLength={120} autoComplete="name" />
      </div>
      <div className="app-dlg-form__field">
        <label htmlFor="gop-y-email">Thư điện tử</label>
        <p className="app-dlg-form__hint" id="gop-y-lien-he-hint">
          Nhập thư điện tử hoặc số điện thoại (ít nhất một). Có thư điện tử, bạn sẽ nhận thư xác nhận.
        </p>
        <input
          id="gop-y-email"
          type="email"
          name={FORM.email}
          maxLength={254}
          autoComplete="email"
          aria-describedby="gop-y-lien-he-hint"
        />
      </div>
      <div className="app-dlg-form__field">
        <label htmlFor="gop-y-dien-thoai">Số điện thoại</label>
        <input id="gop-y-dien-thoai" type="tel" name={FORM.phone} maxLength={20} autoComplete="tel" />
      </div>
      <div className="app-dlg-form__check">
        <input id="gop-y-dong-y" type="checkbox" name={FORM.consent} value="co" required />
        <label htmlFor="gop-y-dong-y">
          Tôi đồng ý để cơ quan chủ trì xử lý họ tên và thông tin liên hệ của tôi chỉ nhằm tiếp nhận, trả lời góp ý này
          (bắt buộc).
        </label>
      </div>
      <AntiSpamFields />
      <button type="submit">Gửi {noun}</button>
    </form>
  )
}
