import Link from 'next/link'
import type { Dialogue } from '@/payload-types'
import { Breadcrumbs } from '@/shared/ui/breadcrumbs'
import { dialoguePath } from '../constants'
import type { Summary } from '../server/summary'
import { SummaryTable } from './summary-table'
import './dialogue.css'

export function SummaryPageView({
  dialogue,
  summary,
  preview,
}: {
  dialogue: Dialogue
  summary: Summary
  preview: boolean
}) {
  const path = dialoguePath(dialogue.slug ?? '')
  return (
    <div className="app-container">
      <Breadcrumbs
        items={[
          { label: 'Đối thoại chính sách – pháp luật', href: '/doi-thoai' },
          { label: dialogue.title, href: path },
          { label: 'Bảng tổng hợp' },
        ]}
      />
      <h1>Bảng tổng hợp tiếp thu, giải trình: {dialogue.title}</h1>
      {preview ? (
        <p className="app-dlg-status" role="note">
          Bản xem trước dành cho cán bộ: bảng chưa được công bố. Chỉ các góp ý đã đăng được đưa vào bảng.
        </p>
      ) : null}
      <SummaryTable summary={summary} slug={dialogue.slug ?? ''} />
      <p>
        <Link href={path}>Quay lại trang đối thoại</Link>
      </p>
    </div>
  )
}
