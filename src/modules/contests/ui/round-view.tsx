import Link from 'next/link'
import type { Contest, ContestRound } from '@/payload-types'
import { Breadcrumbs } from '@/shared/ui/breadcrumbs'
import { contestPath, roundPath, roundState } from '../server/public-queries'
import { RoundActions } from './contest-view'
import { RoundBadge, RoundTimes } from './round-status'
import './contests.css'

export function roundCrumbs(contest: Contest, round: ContestRound, last?: string) {
  const slug = contest.slug ?? ''
  return [
    { label: 'Cuộc thi', href: '/cuoc-thi' },
    { label: contest.title, href: contestPath(slug) },
    ...(last
      ? [{ label: round.title, href: roundPath(slug, round.number) }, { label: last }]
      : [{ label: round.title }]),
  ]
}

/** /cuoc-thi/<slug>/vong-<n>: the round's times and state; for a signed-in contestant, the way in. */
export function RoundView(props: {
  contest: Contest
  round: ContestRound
  now: Date
  signedInAs: string | null
  erased: boolean
}) {
  const { contest, round, now } = props
  const slug = contest.slug ?? ''
  const state = roundState(round, now)
  return (
    <div>
      <Breadcrumbs items={roundCrumbs(contest, round)} />
      <h1>
        {round.title} <RoundBadge round={round} now={now} />
      </h1>
      <p className="app-lead">
        {contest.title}. <RoundTimes round={round} />.
      </p>
      {props.erased ? (
        <p className="app-callout" role="status">
          Dữ liệu dự thi của bạn trong vòng thi này đã được xóa.
        </p>
      ) : null}
      <dl className="app-facts">
        <div className="app-facts__row">
          <dt>Số câu hỏi</dt>
          <dd>{round.questionCount} câu mỗi lượt thi, rút ngẫu nhiên, thứ tự đáp án xáo trộn</dd>
        </div>
        <div className="app-facts__row">
          <dt>Thời gian</dt>
          <dd>{round.timeLimitMinutes} phút mỗi lượt; hết giờ bài được tự động nộp</dd>
        </div>
        <div className="app-facts__row">
          <dt>Số lượt thi</dt>
          <dd>Tối đa {round.attemptsAllowed} lượt; tính lượt có kết quả cao nhất</dd>
        </div>
        <div className="app-facts__row">
          <dt>Xếp hạng</dt>
          <dd>Theo điểm, rồi độ chính xác của câu hỏi dự đoán, rồi thời gian làm bài</dd>
        </div>
      </dl>
      {props.signedInAs ? (
        <section aria-labelledby="ct-me" className="app-callout">
          <h2 id="ct-me">Bạn đã đăng ký vòng thi này</h2>
          <p>Người dự thi: {props.signedInAs}</p>
          <div className="app-ct-actions">
            {state === 'open' ? (
              <Link className="app-ct-button" href={roundPath(slug, round.number, 'lam-bai')}>
                Vào thi
              </Link>
            ) : null}
            <Link className="app-ct-button app-ct-button--secondary" href={roundPath(slug, round.number, 'cua-toi')}>
              Kết quả của tôi
            </Link>
          </div>
          {state === 'upcoming' ? <p>Vòng thi chưa mở. Hãy quay lại khi vòng thi bắt đầu.</p> : null}
        </section>
      ) : (
        <>
          <RoundActions slug={slug} round={round} now={now} />
          {state !== 'closed' ? (
            <p>
              Đã đăng ký trên thiết bị khác?{' '}
              <Link href={roundPath(slug, round.number, 'xac-thuc')}>Nhận mã đăng nhập để tiếp tục dự thi</Link>
            </p>
          ) : null}
        </>
      )}
    </div>
  )
}
