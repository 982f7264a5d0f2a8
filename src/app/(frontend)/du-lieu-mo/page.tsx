import type { Metadata } from 'next'
import { OpenDataPage } from '@/modules/data-exchange/open-api/ui/open-data-page'
import { listMetadata } from '@/modules/data-exchange/feeds/list-metadata'

export const revalidate = 3600
export async function generateMetadata(): Promise<Metadata> {
  return listMetadata('/du-lieu-mo', {
    title: 'Dữ liệu mở',
    description:
      'API dữ liệu mở của cổng: bài viết, văn bản pháp luật, hỏi đáp, thư viện số, tình huống pháp luật, sự kiện, thông báo, kế hoạch, đối thoại chính sách, kết quả cuộc thi, đội ngũ và thống kê.',
  })
}

export default function Page() {
  return <OpenDataPage />
}
