'use client'
import Link from 'next/link'

/** Shown instead of a stack trace when rendering a page fails. */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="app-message" role="alert">
      <h1>Đã có lỗi xảy ra</h1>
      <p>Hệ thống tạm thời không hiển thị được trang này. Vui lòng thử lại sau ít phút.</p>
      <p>
        <button type="button" onClick={reset}>
          Thử lại
        </button>{' '}
        <Link href="/">Về trang chủ</Link>
      </p>
    </div>
  )
}
