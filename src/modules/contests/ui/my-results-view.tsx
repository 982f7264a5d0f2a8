import Link from 'next/link'
import type { Contest, ContestRound } from '@/payload-types'
import { formatDateTime } from '@/shared/text/vietnamese'
import { Breadcrumbs } from '@/shared/ui/breadcrumbs'
import { formatCertificateCode } from '../server/certificate-code'
import type { ContestantView } from '../server/contestant-page'
import { roundPath, roundState } from '../server/public-queries'
import { JsonForm } from './json-form'
import { roundCrumbs } from './round-view'
import './contests.css'

const STATUS: Record<string, string> = {
  'in-progress': 'Đang làm bài',
  submitted: 'Đã nộp',
  'timed-out': 'Tự nộp khi hết giờ',
}

/** /cuoc-thi/<slug>/vong-<n>/cua-toi: the contestant's attempts, rank, certificate and erasure. */
export function MyResultsView({
  contest,
  round,
  view,
  now,
}: {
  contest: Contest
  round: ContestRound
  view: ContestantView
  now: Date
}) {
  const slug = contest.slug ?? ''
  const used = view.attempts.length
  const canStart =
    roundState(round, now) === 'open' &&
    (used < round.attemptsAllowed || view.attempts.some((a) => a.status === 'in-progress'))
  return (
    <div>
      <Breadcrumbs items={roundCrumbs(contest, round, 'Kết quả của tôi')} />
      <h1>Kết quả của tôi</h1>
      <p className="app-lead">
        {view.entry.fullName} – {round.title}, {contest.title}
      </p>
      {canStart ? (
        <p>
          <Link className="app-ct-button" href={roundPath(slug, round.number, 'lam-bai')}>
            Vào thi
          </Link>
        </p>
      ) : null}
      <h2>Các lượt thi</h2>
      {used === 0 ? (
        <p>Bạn chưa làm lượt thi nào.</p>
      ) : (
        <div className="app-table-wrap">
          <table className="app-table">
            <caption className="app-visually-hidden">Các lượt thi của bạn</caption>
            <thead>
              <tr>
                <th scope="col">Lượt</th>
                <th scope="col">Trạng thái</th>
                <th scope="col">Bắt đầu</th>
                <th scope="col">Điểm</th>
                <th scope="col">Số câu đúng</th>
              </tr>
            </thead>
            <tbody>
              {view.attempts.map((a) => (
                <tr key={a.attemptNo}>
                  <th scope="row">{a.attemptNo}</th>
                  <td>{STATUS[a.status] ?? a.status}</td>
                  <td>{formatDateTime(a.startedAt)}</td>
                  <td>{a.score === null ? '—' : `${a.score}/${a.maxScore ?? ''}`}</td>
                  <td>{a.correctCount ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h2>Xếp hạng và giấy chứng nhận</h2>
      {!round.resultsPublished ? (
        <p>Ban Tổ chức chưa công bố kết quả vòng thi. Xếp hạng và giấy chứng nhận có sau khi công bố.</p>
      ) : (
        <>
          {view.rank ? (
            <p>
              Bạn xếp hạng <strong>{view.rank.rank}</strong> trên {view.rank.of} người dự thi.{' '}
              <Link href={roundPath(slug, round.number, 'ket-qua')}>Xem bảng xếp hạng</Link>
            </p>
          ) : (
            <p>Bạn chưa có bài thi được tính điểm trong vòng này.</p>
          )}
          {view.certificate ? (
            <p>
              <a className="app-ct-button" href={roundPath(slug, round.number, 'cua-toi/giay-chung-nhan.pdf')} download>
                Tải giấy chứng nhận (PDF)
              </a>{' '}
              Mã xác minh:{' '}
              <Link href={`/cuoc-thi/xac-minh/${view.certificate.code}`}>
                {formatCertificateCode(view.certificate.code)}
              </Link>
              {view.certificate.revokedAt ? <strong> (đã bị thu hồi)</strong> : null}
            </p>
          ) : (
            <p>Kết quả của bạn chưa đạt điều kiện cấp giấy chứng nhận của cuộc thi.</p>
          )}
        </>
      )}
      <h2>Xóa dữ liệu dự thi</h2>
      <p>
        Bạn có quyền yêu cầu xóa dữ liệu cá nhân (Nghị định 13/2023/NĐ-CP). Thao tác này xóa vĩnh viễn đăng ký, các lượt
        thi, câu trả lời và giấy chứng nhận của bạn trong vòng thi này; không thể hoàn tác.
      </p>
      <JsonForm
        id="xoa-du-lieu"
        action="/api/cuoc-thi/xoa-du-lieu"
        hidden={{ contest: slug, round: `vong-${round.number}` }}
        fields={[{ name: 'confirm', label: 'Gõ XÓA để xác nhận', type: 'text', required: true }]}
        submitLabel="Xóa dữ liệu của tôi"
        errorTitle="Chưa xóa được"
        secondary
      />
    </div>
  )
}
