import type { Metadata } from 'next'
import { OpenDataPage } from '@/modules/data-exchange/open-api/ui/open-data-page'

export const revalidate = 3600
export const metadata: Metadata = {
  title: 'Dữ liệu mở',
  description:
    'API dữ liệu mở của cổng: bài viết, văn bản pháp luật, hỏi đáp, thư viện số, tình huống pháp luật, sự kiện, thông báo, kế hoạch, đối thoại chính sách, kết quả cuộc thi, đội ngũ và thống kê.',
}

export default function Page() {
  return <OpenDataPage />
}
