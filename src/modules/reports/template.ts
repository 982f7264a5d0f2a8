import type { Indicator } from './indicators'

/**
 * The built-in indicator form: the figures Thông tư 10/2016/TT-BTP asks about legal reporters and
 * propagandists, the statistics indicator "số cuộc PBGDPL trực tiếp, số lượt người", the main forms
 * of dissemination, materials and cost, and the narrative parts of a periodic report. Numbers carry
 * the figure key (see the statistics providers) they are pre-filled from.
 */
export const TEMPLATE_TITLE = 'Mẫu chỉ tiêu Thông tư 10/2016/TT-BTP và chỉ tiêu thống kê PBGDPL'

const G_REPORTERS = 'I. Đội ngũ báo cáo viên, tuyên truyền viên pháp luật (Thông tư 10/2016/TT-BTP)'
const G_MEDIATORS = 'II. Hòa giải ở cơ sở'
const G_DIRECT = 'III. Phổ biến pháp luật trực tiếp'
const G_FORMS = 'IV. Các hình thức phổ biến, giáo dục pháp luật khác'
const G_MATERIALS = 'V. Tài liệu và kinh phí'
const G_TEXT = 'VI. Đánh giá, đề xuất'

const n = (key: string, label: string, group: string, measure: string, prefill?: string, help?: string): Indicator => ({
  key,
  type: 'number',
  label,
  group,
  measure,
  prefill: prefill ?? null,
  required: false,
  help: help ?? null,
})

const people = (kind: 'reporter' | 'propagandist', noun: string): Indicator[] => [
  n(`${kind}.active`, `Số ${noun} đang hoạt động`, G_REPORTERS, 'người', `registries.${kind}.active`),
  n(
    `${kind}.recognised`,
    `Số ${noun} được công nhận mới trong kỳ`,
    G_REPORTERS,
    'người',
    `registries.${kind}.recognised`,
  ),
  n(`${kind}.dismissed`, `Số ${noun} bị miễn nhiệm trong kỳ`, G_REPORTERS, 'người', `registries.${kind}.dismissed`),
]

const FORMS: { form: string; label: string }[] = [
  { form: 'consulting', label: 'Tư vấn, giải đáp pháp luật' },
  { form: 'contest', label: 'Thi tìm hiểu pháp luật' },
  { form: 'mass-media', label: 'Thông tin đại chúng, loa truyền thanh cơ sở' },
  { form: 'online', label: 'Trực tuyến, mạng xã hội' },
  { form: 'school', label: 'Giáo dục pháp luật trong nhà trường' },
  { form: 'cultural', label: 'Lồng ghép trong hoạt động văn hóa, văn nghệ' },
]

const MATERIALS: { kind: string; label: string }[] = [
  { kind: 'leaflet', label: 'tờ gấp, tờ rơi' },
  { kind: 'handbook', label: 'sổ tay, đề cương, tài liệu hỏi đáp' },
  { kind: 'book', label: 'sách pháp luật' },
  { kind: 'poster', label: 'pa-nô, áp phích, băng rôn' },
  { kind: 'disc', label: 'đĩa CD, DVD, bản ghi âm, video' },
]

const text = (key: string, label: string, help: string, required = false): Indicator => ({
  key,
  type: 'text',
  label,
  group: G_TEXT,
  required,
  help,
  measure: null,
  prefill: null,
})

export function templateIndicators(): Indicator[] {
  return [
    n(
      'reporter.province.active',
      'Số báo cáo viên pháp luật cấp tỉnh',
      G_REPORTERS,
      'người',
      'registries.reporter.province.active',
    ),
    n(
      'reporter.commune.active',
      'Số báo cáo viên pháp luật cấp xã',
      G_REPORTERS,
      'người',
      'registries.reporter.commune.active',
    ),
    ...people('reporter', 'báo cáo viên pháp luật'),
    ...people('propagandist', 'tuyên truyền viên pháp luật'),
    n('mediator.active', 'Số hòa giải viên ở cơ sở', G_MEDIATORS, 'người', 'registries.mediator.active'),
    n(
      'direct.sessions',
      'Số cuộc phổ biến pháp luật trực tiếp',
      G_DIRECT,
      'cuộc',
      'activities.direct.sessions',
      'Hội nghị, tập huấn, tọa đàm, nói chuyện chuyên đề do đơn vị tổ chức trong kỳ.',
    ),
    n(
      'direct.participants',
      'Số lượt người tham dự phổ biến pháp luật trực tiếp',
      G_DIRECT,
      'lượt người',
      'activities.direct.participants',
    ),
    ...FORMS.flatMap(({ form, label }) => [
      n(`${form}.sessions`, `${label}: số cuộc, buổi, tin bài`, G_FORMS, 'cuộc', `activities.${form}.sessions`),
      n(`${form}.participants`, `${label}: số lượt người`, G_FORMS, 'lượt người', `activities.${form}.participants`),
    ]),
    n('materials', 'Tổng số tài liệu phát hành', G_MATERIALS, 'bản', 'activities.materials'),
    ...MATERIALS.map(({ kind, label }) =>
      n(`materials.${kind}`, `Trong đó: ${label}`, G_MATERIALS, 'bản', `activities.materials.${kind}`),
    ),
    n('cost', 'Kinh phí thực hiện', G_MATERIALS, 'đồng', 'activities.cost'),
    text('highlights', 'Kết quả nổi bật', 'Những kết quả, mô hình, cách làm hiệu quả trong kỳ.', true),
    text('difficulties', 'Khó khăn, vướng mắc', 'Khó khăn, vướng mắc và nguyên nhân.'),
    text('proposals', 'Đề xuất, kiến nghị', 'Đề xuất, kiến nghị với Hội đồng phối hợp PBGDPL tỉnh, Sở Tư pháp.'),
    {
      key: 'attachment',
      type: 'attachment',
      label: 'Báo cáo có chữ ký, đóng dấu (bản quét)',
      group: G_TEXT,
      required: false,
      help: 'Tệp PDF hoặc ảnh chụp báo cáo đã ký; tải lên ở mục “Hồ sơ minh chứng”.',
      measure: null,
      prefill: null,
    },
  ]
}
