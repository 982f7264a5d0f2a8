import Link from 'next/link'
import { Breadcrumbs } from '@/shared/ui/breadcrumbs'
import type { AttemptPageState } from '../../server/attempt-page-state'
import { AttemptRunner } from './attempt-runner'
import { formatDuration, formatScore } from './format'
import './attempt.css'

const dateTime = (iso: string) =>
  new Intl.DateTimeFormat('vi-VN', {
    timeZone: 'Asia/Ho_Chi_Minh',
    hour: '2-digit',
    minute: '2-digit',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(new Date(iso))

/** The attempt page: the round's facts, the contestant's past attempts and the runner. */
export function AttemptPage({ state }: { state: AttemptPageState }) {
  const { contest, round, basePath } = state
  return (
    <div className="app-cta">
      <Breadcrumbs
        items={[
          { label: 'Cuộc thi', href: '/cuoc-thi' },
          { label: contest.title, href: `/cuoc-thi/${contest.slug}` },
          { label: round.title, href: basePath },
          { label: 'Làm bài' },
        ]}
      />
      <h1 className="app-cta__title">
        Làm bài thi: {round.title}
        <span className="app-cta__subtitle">{contest.title}</span>
      </h1>
      <ul className="app-cta__facts">
        <li>
          <strong>{round.questionCount}</strong> câu hỏi, <strong>{round.timeLimitMinutes} phút</strong>
          {round.hasPrediction ? ', kèm một câu hỏi dự đoán để phân định giải' : ''}
        </li>
        <li>
          Mở từ {dateTime(round.opensAt)} đến {dateTime(round.closesAt)}
        </li>
        <li>
          {round.attemptsAllowed > 1
            ? `Mỗi người được thi tối đa ${round.attemptsAllowed} lượt; lượt có kết quả tốt nhất được tính.`
            : 'Mỗi người được thi một lượt.'}
        </li>
      </ul>
      {!state.registered ? (
        <div className="app-cta__panel">
          <h2>Bạn chưa đăng ký trên trình duyệt này</h2>
          <p>
            Để làm bài, hãy đăng ký dự thi và xác thực bằng mã gửi qua thư điện tử hoặc điện thoại. Nếu đã đăng ký trên
            thiết bị khác, hãy xác thực lại trên thiết bị này.
          </p>
          <p>
            <Link className="app-cta__button" href={`${basePath}/dang-ky`}>
              Đăng ký dự thi
            </Link>
          </p>
        </div>
      ) : (
        <>
          {state.finished.length > 0 ? (
            <section className="app-cta__panel" aria-labelledby="luot-da-thi">
              <h2 id="luot-da-thi">Các lượt bạn đã thi</h2>
              <ul>
                {state.finished.map((a) => (
                  <li key={a.attemptNo}>
                    Lượt {a.attemptNo}: {formatScore(a.score, a.maxScore)} điểm, {a.correctCount ?? 0} câu đúng, thời
                    gian {formatDuration(a.durationMs ?? 0)}
                    {a.status === 'timed-out' ? ' (tự nộp khi hết giờ)' : ''}
                  </li>
                ))}
              </ul>
              <p>
                <Link href={`${basePath}/cua-toi`}>Xem kết quả và giấy chứng nhận của tôi</Link>
              </p>
            </section>
          ) : null}
          <noscript>
            <p className="app-cta__alert">
              Trang làm bài cần JavaScript để giữ đồng hồ của máy chủ và lưu từng câu trả lời. Hãy bật JavaScript rồi
              tải lại trang.
            </p>
          </noscript>
          <AttemptRunner
            roundId={round.id}
            basePath={basePath}
            serverNow={state.serverNow}
            open={state.open}
            canStart={state.canStart}
            reason={state.reason}
            questionCount={round.questionCount}
            timeLimitMinutes={round.timeLimitMinutes}
          />
        </>
      )}
    </div>
  )
}
