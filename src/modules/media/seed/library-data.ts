import type { BookSection } from './library-art'

/** Demo items of the media library (Vietnamese, realistic; legal basis from the Labour Code 2019). */

export const LABOUR_CODE = '45/2019/QH14'

type Base = {
  slug: string
  title: string
  summary: string
  fields: string[]
  audiences: string[]
  basis: string[]
  colors: [string, string]
}

export type DemoVideo = Base & {
  kind: 'video'
  file: string
  durationSeconds: number
  captions: { language: 'vi' | 'en'; cues: [string, string, string][] }[]
}
export type DemoYoutube = Base & { kind: 'youtube'; url: string }
export type DemoAudio = Base & { kind: 'audio'; file: string; durationSeconds: number; transcript: string }
export type DemoInfographic = Base & {
  kind: 'infographic'
  alt: string
  blocks: { figure: string; text: string }[]
  longDescription: string
}
export type DemoBook = Base & {
  kind: 'ebook'
  author: string
  publisher: string
  year: number
  sections: BookSection[]
}
export type DemoItem = DemoVideo | DemoYoutube | DemoAudio | DemoInfographic | DemoBook

export const LIBRARY_DEMO: DemoItem[] = [
  {
    kind: 'video',
    slug: 'video-giao-ket-hop-dong-lao-dong',
    title: 'Giao kết hợp đồng lao động: những điều người lao động cần biết',
    summary:
      'Video ngắn giới thiệu hình thức hợp đồng lao động và các loại hợp đồng theo Bộ luật Lao động năm 2019, giúp người lao động trẻ biết cách bảo vệ quyền lợi khi đi làm.',
    fields: ['lao-dong'],
    audiences: ['nguoi-lao-dong', 'thanh-nien'],
    basis: ['Điều 14', 'Điều 20'],
    colors: ['#8b1a1a', '#c0392b'],
    file: 'hop-dong-lao-dong.webm',
    durationSeconds: 6,
    captions: [
      {
        language: 'vi',
        cues: [
          ['00:00.000', '00:03.000', 'Hợp đồng lao động phải được giao kết bằng văn bản'],
          ['00:03.000', '00:06.000', 'và làm thành 02 bản, người lao động giữ 01 bản.'],
        ],
      },
      {
        language: 'en',
        cues: [
          ['00:00.000', '00:03.000', 'An employment contract must be made in writing'],
          ['00:03.000', '00:06.000', 'in two copies; the employee keeps one.'],
        ],
      },
    ],
  },
  {
    kind: 'video',
    slug: 'video-lao-dong-chua-thanh-nien',
    title: 'Lao động chưa thành niên: được làm gì, không được làm gì?',
    summary:
      'Học sinh đi làm thêm dịp hè cần biết: người từ đủ 13 đến chưa đủ 15 tuổi chỉ được làm công việc nhẹ; giờ làm việc của người chưa thành niên bị giới hạn và phải có sự đồng ý của cha mẹ.',
    fields: ['lao-dong', 'tre-em'],
    audiences: ['hoc-sinh', 'sinh-vien'],
    basis: ['Điều 143', 'Điều 145', 'Điều 146'],
    colors: ['#1a4d8b', '#2e86c1'],
    file: 'lao-dong-chua-thanh-nien.webm',
    durationSeconds: 6,
    captions: [
      {
        language: 'vi',
        cues: [
          ['00:00.000', '00:03.000', 'Người từ đủ 13 đến chưa đủ 15 tuổi chỉ được làm công việc nhẹ'],
          ['00:03.000', '00:06.000', 'theo danh mục do Bộ trưởng Bộ Lao động – Thương binh và Xã hội ban hành.'],
        ],
      },
    ],
  },
  {
    kind: 'youtube',
    slug: 'video-youtube-bo-luat-lao-dong-2019',
    title: 'Tọa đàm trực tuyến: Những điểm mới của Bộ luật Lao động năm 2019',
    summary:
      'Bản ghi tọa đàm trên kênh YouTube: các điểm mới về quyền đơn phương chấm dứt hợp đồng, làm thêm giờ và nghỉ lễ, tết. Video chỉ được tải từ YouTube khi bạn bấm “Phát video”.',
    fields: ['lao-dong'],
    audiences: ['nguoi-lao-dong', 'doanh-nghiep'],
    basis: ['Điều 35', 'Điều 107'],
    colors: ['#4a235a', '#7d3c98'],
    // NOTE: a public sample video stands in until the province's own channel publishes the talk.
    url: 'https://youtu.be/aqz-KE-bpKQ',
  },
  {
    kind: 'audio',
    slug: 'phat-thanh-hoc-duong-phong-chong-bao-luc-hoc-duong',
    title: 'Phát thanh học đường: Phòng, chống bạo lực học đường',
    summary:
      'Chương trình phát thanh ngắn phát vào giờ ra chơi: em cần làm gì khi bị bắt nạt hoặc chứng kiến bạn bị bắt nạt.',
    fields: ['giao-duc', 'tre-em'],
    audiences: ['hoc-sinh'],
    basis: [],
    colors: ['#145a32', '#27ae60'],
    file: 'phat-thanh-hoc-duong.mp3',
    durationSeconds: 12,
    transcript: [
      'Chào các bạn học sinh. Đây là chương trình phát thanh học đường về phòng, chống bạo lực học đường.',
      'Khi bị bắt nạt, em hãy báo ngay cho thầy cô, cha mẹ hoặc gọi tổng đài 111.',
    ].join('\n'),
  },
  {
    kind: 'infographic',
    slug: 'infographic-nghi-hang-nam',
    title: 'Infographic: Nghỉ hằng năm theo Bộ luật Lao động năm 2019',
    summary:
      'Số ngày nghỉ hằng năm hưởng nguyên lương, cách tăng theo thâm niên và việc thanh toán những ngày chưa nghỉ khi thôi việc.',
    fields: ['lao-dong'],
    audiences: ['nguoi-lao-dong', 'can-bo-cong-chuc-vien-chuc'],
    basis: ['khoản 1 Điều 113', 'khoản 3 Điều 113', 'Điều 114'],
    colors: ['#8b1a1a', '#6b1111'],
    alt: 'Infographic về số ngày nghỉ hằng năm của người lao động (mô tả chi tiết bên dưới ảnh).',
    blocks: [
      { figure: '12', text: 'ngày làm việc mỗi năm cho người làm công việc trong điều kiện bình thường.' },
      { figure: '14', text: 'ngày cho người chưa thành niên, người khuyết tật, người làm nghề nặng nhọc, độc hại.' },
      { figure: '16', text: 'ngày cho người làm nghề đặc biệt nặng nhọc, độc hại, nguy hiểm.' },
      { figure: '+1', text: 'ngày sau mỗi 05 năm làm việc cho một người sử dụng lao động.' },
    ],
    longDescription: [
      'Nghỉ hằng năm theo Bộ luật Lao động năm 2019 (Điều 113, Điều 114).',
      'Người lao động làm việc đủ 12 tháng cho một người sử dụng lao động thì được nghỉ hằng năm, hưởng nguyên lương: 12 ngày làm việc đối với người làm công việc trong điều kiện bình thường; 14 ngày làm việc đối với người lao động chưa thành niên, lao động là người khuyết tật, người làm nghề, công việc nặng nhọc, độc hại, nguy hiểm; 16 ngày làm việc đối với người làm nghề, công việc đặc biệt nặng nhọc, độc hại, nguy hiểm.',
      'Cứ đủ 05 năm làm việc cho một người sử dụng lao động thì số ngày nghỉ hằng năm được tăng thêm tương ứng 01 ngày.',
      'Người lao động làm việc chưa đủ 12 tháng thì số ngày nghỉ hằng năm theo tỷ lệ tương ứng với số tháng làm việc.',
      'Trường hợp do thôi việc, bị mất việc làm mà chưa nghỉ hằng năm hoặc chưa nghỉ hết số ngày nghỉ hằng năm thì được người sử dụng lao động thanh toán tiền lương cho những ngày chưa nghỉ.',
    ].join('\n'),
  },
  {
    kind: 'ebook',
    slug: 'cam-nang-phap-luat-lao-dong-cho-nguoi-lao-dong-tre',
    title: 'Cẩm nang pháp luật lao động cho người lao động trẻ',
    summary:
      'Cẩm nang hỏi – đáp ngắn gọn về hợp đồng lao động, tiền lương làm thêm giờ, nghỉ hằng năm và quyền đơn phương chấm dứt hợp đồng, dành cho thanh niên lần đầu đi làm.',
    fields: ['lao-dong'],
    audiences: ['nguoi-lao-dong', 'thanh-nien'],
    basis: ['Điều 35', 'Điều 98', 'Điều 113'],
    colors: ['#8b1a1a', '#b03a2e'],
    author: 'Sở Tư pháp biên soạn',
    publisher: 'Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh',
    year: 2025,
    sections: [
      {
        heading: '1. Khi nào phải ký hợp đồng lao động bằng văn bản?',
        paragraphs: [
          'Hợp đồng lao động phải được giao kết bằng văn bản và được làm thành 02 bản, người lao động giữ 01 bản. Hai bên có thể giao kết bằng lời nói đối với hợp đồng có thời hạn dưới 01 tháng, trừ một số trường hợp luật định.',
          'Hợp đồng lao động gồm hợp đồng không xác định thời hạn và hợp đồng xác định thời hạn không quá 36 tháng.',
        ],
      },
      {
        heading: '2. Làm thêm giờ được trả lương thế nào?',
        paragraphs: [
          'Vào ngày thường ít nhất bằng 150%; vào ngày nghỉ hằng tuần ít nhất bằng 200%; vào ngày nghỉ lễ, tết, ngày nghỉ có hưởng lương ít nhất bằng 300%, chưa kể tiền lương ngày lễ, tết đối với người hưởng lương ngày.',
        ],
      },
      {
        heading: '3. Nghỉ hằng năm',
        paragraphs: [
          'Làm việc đủ 12 tháng cho một người sử dụng lao động thì được nghỉ hằng năm 12 ngày làm việc, hưởng nguyên lương, nếu làm công việc trong điều kiện bình thường.',
        ],
      },
      {
        heading: '4. Nghỉ việc có phải báo trước?',
        paragraphs: [
          'Người lao động có quyền đơn phương chấm dứt hợp đồng nhưng phải báo trước ít nhất 45 ngày (hợp đồng không xác định thời hạn), 30 ngày (hợp đồng từ 12 đến 36 tháng) hoặc 03 ngày làm việc (hợp đồng dưới 12 tháng), trừ các trường hợp không cần báo trước theo khoản 2 Điều 35.',
        ],
      },
    ],
  },
  {
    kind: 'ebook',
    slug: 'to-gap-phong-chong-bao-luc-hoc-duong',
    title: 'Tờ gấp: Em làm gì khi bị bắt nạt?',
    summary:
      'Tờ gấp hai trang dành cho học sinh tiểu học và trung học cơ sở: nhận biết hành vi bạo lực học đường, những việc nên làm và các số điện thoại cần nhớ.',
    fields: ['giao-duc', 'tre-em'],
    audiences: ['hoc-sinh'],
    basis: [],
    colors: ['#145a32', '#1e8449'],
    author: 'Phòng Chính trị, tư tưởng – Sở Giáo dục và Đào tạo',
    publisher: 'Sở Giáo dục và Đào tạo',
    year: 2025,
    sections: [
      {
        heading: 'Bạo lực học đường là gì?',
        paragraphs: [
          'Là hành vi hành hạ, ngược đãi, đánh đập; xâm hại thân thể, sức khỏe; lăng mạ, xúc phạm danh dự, nhân phẩm; cô lập, xua đuổi và các hành vi cố ý khác gây tổn hại về thể chất, tinh thần của người học xảy ra trong cơ sở giáo dục hoặc lớp độc lập.',
        ],
      },
      {
        heading: 'Em nên làm gì?',
        paragraphs: [
          'Bình tĩnh rời khỏi nơi nguy hiểm; kể ngay với thầy cô, cha mẹ hoặc người lớn em tin tưởng.',
          'Không đánh trả, không quay video lan truyền lên mạng xã hội.',
          'Gọi Tổng đài quốc gia bảo vệ trẻ em 111 (miễn phí, 24/7).',
        ],
      },
    ],
  },
]

export const vttOf = (cues: [string, string, string][]): string =>
  `WEBVTT\n\n${cues.map(([from, to, text], i) => `${i + 1}\n${from} --> ${to}\n${text}`).join('\n\n')}\n`
