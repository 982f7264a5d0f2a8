import { TrackingIntro } from '@/modules/qa/ui/tracking-page'

export default function TrackingNotFound() {
  return (
    <TrackingIntro message="Mã tra cứu hoặc khóa bảo mật không đúng. Vui lòng kiểm tra lại thư xác nhận (chú ý chữ hoa, chữ thường của khóa) rồi tra cứu lại." />
  )
}
