import Link from 'next/link'

/** Shown for an unknown document, a list page past the end, or a filter value that does not exist. */
export default function DocumentNotFound() {
  return (
    <div className="app-message">
      <h1>Không tìm thấy văn bản</h1>
      <p>Văn bản, trang danh sách hoặc giá trị bộ lọc bạn yêu cầu không có hoặc chưa được công bố.</p>
      <ul>
        <li>
          <Link href="/van-ban">Xem tất cả văn bản pháp luật</Link>
        </li>
        <li>
          <Link href="/tim-kiem">Tìm kiếm trên trang</Link>
        </li>
        <li>
          <Link href="/">Về trang chủ</Link>
        </li>
      </ul>
    </div>
  )
}
