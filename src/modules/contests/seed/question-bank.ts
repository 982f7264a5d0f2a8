/**
 * The demo question bank: real questions on the road traffic law, children's rights, the Labour
 * Code and legal education, each with its legal basis (document number and article). The first
 * option listed is the right one for single-choice questions (the engine shuffles them); for
 * multiple-choice questions `right` lists the right options.
 */
export type DemoQuestion = {
  code: string
  field: string
  kind: 'single' | 'multiple' | 'true-false'
  text: string
  options: string[]
  right?: number[]
  explanation: string
  basis: { number: string; article: string }
}

const TRAFFIC = '36/2024/QH15'
const CHILDREN = '102/2016/QH13'
const LABOUR = '45/2019/QH14'
const EDUCATION = '14/2012/QH13'
const DATA = '13/2023/NĐ-CP'

const q = (
  code: string,
  field: string,
  text: string,
  options: string[],
  explanation: string,
  basis: [string, string],
  extra: Partial<DemoQuestion> = {},
): DemoQuestion => ({
  code,
  field,
  kind: 'single',
  text,
  options,
  explanation,
  basis: { number: basis[0], article: basis[1] },
  ...extra,
})
const tf = (code: string, field: string, text: string, isTrue: boolean, explanation: string, basis: [string, string]) =>
  q(code, field, text, isTrue ? ['Đúng', 'Sai'] : ['Sai', 'Đúng'], explanation, basis, { kind: 'true-false' })

