import Link from 'next/link'

const HREF = '/admin/bao-cao/tinh-hinh'

/** Links to the "who has not reported" screen: above the reports list and in the admin navigation. */
export function ReportStatusLink() {
  return (
    <p className="app-report-status-link">
      <Link href={HREF}>Xem tình hình báo cáo của các đơn vị (đơn vị chưa báo cáo, nộp muộn)</Link>
    </p>
  )
}

export function ReportStatusNavLink() {
  return (
    <Link className="nav__link" href={HREF}>
      Tình hình báo cáo định kỳ
    </Link>
  )
}
