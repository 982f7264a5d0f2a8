/** Texts of the demo dialogues (realistic, invented: names and addresses are not real people's). */

export type DemoComment = {
  section: string
  name: string
  email: string
  body: string
  status?: 'da-dang' | 'tu-choi' | 'cho-duyet'
  decision?: string
  reason?: string
}

export const OPEN_DRAFT = (province: string): string =>
  [
    `Dự thảo Nghị quyết của Hội đồng nhân dân ${province} quy định mức hỗ trợ học phí cho trẻ em mầm non, học sinh năm học 2026–2027`,
    'Điều 1. Phạm vi điều chỉnh',
    `Nghị quyết này quy định mức hỗ trợ học phí cho trẻ em mầm non, học sinh phổ thông, học viên học chương trình giáo dục phổ thông tại các cơ sở giáo dục công lập và ngoài công lập trên địa bàn ${province}.`,
    'Điều 2. Đối tượng áp dụng',
    '1. Trẻ em mầm non, học sinh, học viên quy định tại Điều 1 Nghị quyết này.',
    '2. Cơ quan, tổ chức, cá nhân có liên quan đến việc thực hiện chính sách hỗ trợ học phí.',
    'Điều 3. Mức hỗ trợ',
    '1. Hỗ trợ 100% học phí cho trẻ em mầm non và học sinh trung học cơ sở.',
    '2. Hỗ trợ 50% học phí cho học sinh trung học phổ thông; học sinh thuộc hộ nghèo, hộ cận nghèo được hỗ trợ 100%.',
    'Điều 4. Nguồn kinh phí',
    'Kinh phí thực hiện do ngân sách tỉnh bảo đảm theo phân cấp quản lý ngân sách hiện hành.',
    'Điều 5. Tổ chức thực hiện',
    'Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này; Thường trực Hội đồng nhân dân, các Ban và đại biểu Hội đồng nhân dân tỉnh giám sát việc thực hiện.',
  ].join('\n')

export const CLOSED_DRAFT = [
  'Dự thảo Nghị định quy định về hợp đồng lao động điện tử',
  'Điều 1. Phạm vi điều chỉnh',
  'Nghị định này quy định về giao kết, thực hiện hợp đồng lao động bằng phương tiện điện tử dưới hình thức thông điệp dữ liệu.',
  'Điều 2. Nền tảng hợp đồng lao động điện tử',
  'Nền tảng hợp đồng lao động điện tử phải kết nối với hệ thống của Bộ Nội vụ để lưu trữ, xác thực hợp đồng.',
  'Điều 3. Chữ ký số trong hợp đồng lao động điện tử',
  'Người sử dụng lao động và người lao động sử dụng chữ ký số hoặc chữ ký điện tử an toàn khi giao kết hợp đồng.',
].join('\n')

export const OPEN_COMMENTS: DemoComment[] = [
  {
    section: 'dieu-3',
    name: 'Nguyễn Thị Mai',
    email: 'mai.nguyen@example.vn',
    body: 'Đề nghị bổ sung hỗ trợ 100% học phí cho học sinh trung học phổ thông ở các xã vùng biên giới thuộc huyện Đức Huệ, Mộc Hóa vì điều kiện kinh tế còn nhiều khó khăn.',
  },
  {
    section: 'dieu-4',
    name: 'Trần Văn Hùng',
    email: 'hung.tran@example.vn',
    body: 'Dự thảo nên nêu rõ tổng kinh phí dự kiến mỗi năm học và cơ chế cấp bù cho cơ sở giáo dục ngoài công lập để các trường chủ động.',
  },
  {
    section: 'toan-van',
    name: 'Lê Hoàng Phúc',
    email: 'phuc.le@example.vn',
    body: 'Tôi đồng tình với dự thảo. Đề nghị thủ tục nhận hỗ trợ được thực hiện tự động qua nhà trường, phụ huynh không phải nộp thêm hồ sơ.',
  },
  {
    section: 'dieu-2',
    name: 'Phạm Thanh Tùng',
    email: 'tung.pham@example.vn',
    body: 'Mua bán đất nền giá rẻ, liên hệ ngay số điện thoại trên trang cá nhân.',
    status: 'tu-choi',
  },
]

export const CLOSED_COMMENTS: DemoComment[] = [
  {
    section: 'dieu-2',
    name: 'Công ty TNHH May mặc Bến Lức',
    email: 'nhansu@maybenluc.example.vn',
    body: 'Đề nghị cho phép doanh nghiệp tự xây dựng nền tảng hợp đồng điện tử nếu đáp ứng tiêu chuẩn kỹ thuật, không bắt buộc dùng nền tảng của bên thứ ba.',
    decision: 'tiep-thu-mot-phan',
    reason:
      'Dự thảo đã bổ sung quy định doanh nghiệp được tự xây dựng nền tảng nếu đáp ứng yêu cầu kỹ thuật và kết nối với hệ thống của Bộ Nội vụ.',
  },
  {
    section: 'dieu-3',
    name: 'Võ Thị Lan',
    email: 'lan.vo@example.vn',
    body: 'Nhiều công nhân lớn tuổi chưa có chữ ký số; đề nghị cho phép xác thực bằng tài khoản định danh điện tử VNeID.',
    decision: 'tiep-thu',
    reason: 'Đã bổ sung hình thức xác thực bằng tài khoản định danh điện tử mức độ 2.',
  },
  {
    section: 'toan-van',
    name: 'Đặng Minh Trí',
    email: 'tri.dang@example.vn',
    body: 'Đề nghị lùi thời điểm áp dụng bắt buộc hợp đồng điện tử sang năm 2028 để doanh nghiệp nhỏ kịp chuẩn bị.',
    decision: 'giai-trinh',
    reason:
      'Nghị định không bắt buộc mọi doanh nghiệp giao kết hợp đồng điện tử; doanh nghiệp nhỏ vẫn được giao kết hợp đồng bằng văn bản giấy.',
  },
  {
    section: 'dieu-1',
    name: 'Huỳnh Văn Bảy',
    email: 'bay.huynh@example.vn',
    body: 'Phạm vi điều chỉnh cần nêu rõ có áp dụng cho hợp đồng thử việc hay không.',
    decision: 'tiep-thu',
    reason: 'Đã bổ sung: Nghị định áp dụng cả với hợp đồng thử việc giao kết bằng phương tiện điện tử.',
  },
]

export const LIVE_QUESTIONS: DemoComment[] = [
  {
    section: 'toan-van',
    name: 'Ngô Thị Thu',
    email: 'thu.ngo@example.vn',
    body: 'Thanh niên nông thôn học nghề ngắn hạn có được hỗ trợ tiền ăn, đi lại không? Thủ tục đăng ký ở đâu?',
  },
  {
    section: 'toan-van',
    name: 'Bùi Quốc Huy',
    email: 'huy.bui@example.vn',
    body: 'Tỉnh có chính sách cho vay vốn ưu đãi để thanh niên khởi nghiệp sau khi hoàn thành nghĩa vụ quân sự không?',
  },
]
