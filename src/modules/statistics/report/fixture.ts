import type { StatisticsProvider, StatsSection } from '../types'

/**
 * Hand-made provider sections with known figures, for the report's tests and previews; the
 * figures follow the agreed keys (activities.*, registries.*, news.*, qa.*, dialogue.*, reports.*).
 */
export function fixtureSections(): StatsSection[] {
  const months = ['01/2021', '02/2021', '03/2021', '04/2021', '05/2021', '06/2021']
  const sections = [
    {
      key: 'activities',
      title: 'Hoạt động phổ biến, giáo dục pháp luật',
      order: 10,
      public: true,
      figures: [
        { key: 'activities.count', label: 'Số hoạt động', value: 1234, measure: 'hoạt động' },
        { key: 'activities.sessions', label: 'Số cuộc, buổi', value: 2468, measure: 'cuộc' },
        { key: 'activities.participants', label: 'Số lượt người tham dự', value: 1234567, measure: 'lượt người' },
        { key: 'activities.direct.sessions', label: 'Số cuộc PBGDPL trực tiếp', value: 812, measure: 'cuộc' },
        {
          key: 'activities.direct.participants',
          label: 'Số lượt người PBGDPL trực tiếp',
          value: 98765,
          measure: 'lượt người',
        },
        { key: 'activities.materials', label: 'Tài liệu phát hành', value: 45000, measure: 'bản' },
        { key: 'activities.cost', label: 'Kinh phí', value: 3500000000, measure: 'đồng' },
      ],
      tables: [
        {
          key: 'activities.by-form',
          title: 'Hoạt động theo hình thức',
          dimension: 'Hình thức',
          columns: [
            { key: 'sessions', label: 'Số cuộc', measure: 'cuộc' },
            { key: 'participants', label: 'Số lượt người', measure: 'lượt người' },
          ],
          rows: [
            {
              key: 'direct',
              label: 'Phổ biến pháp luật trực tiếp (hội nghị, tập huấn, tọa đàm)',
              values: [812, 98765],
            },
            { key: 'online', label: 'Cổng thông tin điện tử, mạng xã hội, trực tuyến', values: [1200, 1100000] },
            { key: 'school', label: 'Giáo dục pháp luật trong nhà trường', values: [456, 35802] },
          ],
          chart: 'bar',
        },
        {
          key: 'activities.by-month',
          title: 'Hoạt động theo tháng',
          dimension: 'Tháng',
          columns: [
            { key: 'count', label: 'Số hoạt động' },
            { key: 'participants', label: 'Số lượt người' },
          ],
          rows: months.map((m, i) => ({ key: m, label: m, values: [100 + i * 10, 20000 + i * 1500] })),
          chart: 'line',
        },
      ],
    },
    {
      key: 'registries',
      title: 'Đội ngũ báo cáo viên, tuyên truyền viên pháp luật',
      order: 20,
      public: true,
      figures: [
        {
          key: 'registries.reporter.active',
          label: 'Báo cáo viên pháp luật đang hoạt động',
          value: 87,
          measure: 'người',
        },
        {
          key: 'registries.propagandist.active',
          label: 'Tuyên truyền viên pháp luật đang hoạt động',
          value: 1520,
          measure: 'người',
        },
        {
          key: 'registries.reporter.recognised',
          label: 'Báo cáo viên được công nhận trong kỳ',
          value: 12,
          measure: 'người',
        },
      ],
      tables: [],
    },
    {
      key: 'news',
      title: 'Tin, bài trên Trang thông tin điện tử',
      order: 30,
      public: true,
      figures: [{ key: 'news.articles', label: 'Tin, bài đã đăng', value: 3456, measure: 'tin, bài' }],
      tables: [],
    },
    {
      key: 'qa',
      title: 'Hỏi đáp pháp luật trực tuyến',
      order: 40,
      public: true,
      figures: [
        { key: 'qa.received', label: 'Câu hỏi tiếp nhận', value: 640, measure: 'câu hỏi' },
        { key: 'qa.answered', label: 'Câu hỏi đã trả lời', value: 610, measure: 'câu hỏi' },
        { key: 'qa.avg-answer-days', label: 'Thời gian trả lời trung bình', value: 12.5, measure: 'ngày' },
      ],
      tables: [],
    },
    {
      key: 'dialogue',
      title: 'Đối thoại chính sách, pháp luật',
      order: 50,
      public: true,
      figures: [
        { key: 'dialogue.dialogues', label: 'Cuộc đối thoại', value: 9, measure: 'cuộc' },
        { key: 'dialogue.comments', label: 'Ý kiến góp ý', value: 321, measure: 'ý kiến' },
      ],
      tables: [],
    },
    {
      key: 'reports',
      title: 'Báo cáo định kỳ của các đơn vị',
      order: 60,
      public: false,
      figures: [
        { key: 'reports.expected', label: 'Báo cáo phải nộp', value: 400, measure: 'báo cáo' },
        { key: 'reports.submitted', label: 'Báo cáo đã nộp', value: 388, measure: 'báo cáo' },
      ],
      tables: [],
    },
  ]
  return sections as StatsSection[]
}

/** The same sections as providers that always answer them, whatever the query. */
export function fixtureProviders(): StatisticsProvider[] {
  return fixtureSections().map((s) => ({
    key: s.key,
    title: s.title,
    order: s.order,
    public: true,
    collect: async () => ({ figures: s.figures, tables: s.tables }),
  }))
}
