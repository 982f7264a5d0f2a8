import type { DemoTaxonomyItem } from '../types'

/** Lĩnh vực pháp luật dùng để phân loại tin, bài. */
export const legalFields: DemoTaxonomyItem[] = [
  { slug: 'dan-su', title: 'Dân sự', description: 'Quyền nhân thân, quyền tài sản, hợp đồng, thừa kế và các giao dịch dân sự.' },
  { slug: 'hinh-su', title: 'Hình sự', description: 'Tội phạm, hình phạt và trách nhiệm hình sự theo Bộ luật Hình sự.' },
  { slug: 'hanh-chinh', title: 'Hành chính', description: 'Tổ chức bộ máy, thủ tục hành chính, xử lý vi phạm hành chính, khiếu nại, tố cáo.' },
  { slug: 'dat-dai', title: 'Đất đai', description: 'Quản lý, sử dụng đất, cấp giấy chứng nhận, bồi thường, hỗ trợ, tái định cư.' },
  { slug: 'lao-dong', title: 'Lao động', description: 'Hợp đồng lao động, tiền lương, thời giờ làm việc, bảo hiểm xã hội.' },
  { slug: 'hon-nhan-gia-dinh', title: 'Hôn nhân và gia đình', description: 'Kết hôn, ly hôn, quan hệ vợ chồng, cha mẹ và con, phòng, chống bạo lực gia đình.' },
  { slug: 'giao-duc', title: 'Giáo dục', description: 'Quyền và nghĩa vụ học tập, môi trường giáo dục an toàn, lành mạnh, thân thiện.' },
  { slug: 'giao-thong', title: 'Giao thông', description: 'Trật tự, an toàn giao thông đường bộ, đường thủy; xử phạt vi phạm giao thông.' },
  { slug: 'moi-truong', title: 'Tài nguyên và môi trường', description: 'Bảo vệ môi trường, tài nguyên nước, phân loại và xử lý chất thải.' },
  { slug: 'an-ninh-trat-tu', title: 'An ninh, trật tự', description: 'Cư trú, căn cước, an ninh mạng, phòng, chống tội phạm và tệ nạn xã hội.' },
  { slug: 'phong-chong-tham-nhung', title: 'Phòng, chống tham nhũng', description: 'Công khai, minh bạch, kiểm soát tài sản, thu nhập và xử lý hành vi tham nhũng.' },
  { slug: 'thue', title: 'Thuế, phí và lệ phí', description: 'Nghĩa vụ thuế của cá nhân, hộ kinh doanh và doanh nghiệp.' },
  { slug: 'y-te', title: 'Y tế', description: 'Khám bệnh, chữa bệnh, bảo hiểm y tế, an toàn thực phẩm, phòng bệnh.' },
  { slug: 'tre-em', title: 'Trẻ em', description: 'Quyền trẻ em, bảo vệ, chăm sóc và giáo dục trẻ em.' },
  { slug: 'chuyen-doi-so', title: 'Chuyển đổi số, dữ liệu', description: 'Giao dịch điện tử, dữ liệu, bảo vệ dữ liệu cá nhân và an toàn thông tin.' },
  { slug: 'tu-phap-ho-tich', title: 'Tư pháp, hộ tịch', description: 'Hộ tịch, chứng thực, hòa giải ở cơ sở, trợ giúp pháp lý, phổ biến, giáo dục pháp luật.' },
]

/** Đối tượng được phổ biến, giáo dục pháp luật. */
export const audiences: DemoTaxonomyItem[] = [
  { slug: 'hoc-sinh', title: 'Học sinh', description: 'Học sinh các cấp học phổ thông và giáo dục thường xuyên.' },
  { slug: 'sinh-vien', title: 'Sinh viên', description: 'Sinh viên, học viên các trường đại học, cao đẳng và cơ sở giáo dục nghề nghiệp.' },
  { slug: 'can-bo-cong-chuc-vien-chuc', title: 'Cán bộ, công chức, viên chức', description: 'Người làm việc trong cơ quan nhà nước, đơn vị sự nghiệp công lập.' },
  { slug: 'nguoi-lao-dong', title: 'Người lao động', description: 'Người lao động trong doanh nghiệp, khu công nghiệp, cụm công nghiệp.' },
  { slug: 'nhan-dan', title: 'Nhân dân', description: 'Người dân ở khu phố, ấp và cộng đồng dân cư.' },
  { slug: 'dong-bao-dan-toc-thieu-so', title: 'Đồng bào dân tộc thiểu số', description: 'Đồng bào Khmer, Hoa và các dân tộc thiểu số khác sinh sống trên địa bàn.' },
  { slug: 'phu-nu', title: 'Phụ nữ', description: 'Hội viên phụ nữ và phụ nữ ở cơ sở.' },
  { slug: 'thanh-nien', title: 'Thanh niên', description: 'Đoàn viên, thanh niên trong độ tuổi từ đủ 16 đến 30 tuổi.' },
  { slug: 'nguoi-khuyet-tat', title: 'Người khuyết tật', description: 'Người khuyết tật và gia đình, người chăm sóc người khuyết tật.' },
  { slug: 'doanh-nghiep', title: 'Doanh nghiệp', description: 'Doanh nghiệp, hợp tác xã, hộ kinh doanh.' },
]
