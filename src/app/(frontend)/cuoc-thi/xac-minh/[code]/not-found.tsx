import { VerificationForm } from '@/modules/contests/ui/verification-view'
import { Breadcrumbs } from '@/shared/ui/breadcrumbs'

/** An unknown certificate code: no certificate was issued with it (or it was erased on request). */
export default function UnknownCertificate() {
  return (
    <div>
      <Breadcrumbs items={[{ label: 'Cuộc thi', href: '/cuoc-thi' }, { label: 'Xác minh giấy chứng nhận' }]} />
      <h1>Không tìm thấy giấy chứng nhận</h1>
      <div className="app-ct-verify app-ct-verify--unknown" role="status">
        <p>
          Không có giấy chứng nhận nào mang mã này. Giấy chứng nhận có thể là giả, hoặc mã đã được nhập sai. Hãy kiểm
          tra lại mã in trên giấy.
        </p>
      </div>
      <h2>Kiểm tra mã khác</h2>
      <VerificationForm />
    </div>
  )
}
