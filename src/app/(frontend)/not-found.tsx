import Link from 'next/link'

export default function NotFound() {
  return (
    <div className="app-message">
      <h1>Không tìm thấy trang</h1>
      <p>Trang bạn tìm không tồn tại, đã được gỡ xuống hoặc địa chỉ bị gõ sai.</p>
      <ul>
        <li>
          <Link href="/">Về trang chủ</Link>
        </li>
        <li>
          <Link href="/tim-kiem">Tìm kiếm nội dung</Link>
        </li>
        <li>
          <Link href="/so-do-trang">Xem sơ đồ trang</Link>
        </li>
      </ul>
    </div>
  )
}
