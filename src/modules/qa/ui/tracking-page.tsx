import Link from 'next/link'
import { Breadcrumbs } from '@/shared/ui/breadcrumbs'
import type { TrackingView } from '../public/tracking-view'
import './qa.css'

function TrackingForm({ code }: { code?: string }) {
  return (
    <form method="get" action="/hoi-dap/tra-cuu" className="app-filter" aria-labelledby="tra-cuu-form">
      <h2 id="tra-cuu-form" className="app-visually-hidden">
        Nhập mã tra cứu
      </h2>
      <div className="app-filter__field">
        <label htmlFor="tra-cuu-ma">Mã tra cứu</label>
        <input id="tra-cuu-ma" name="ma" type="text" defaultValue={code} maxLength={40} autoComplete="off" required />
      </div>
      <div className="app-filter__field">
        <label htmlFor="tra-cuu-khoa">Khóa bảo mật (trong thư xác nhận)</label>
        <input id="tra-cuu-khoa" name="khoa" type="password" maxLength={64} autoComplete="off" required />
      </div>
      <button type="submit">Tra cứu</button>
    </form>
  )
}

export function TrackingIntro({ message }: { message?: string }) {
  return (
    <div className="app-qa">
      <Breadcrumbs items={[{ label: 'Hỏi đáp pháp luật', href: '/hoi-dap' }, { label: 'Tra cứu câu hỏi' }]} />
      <h1>Tra cứu câu hỏi đã gửi</h1>
      {message ? (
        <div className="app-error-summary" role="alert">
          <h2>Không tìm thấy câu hỏi</h2>
          <p>{message}</p>
        </div>
      ) : null}
      <p>
        Nhập mã tra cứu và khóa bảo mật trong thư xác nhận, hoặc mở trực tiếp đường dẫn trong thư. Chưa gửi câu hỏi?{' '}
        <Link href="/hoi-dap/gui-cau-hoi">Gửi câu hỏi</Link>.
      </p>
      <TrackingForm />
    </div>
  )
}

/** The asker's private status page: the public steps only, never any personal data. */
export function TrackingPage({ view, statusLink }: { view: TrackingView; statusLink?: string }) {
  const justSent = !!statusLink
  return (
    <div className="app-qa">
      <Breadcrumbs items={[{ label: 'Hỏi đáp pháp luật', href: '/hoi-dap' }, { label: 'Tra cứu câu hỏi' }]} />
      <h1>{justSent ? 'Đã gửi câu hỏi' : 'Tình trạng câu hỏi của bạn'}</h1>
      {justSent ? (
        <div className="app-qa-box app-qa-box--ok" role="status">
          <p>Cảm ơn bạn. Câu hỏi đã được ghi nhận; thư xác nhận (nếu bạn để lại thư điện tử) đang được gửi.</p>
          <p>
            Mã tra cứu: <span className="app-qa-code">{view.code}</span>
          </p>
          <p>
            Đường dẫn riêng để theo dõi câu hỏi: <Link href={statusLink}>Xem tình trạng câu hỏi {view.code}</Link>. Hãy
            lưu lại (đánh dấu trang) đường dẫn này hoặc thư xác nhận: chỉ người có đường dẫn mới xem được tình trạng câu
            hỏi.
          </p>
        </div>
      ) : (
        <p>
          Mã tra cứu: <span className="app-qa-code">{view.code}</span>
        </p>
      )}
      <h2>Câu hỏi của bạn</h2>
      <p className="app-qa-question">{view.title}</p>
      <h2>Các bước xử lý</h2>
      <ol className="app-qa-timeline">
        {view.steps.map((step) => (
          <li key={step.label} className={`app-qa-timeline__step app-qa-timeline__step--${step.state}`}>
            <span className="app-qa-timeline__label">
              {step.label}
              <span className="app-visually-hidden">
                {step.state === 'done'
                  ? ' (đã xong)'
                  : step.state === 'current'
                    ? ' (bước hiện tại)'
                    : step.state === 'todo'
                      ? ' (chưa tới)'
                      : ''}
              </span>
            </span>
            {step.detail ? <span>{step.detail}</span> : null}
            {step.link ? (
              <>
                {' '}
                <Link href={step.link.href}>{step.link.text}</Link>
              </>
            ) : null}
          </li>
        ))}
      </ol>
      <p>
        <Link href="/hoi-dap">Xem các câu hỏi đã được trả lời</Link>
      </p>
    </div>
  )
}
