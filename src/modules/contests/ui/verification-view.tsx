import Link from 'next/link'
import { formatDate } from '@/shared/text/vietnamese'
import { Breadcrumbs } from '@/shared/ui/breadcrumbs'
import { formatCertificateCode } from '../server/certificate-code'
import type { Verification } from '../server/certificates'
import { contestPath } from '../server/public-queries'
import './contests.css'

/** The lookup form of /cuoc-thi/xac-minh. */
export function VerificationForm({ value }: { value?: string }) {
  return (
    <form
      method="get"
      action="/cuoc-thi/xac-minh"
      className="app-search-form"
      role="search"
      aria-label="Kiểm tra giấy chứng nhận"
    >
      <label htmlFor="ma-xac-minh">Mã xác minh in trên giấy chứng nhận</label>
      <input id="ma-xac-minh" name="ma" type="text" maxLength={40} defaultValue={value} autoComplete="off" />
      <button type="submit">Kiểm tra</button>
    </form>
  )
}

/** /cuoc-thi/xac-minh/<code>: genuine or revoked (unknown codes render the not-found page). */
export function VerificationView({ v }: { v: Extract<Verification, { status: 'genuine' | 'revoked' }> }) {
  return (
    <div>
      <Breadcrumbs items={[{ label: 'Cuộc thi', href: '/cuoc-thi' }, { label: 'Xác minh giấy chứng nhận' }]} />
      <h1>Xác minh giấy chứng nhận</h1>
      <div className={v.status === 'genuine' ? 'app-ct-verify' : 'app-ct-verify app-ct-verify--revoked'} role="status">
        <h2>
          {v.status === 'genuine'
            ? 'Giấy chứng nhận hợp lệ'
            : `Giấy chứng nhận đã bị thu hồi ngày ${formatDate(v.revokedAt)}`}
        </h2>
        {v.status === 'revoked' && v.revokeReason ? <p>Lý do: {v.revokeReason}</p> : null}
        <dl className="app-facts">
          <div className="app-facts__row">
            <dt>Mã xác minh</dt>
            <dd>{formatCertificateCode(v.code)}</dd>
          </div>
          <div className="app-facts__row">
            <dt>Người được cấp</dt>
            <dd>{v.holderName}</dd>
          </div>
          <div className="app-facts__row">
            <dt>Cuộc thi</dt>
            <dd>{v.contestSlug ? <Link href={contestPath(v.contestSlug)}>{v.contestTitle}</Link> : v.contestTitle}</dd>
          </div>
          <div className="app-facts__row">
            <dt>Vòng thi</dt>
            <dd>{v.roundTitle}</dd>
          </div>
          <div className="app-facts__row">
            <dt>Nội dung chứng nhận</dt>
            <dd>{v.award}</dd>
          </div>
          {v.score !== null && v.maxScore !== null ? (
            <div className="app-facts__row">
              <dt>Kết quả</dt>
              <dd>
                {v.score}/{v.maxScore} điểm
              </dd>
            </div>
          ) : null}
          <div className="app-facts__row">
            <dt>Ngày cấp</dt>
            <dd>{formatDate(v.issuedAt)}</dd>
          </div>
        </dl>
      </div>
      <h2>Kiểm tra mã khác</h2>
      <VerificationForm />
    </div>
  )
}
