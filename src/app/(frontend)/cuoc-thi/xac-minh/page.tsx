import type { Metadata } from 'next'
import { redirect } from 'next/navigation'
import { normaliseCertificateCode } from '@/modules/contests/server/certificate-code'
import { VerificationForm } from '@/modules/contests/ui/verification-view'
import { Breadcrumbs } from '@/shared/ui/breadcrumbs'

export const metadata: Metadata = { title: 'Kiểm tra giấy chứng nhận cuộc thi' }
type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

/** /cuoc-thi/xac-minh?ma=…: the lookup form; a code goes to its verification page. */
export default async function VerificationLookupPage({ searchParams }: Props) {
  const ma = (await searchParams).ma
  const typed = typeof ma === 'string' ? ma.trim() : ''
  const code = typed ? normaliseCertificateCode(typed) : null
  if (code) redirect(`/cuoc-thi/xac-minh/${code}`)
  return (
    <div>
      <Breadcrumbs items={[{ label: 'Cuộc thi', href: '/cuoc-thi' }, { label: 'Kiểm tra giấy chứng nhận' }]} />
      <h1>Kiểm tra giấy chứng nhận</h1>
      <p className="app-lead">
        Nhập mã xác minh in trên giấy chứng nhận (12 ký tự, ví dụ ABCD-EFGH-JKMN) hoặc quét mã QR trên giấy.
      </p>
      {typed && !code ? (
        <p className="app-error-summary" role="alert">
          Mã “{typed}” không đúng dạng mã xác minh. Hãy kiểm tra lại từng ký tự.
        </p>
      ) : null}
      <VerificationForm value={typed} />
    </div>
  )
}
