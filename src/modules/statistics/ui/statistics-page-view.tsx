import { Breadcrumbs } from '@/shared/ui/breadcrumbs'
import { periodLabel, statsSearch, type StatsParams } from '../params'
import type { PublicStatistics } from '../server/get-statistics-page'
import { StatsFilters } from './stats-filters'
import { HeadlineFigures, StatsContents, StatsSections } from './stats-sections'

const EXPORT = '/api/thong-ke/tai-xuong'

/** The public statistics page: filters, headline figures, one section per public provider. */
export function StatisticsPageView({ params, data }: { params: StatsParams; data: PublicStatistics }) {
  const search = statsSearch(params)
  const withTable = (key: string) => `${EXPORT}${search ? `${search}&` : '?'}bang=${encodeURIComponent(key)}`
  return (
    <div className="app-container app-stats">
      <Breadcrumbs items={[{ label: 'Thống kê' }]} />
      <h1>Thống kê phổ biến, giáo dục pháp luật</h1>
      <p className="app-lead">
        Số liệu về tin bài, hỏi đáp pháp luật, đối thoại chính sách và các hoạt động phổ biến, giáo dục pháp luật của
        các cơ quan, đơn vị trong tỉnh. Mỗi biểu đồ có bảng số liệu đi kèm; có thể tải về dạng bảng tính.
      </p>
      <StatsFilters action="/thong-ke" params={params} units={data.units} />
      <p className="app-stats-meta" role="status">
        <strong>Kỳ thống kê:</strong> {periodLabel(params)}. <strong>Phạm vi:</strong>{' '}
        {data.unit ? `${data.unit.title} (gồm các đơn vị trực thuộc)` : 'toàn tỉnh'}.
      </p>
      <ul className="app-stats-downloads">
        <li>
          <a href={`${EXPORT}${search}`} download>
            Tải XLSX toàn bộ trang thống kê
          </a>
        </li>
      </ul>
      <HeadlineFigures sections={data.sections} />
      <StatsContents sections={data.sections} />
      <StatsSections sections={data.sections} tableHref={withTable} />
      {data.sections.length === 0 ? <p>Chưa có số liệu thống kê công khai.</p> : null}
    </div>
  )
}