export const DEMO_QUESTIONS: DemoQuestion[] = [
  q(
    'ATGT-01',
    'giao-thong',
    'Người đủ bao nhiêu tuổi trở lên thì được điều khiển xe gắn máy?',
    ['Đủ 16 tuổi', 'Đủ 15 tuổi', 'Đủ 17 tuổi', 'Đủ 18 tuổi'],
    'Người đủ 16 tuổi trở lên được điều khiển xe gắn máy.',
    [TRAFFIC, 'điểm a khoản 1 Điều 59'],
  ),
  q(
    'ATGT-02',
    'giao-thong',
    'Người đủ bao nhiêu tuổi trở lên thì được cấp giấy phép lái xe hạng A1, A, B1, B, C1?',
    ['Đủ 18 tuổi', 'Đủ 16 tuổi', 'Đủ 17 tuổi', 'Đủ 21 tuổi'],
    'Người đủ 18 tuổi trở lên được cấp giấy phép lái xe hạng A1, A, B1, B, C1 và chứng chỉ bồi dưỡng kiến thức pháp luật về giao thông đường bộ.',
    [TRAFFIC, 'điểm b khoản 1 Điều 59'],
  ),
  tf(
    'ATGT-03',
    'giao-thong',
    'Người ngồi trên xe mô tô, xe gắn máy phải đội mũ bảo hiểm và cài quai đúng quy cách.',
    true,
    'Người lái xe và người được chở trên xe mô tô, xe gắn máy phải đội mũ bảo hiểm và cài quai đúng quy cách.',
    [TRAFFIC, 'Điều 33'],
  ),
  q(
    'ATGT-04',
    'giao-thong',
    'Khi chở trẻ em dưới 10 tuổi và chiều cao dưới 1,35 mét trên xe ô tô, người lái xe phải làm gì?',
    [
      'Không cho trẻ ngồi cùng hàng ghế với người lái xe và sử dụng thiết bị an toàn phù hợp cho trẻ',
      'Cho trẻ ngồi ghế trước để dễ quan sát',
      'Chỉ cần thắt dây an toàn người lớn cho trẻ',
      'Để trẻ ngồi trong lòng người lớn ở ghế trước',
    ],
    'Trẻ em dưới 10 tuổi và chiều cao dưới 1,35 mét không được ngồi cùng hàng ghế với người lái xe (trừ xe chỉ có một hàng ghế); người lái xe phải sử dụng, hướng dẫn sử dụng thiết bị an toàn phù hợp cho trẻ.',
    [TRAFFIC, 'khoản 3 Điều 10'],
  ),
  q(
    'ATGT-05',
    'giao-thong',
    'Hành vi nào sau đây bị nghiêm cấm khi tham gia giao thông đường bộ?',
    [
      'Điều khiển phương tiện mà trong máu hoặc hơi thở có nồng độ cồn',
      'Bật đèn chiếu sáng gần khi đi trong khu dân cư ban đêm',
      'Nhường đường cho xe ưu tiên',
      'Đi bên phải theo chiều đi của mình',
    ],
    'Luật nghiêm cấm điều khiển phương tiện tham gia giao thông đường bộ mà trong máu hoặc hơi thở có nồng độ cồn.',
    [TRAFFIC, 'khoản 2 Điều 9'],
  ),
  tf(
    'ATGT-06',
    'giao-thong',
    'Học sinh được phép đi xe đạp dàn hàng ba trên đường để trò chuyện nếu đường vắng.',
    false,
    'Người điều khiển, người ngồi trên xe đạp không được đi dàn hàng ngang từ ba xe trở lên.',
    [TRAFFIC, 'Điều 34'],
  ),
  q(
    'ATGT-07',
    'giao-thong',
    'Người đi bộ qua đường ở nơi có vạch kẻ đường dành cho người đi bộ phải làm gì?',
    [
      'Tuân thủ tín hiệu đèn và đi đúng phần đường có vạch kẻ dành cho người đi bộ',
      'Chạy thật nhanh qua đường bất kể tín hiệu đèn',
      'Đi chéo qua nút giao để rút ngắn quãng đường',
      'Dừng lại giữa đường để nhường xe',
    ],
    'Người đi bộ qua đường phải tuân thủ đèn tín hiệu, đi đúng phần đường dành cho người đi bộ và bảo đảm an toàn.',
    [TRAFFIC, 'Điều 35'],
  ),
  q(
    'ATGT-08',
    'giao-thong',
    'Những hành vi nào bị nghiêm cấm đối với người điều khiển xe mô tô, xe gắn máy? (chọn tất cả phương án đúng)',
    [
      'Sử dụng ô (dù) khi đang điều khiển xe',
      'Buông cả hai tay khi đang điều khiển xe',
      'Đi xe bằng một bánh đối với xe hai bánh',
      'Bật đèn xi nhan trước khi chuyển hướng',
    ],
    'Người lái xe mô tô, xe gắn máy không được đi xe dàn hàng ngang, sử dụng ô, điện thoại di động, buông cả hai tay hoặc đi xe bằng một bánh.',
    [TRAFFIC, 'Điều 33'],
    { kind: 'multiple', right: [0, 1, 2] },
  ),
  q(
    'ATGT-09',
    'giao-thong',
    'Khi nghe tiếng còi, thấy đèn của xe cứu thương đang làm nhiệm vụ, người tham gia giao thông phải làm gì?',
    [
      'Giảm tốc độ, tránh hoặc dừng lại sát lề đường bên phải để nhường đường',
      'Tăng tốc để đi trước xe cứu thương',
      'Đi theo sau xe cứu thương để đi nhanh hơn',
      'Tiếp tục đi bình thường vì không phải xe chữa cháy',
    ],
    'Khi có tín hiệu của xe ưu tiên, người tham gia giao thông phải nhanh chóng giảm tốc độ, tránh hoặc dừng lại sát lề đường bên phải để nhường đường.',
    [TRAFFIC, 'Điều 27'],
  ),
  tf(
    'ATGT-10',
    'giao-thong',
    'Cha mẹ được giao xe gắn máy cho con 14 tuổi tự điều khiển đến trường nếu con đi cẩn thận.',
    false,
    'Nghiêm cấm giao phương tiện cho người không đủ điều kiện điều khiển tham gia giao thông đường bộ; người chưa đủ 16 tuổi không được điều khiển xe gắn máy.',
    [TRAFFIC, 'Điều 9'],
  ),
  q(
    'ATGT-11',
    'giao-thong',
    'Khi gặp đèn tín hiệu màu vàng, người điều khiển phương tiện phải làm gì?',
    [
      'Dừng lại trước vạch dừng, trừ trường hợp đã đi quá vạch dừng thì được đi tiếp',
      'Tăng tốc để kịp qua nút giao',
      'Được đi tiếp như đèn xanh',
      'Bấm còi liên tục rồi đi tiếp',
    ],
    'Tín hiệu màu vàng là phải dừng lại trước vạch dừng, trừ trường hợp đã đi quá vạch dừng thì được đi tiếp; tín hiệu vàng nhấp nháy được đi nhưng phải giảm tốc độ, chú ý quan sát.',
    [TRAFFIC, 'Điều 11'],
  ),
  tf(
    'ATGT-12',
    'giao-thong',
    'Người điều khiển xe mô tô được sử dụng điện thoại di động khi xe đang chạy nếu dùng tai nghe.',
    false,
    'Người lái xe mô tô, xe gắn máy không được sử dụng điện thoại di động, thiết bị âm thanh (trừ thiết bị trợ thính) khi đang điều khiển xe.',
    [TRAFFIC, 'Điều 33'],
  ),
  q(
    'TE-01',
    'tre-em',
    'Theo Luật Trẻ em, trẻ em là người dưới bao nhiêu tuổi?',
    ['Dưới 16 tuổi', 'Dưới 15 tuổi', 'Dưới 18 tuổi', 'Dưới 14 tuổi'],
    'Trẻ em là người dưới 16 tuổi.',
    [CHILDREN, 'Điều 1'],
  ),
  q(
    'TE-02',
    'tre-em',
    'Ngày nào hằng năm là Ngày Quốc tế Thiếu nhi, được Luật Trẻ em nhắc đến trong Tháng hành động vì trẻ em?',
    ['Ngày 01 tháng 6', 'Ngày 15 tháng 8 âm lịch', 'Ngày 20 tháng 11', 'Ngày 26 tháng 3'],
    'Tháng hành động vì trẻ em được tổ chức vào tháng 6 hằng năm, gắn với Ngày Quốc tế Thiếu nhi 01/6.',
    [CHILDREN, 'Điều 7'],
  ),
  q(
    'TE-03',
    'tre-em',
    'Những quyền nào sau đây là quyền của trẻ em theo Luật Trẻ em? (chọn tất cả phương án đúng)',
    [
      'Quyền được giáo dục, học tập và phát triển năng khiếu',
      'Quyền bày tỏ ý kiến và hội họp',
      'Quyền được bảo vệ để không bị xâm hại tình dục',
      'Quyền tự quyết định bỏ học để đi làm',
    ],
    'Trẻ em có quyền được giáo dục, học tập; quyền bày tỏ ý kiến và hội họp; quyền được bảo vệ để không bị xâm hại tình dục, cùng nhiều quyền khác.',
    [CHILDREN, 'Điều 16, Điều 25, Điều 34'],
    { kind: 'multiple', right: [0, 1, 2] },
  ),
  tf(
    'TE-04',
    'tre-em',
    'Công bố thông tin về đời sống riêng tư của trẻ em mà không được sự đồng ý của trẻ từ đủ 07 tuổi trở lên và của cha mẹ là hành vi bị nghiêm cấm.',
    true,
    'Nghiêm cấm tiết lộ thông tin về đời sống riêng tư, bí mật cá nhân của trẻ em mà không được sự đồng ý của trẻ em từ đủ 07 tuổi trở lên và của cha, mẹ, người giám hộ của trẻ em.',
    [CHILDREN, 'khoản 11 Điều 6'],
  ),
  q(
    'TE-05',
    'tre-em',
    'Tổng đài điện thoại quốc gia bảo vệ trẻ em có số nào?',
    ['111', '113', '114', '115'],
    'Tổng đài điện thoại quốc gia bảo vệ trẻ em 111 tiếp nhận thông tin, thông báo, tố giác về nguy cơ, hành vi xâm hại trẻ em, miễn phí.',
    [CHILDREN, 'Điều 54'],
  ),
  q(
    'TE-06',
    'tre-em',
    'Khi phát hiện trẻ em bị xâm hại, người dân cần làm gì?',
    [
      'Thông báo ngay cho cơ quan có thẩm quyền hoặc gọi Tổng đài 111',
      'Giữ bí mật để tránh ảnh hưởng đến gia đình trẻ',
      'Đăng ảnh của trẻ lên mạng xã hội để mọi người biết',
      'Tự xử lý người có hành vi xâm hại',
    ],
    'Cơ quan, tổ chức, cá nhân phát hiện trẻ em bị xâm hại có trách nhiệm thông báo, tố giác cho cơ quan có thẩm quyền.',
    [CHILDREN, 'Điều 51'],
  ),
  tf(
    'TE-07',
    'tre-em',
    'Trẻ em có bổn phận kính trọng, lễ phép, hiếu thảo với ông bà, cha mẹ.',
    true,
    'Trẻ em có bổn phận đối với gia đình: kính trọng, lễ phép, hiếu thảo với ông bà, cha mẹ; yêu thương, chia sẻ tình cảm, nguyện vọng với cha mẹ và các thành viên trong gia đình.',
    [CHILDREN, 'Điều 37'],
  ),
  q(
    'TE-08',
    'tre-em',
    'Xử lý dữ liệu cá nhân của trẻ em từ đủ 07 tuổi trở lên cần sự đồng ý của ai?',
    [
      'Của trẻ em và của cha, mẹ hoặc người giám hộ',
      'Chỉ của nhà trường',
      'Chỉ của trẻ em',
      'Không cần sự đồng ý của ai',
    ],
    'Việc xử lý dữ liệu cá nhân của trẻ em phải có sự đồng ý của trẻ em trong trường hợp trẻ em từ đủ 7 tuổi trở lên và sự đồng ý của cha, mẹ hoặc người giám hộ.',
    [DATA, 'Điều 20'],
  ),
  q(
    'TE-09',
    'tre-em',
    'Trẻ em có quyền được tiếp cận thông tin phù hợp với lứa tuổi. Hành vi nào sau đây vi phạm quyền này?',
    [
      'Cung cấp cho trẻ em sản phẩm có nội dung kích động bạo lực, đồi trụy',
      'Tổ chức cho học sinh đọc sách tại thư viện trường',
      'Hướng dẫn trẻ em sử dụng Internet an toàn',
      'Cho trẻ em tham gia câu lạc bộ em yêu pháp luật',
    ],
    'Nghiêm cấm cung cấp dịch vụ, sản phẩm có nội dung không phù hợp, có hại cho sự phát triển lành mạnh của trẻ em.',
    [CHILDREN, 'Điều 6'],
  ),
  tf(
    'TE-10',
    'tre-em',
    'Cha mẹ được quyền ép buộc con 15 tuổi kết hôn nếu hai gia đình đồng ý.',
    false,
    'Nghiêm cấm tổ chức tảo hôn, ép buộc trẻ em tảo hôn; nam từ đủ 20 tuổi, nữ từ đủ 18 tuổi mới được kết hôn.',
    [CHILDREN, 'khoản 3 Điều 6'],
  ),
  q(
    'LD-01',
    'lao-dong',
    'Người lao động chưa thành niên là người lao động chưa đủ bao nhiêu tuổi?',
    ['Chưa đủ 18 tuổi', 'Chưa đủ 16 tuổi', 'Chưa đủ 15 tuổi', 'Chưa đủ 20 tuổi'],
    'Lao động chưa thành niên là người lao động chưa đủ 18 tuổi.',
    [LABOUR, 'khoản 1 Điều 143'],
  ),
  q(
    'LD-02',
    'lao-dong',
    'Thời giờ làm việc của người từ đủ 15 tuổi đến chưa đủ 18 tuổi không được quá bao nhiêu?',
    [
      '08 giờ trong 01 ngày và 40 giờ trong 01 tuần',
      '10 giờ trong 01 ngày',
      '04 giờ trong 01 ngày',
      '48 giờ trong 01 tuần',
    ],
    'Thời giờ làm việc của người từ đủ 15 tuổi đến chưa đủ 18 tuổi không được quá 08 giờ trong 01 ngày và 40 giờ trong 01 tuần.',
    [LABOUR, 'khoản 2 Điều 146'],
  ),
  q(
    'LD-03',
    'lao-dong',
    'Thời giờ làm việc bình thường theo Bộ luật Lao động không quá bao nhiêu?',
    [
      '08 giờ trong 01 ngày và 48 giờ trong 01 tuần',
      '10 giờ trong 01 ngày và 60 giờ trong 01 tuần',
      '06 giờ trong 01 ngày',
      '44 giờ trong 01 tuần',
    ],
    'Thời giờ làm việc bình thường không quá 08 giờ trong 01 ngày và không quá 48 giờ trong 01 tuần.',
    [LABOUR, 'khoản 1 Điều 105'],
  ),
  q(
    'LD-04',
    'lao-dong',
    'Lao động nữ được nghỉ trước và sau khi sinh con bao lâu?',
    ['06 tháng', '04 tháng', '03 tháng', '12 tháng'],
    'Lao động nữ được nghỉ thai sản trước và sau khi sinh con là 06 tháng; thời gian nghỉ trước khi sinh không quá 02 tháng.',
    [LABOUR, 'khoản 1 Điều 139'],
  ),
  q(
    'LD-05',
    'lao-dong',
    'Người làm việc đủ 12 tháng cho một người sử dụng lao động trong điều kiện bình thường được nghỉ hằng năm bao nhiêu ngày, hưởng nguyên lương?',
    ['12 ngày làm việc', '10 ngày làm việc', '14 ngày làm việc', '16 ngày làm việc'],
    'Người lao động làm việc đủ 12 tháng được nghỉ hằng năm, hưởng nguyên lương 12 ngày làm việc đối với người làm công việc trong điều kiện bình thường.',
    [LABOUR, 'điểm a khoản 1 Điều 113'],
  ),
  q(
    'LD-06',
    'lao-dong',
    'Hợp đồng lao động xác định thời hạn có thời hạn tối đa bao lâu?',
    ['Không quá 36 tháng', 'Không quá 12 tháng', 'Không quá 24 tháng', 'Không quá 60 tháng'],
    'Hợp đồng lao động xác định thời hạn là hợp đồng mà hai bên xác định thời hạn, thời điểm chấm dứt hiệu lực trong thời gian không quá 36 tháng.',
    [LABOUR, 'điểm b khoản 1 Điều 20'],
  ),
  q(
    'LD-07',
    'lao-dong',
    'Thời gian thử việc tối đa đối với công việc cần trình độ chuyên môn từ cao đẳng trở lên là bao nhiêu?',
    ['Không quá 60 ngày', 'Không quá 30 ngày', 'Không quá 180 ngày', 'Không quá 06 ngày làm việc'],
    'Thời gian thử việc không quá 60 ngày đối với công việc có chức danh nghề nghiệp cần trình độ chuyên môn, kỹ thuật từ cao đẳng trở lên.',
    [LABOUR, 'khoản 2 Điều 25'],
  ),
  tf(
    'LD-08',
    'lao-dong',
    'Người lao động làm việc theo hợp đồng không xác định thời hạn muốn đơn phương chấm dứt hợp đồng phải báo trước ít nhất 45 ngày.',
    true,
    'Người lao động có quyền đơn phương chấm dứt hợp đồng lao động nhưng phải báo trước ít nhất 45 ngày nếu làm việc theo hợp đồng lao động không xác định thời hạn.',
    [LABOUR, 'điểm a khoản 1 Điều 35'],
  ),
  q(
    'LD-09',
    'lao-dong',
    'Người lao động được nghỉ làm việc, hưởng nguyên lương trong dịp Tết Âm lịch bao nhiêu ngày?',
    ['05 ngày', '03 ngày', '04 ngày', '07 ngày'],
    'Người lao động được nghỉ làm việc, hưởng nguyên lương trong Tết Âm lịch 05 ngày.',
    [LABOUR, 'điểm b khoản 1 Điều 112'],
  ),
  tf(
    'LD-10',
    'lao-dong',
    'Người sử dụng lao động được giữ bản chính văn bằng, chứng chỉ của người lao động để bảo đảm thực hiện hợp đồng.',
    false,
    'Khi giao kết, thực hiện hợp đồng lao động, người sử dụng lao động không được giữ bản chính giấy tờ tùy thân, văn bằng, chứng chỉ của người lao động.',
    [LABOUR, 'khoản 1 Điều 17'],
  ),
  q(
    'PL-01',
    'tu-phap-ho-tich',
    'Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam là ngày nào?',
    ['Ngày 09 tháng 11', 'Ngày 02 tháng 9', 'Ngày 19 tháng 5', 'Ngày 20 tháng 11'],
    'Ngày 09 tháng 11 hằng năm là Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam.',
    [EDUCATION, 'Điều 8'],
  ),
  q(
    'PL-02',
    'tu-phap-ho-tich',
    'Hình thức nào sau đây là hình thức phổ biến pháp luật được Luật Phổ biến, giáo dục pháp luật quy định? (chọn tất cả phương án đúng)',
    [
      'Thi tìm hiểu pháp luật',
      'Tư vấn pháp luật, trợ giúp pháp lý',
      'Thông qua hoạt động hòa giải ở cơ sở',
      'Chỉ thông qua các cuộc họp của cơ quan nhà nước',
    ],
    'Các hình thức phổ biến pháp luật gồm họp báo, thông cáo báo chí, phổ biến trực tiếp, tư vấn pháp luật, thi tìm hiểu pháp luật, hòa giải ở cơ sở, qua mạng Internet và các hình thức khác.',
    [EDUCATION, 'Điều 11'],
    { kind: 'multiple', right: [0, 1, 2] },
  ),
  tf(
    'PL-03',
    'tu-phap-ho-tich',
    'Giáo dục pháp luật được thực hiện trong các cơ sở giáo dục của hệ thống giáo dục quốc dân.',
    true,
    'Giáo dục pháp luật trong cơ sở giáo dục của hệ thống giáo dục quốc dân được thực hiện thông qua việc học tập các môn học có nội dung pháp luật và hoạt động ngoại khóa.',
    [EDUCATION, 'Điều 24'],
  ),
  q(
    'PL-04',
    'tu-phap-ho-tich',
    'Cơ quan nào có trách nhiệm bảo đảm điều kiện tổ chức Ngày Pháp luật ở địa phương?',
    ['Ủy ban nhân dân các cấp', 'Tòa án nhân dân', 'Viện kiểm sát nhân dân', 'Các doanh nghiệp trên địa bàn'],
    'Ủy ban nhân dân các cấp chỉ đạo, tổ chức thực hiện và bảo đảm điều kiện cho việc thực hiện Ngày Pháp luật ở địa phương.',
    [EDUCATION, 'Điều 8'],
  ),
  q(
    'DL-01',
    'chuyen-doi-so',
    'Khi đăng ký tham gia một cuộc thi trực tuyến, ban tổ chức chỉ nên thu thập thông tin nào?',
    [
      'Những thông tin cần thiết cho mục đích tổ chức cuộc thi',
      'Mọi thông tin cá nhân có thể thu thập được',
      'Cả mật khẩu thư điện tử của người dự thi',
      'Số tài khoản ngân hàng của cha mẹ',
    ],
    'Dữ liệu cá nhân thu thập phải phù hợp và giới hạn trong phạm vi, mục đích cần xử lý (nguyên tắc tối thiểu hóa dữ liệu).',
    [DATA, 'khoản 4 Điều 3'],
  ),
  tf(
    'DL-02',
    'chuyen-doi-so',
    'Chủ thể dữ liệu có quyền yêu cầu xóa dữ liệu cá nhân của mình trong các trường hợp luật định.',
    true,
    'Chủ thể dữ liệu được xóa hoặc yêu cầu xóa dữ liệu cá nhân của mình, trừ trường hợp luật có quy định khác.',
    [DATA, 'khoản 7 Điều 9'],
  ),
]

/** The tie-break questions: a number to guess, closest wins. */
export const DEMO_PREDICTIONS = [
  {
    code: 'DD-ATGT-2026',
    field: 'giao-thong',
    text: 'Theo bạn, có bao nhiêu người dự thi trả lời đúng tất cả các câu hỏi của vòng thi này?',
  },
  {
    code: 'DD-LD-2026',
    field: 'lao-dong',
    text: 'Theo bạn, có bao nhiêu lượt người dự thi nộp bài trong vòng thi này?',
  },
]
