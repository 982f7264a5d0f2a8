import Link from 'next/link'
import type { Contest, ContestRound } from '@/payload-types'
import { Breadcrumbs } from '@/shared/ui/breadcrumbs'
import { roundPath } from '../server/public-queries'
import { JsonForm } from './json-form'
import { roundCrumbs } from './round-view'
import './contests.css'

/**
 * /cuoc-thi/<slug>/vong-<n>/xac-thuc: enter the code just sent (pending cookie present), ask for
 * a new one, or — on another device — ask for a sign-in code with the registered contact.
 */
export function CodeView({
  contest,
  round,
  pending,
  resent,
}: {
  contest: Contest
  round: ContestRound
  pending: boolean
  resent: boolean
}) {
  const hidden = { contest: contest.slug ?? '', round: `vong-${round.number}` }
  return (
    <div>
      <Breadcrumbs items={roundCrumbs(contest, round, 'Xác thực')} />
      <h1>{pending ? 'Nhập mã xác thực' : 'Nhận mã đăng nhập'}</h1>
      {pending ? (
        <>
          {resent ? (
            <p className="app-callout" role="status">
              Đã gửi mã mới. Mã gửi trước đó không còn dùng được.
            </p>
          ) : null}
          <p className="app-lead">
            Mã 6 chữ số vừa được gửi đến thư điện tử của bạn. Mã có hiệu lực trong 10 phút; bạn được nhập sai tối đa 5
            lần.
          </p>
          <JsonForm
            id="xac-thuc"
            action="/api/cuoc-thi/xac-thuc"
            hidden={hidden}
            fields={[{ name: 'code', label: 'Mã xác thực', type: 'code', required: true }]}
            submitLabel="Xác thực"
            errorTitle="Chưa xác thực được"
          />
          <h2>Không nhận được mã?</h2>
          <p>Hãy kiểm tra hộp thư rác. Bạn có thể yêu cầu mã mới sau 1 phút.</p>
          <JsonForm
            id="gui-lai"
            action="/api/cuoc-thi/gui-ma"
            hidden={hidden}
            fields={[]}
            submitLabel="Gửi lại mã"
            antiSpam
            secondary
          />
        </>
      ) : (
        <>
          <p className="app-lead">
            Nhập thư điện tử bạn đã dùng khi đăng ký vòng thi này. Chúng tôi gửi một mã để bạn tiếp tục dự thi trên
            thiết bị này.
          </p>
          <JsonForm
            id="dang-nhap"
            action="/api/cuoc-thi/gui-ma"
            hidden={hidden}
            fields={[
              {
                name: 'contact',
                label: 'Thư điện tử đã đăng ký',
                type: 'email',
                required: true,
                autoComplete: 'email',
              },
            ]}
            submitLabel="Gửi mã đăng nhập"
            antiSpam
          />
          <p>
            Chưa đăng ký? <Link href={roundPath(contest.slug ?? '', round.number, 'dang-ky')}>Đăng ký dự thi</Link>.
          </p>
        </>
      )}
    </div>
  )
}
