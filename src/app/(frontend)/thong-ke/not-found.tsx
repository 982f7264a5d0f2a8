import Link from 'next/link'

/** /thong-ke?don-vi=… with a unit that does not exist. */
export default function StatisticsNotFound() {
  return (
    <div className="app-message">
      <h1>Không tìm thấy đơn vị</h1>
      <p>Đơn vị bạn chọn không tồn tại hoặc đã bị xóa. Hãy chọn lại đơn vị trong danh sách.</p>
      <ul>
        <li>
          <Link href="/thong-ke">Xem thống kê toàn tỉnh</Link>
        </li>
        <li>
          <Link href="/">Về trang chủ</Link>
        </li>
      </ul>
    </div>
  )
}
