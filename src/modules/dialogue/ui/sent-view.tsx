import Link from 'next/link'
import type { Dialogue } from '@/payload-types'
import { Breadcrumbs } from '@/shared/ui/breadcrumbs'
import { dialoguePath } from '../constants'

/** The page a form post lands on (303): a clear confirmation and the way back. */
export function SentView({ dialogue, kind }: { dialogue: Dialogue; kind: 'gop-y' | 'bao-cao' }) {
  const path = dialoguePath(dialogue.slug ?? '')
  return (
    <div className="app-container">
      <Breadcrumbs
        items={[
          { label: 'Đối thoại chính sách – pháp luật', href: '/doi-thoai' },
          { label: dialogue.title, href: path },
          { label: kind === 'gop-y' ? 'Đã gửi góp ý' : 'Đã gửi báo cáo' },
        ]}
      />
      <h1>{kind === 'gop-y' ? 'Đã gửi góp ý' : 'Đã gửi báo cáo vi phạm'}</h1>
      <div className="app-callout" role="status">
        {kind === 'gop-y' ? (
          <p>
            Góp ý đã được gửi và sẽ được đăng sau khi kiểm duyệt. Nếu bạn để lại thư điện tử, bạn sẽ nhận được thư xác
            nhận.
          </p>
        ) : (
          <p>Cảm ơn bạn. Báo cáo đã được ghi nhận; góp ý bị nhiều người báo cáo sẽ được kiểm duyệt lại.</p>
        )}
      </div>
      <p>
        <Link href={path}>Quay lại trang “{dialogue.title}”</Link>
      </p>
    </div>
  )
}
