import Link from 'next/link'

/** Side-navigation links to the contest organisers' screens. */
export function ContestsNavLinks() {
  return (
    <>
      <Link className="nav__link" href="/admin/cuoc-thi/thong-ke">
        Thống kê cuộc thi
      </Link>
      <Link className="nav__link" href="/admin/cuoc-thi/nhap-cau-hoi">
        Nhập câu hỏi thi từ XLSX
      </Link>
    </>
  )
}
