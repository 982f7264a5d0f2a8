/** Demo questions of citizens of the province and the official answers (Vietnamese, realistic). */

export type DemoQuestion = {
  state: 'new' | 'accepted' | 'assigned' | 'answered' | 'published'
  field: string
  audiences?: string[]
  asker: string
  daysAgo: number
  /** due date relative to today (days); negative for an overdue question */
  dueInDays?: number
  title: string
  body: string
  answer: string[]
  citations?: Array<{ number: string; article: string }>
  views?: number
}

const LABOUR_CODE = '45/2019/QH14'

export const DEMO_QUESTIONS: DemoQuestion[] = [
  {
    state: 'published',
    field: 'lao-dong',
    audiences: ['nguoi-lao-dong'],
    asker: 'Trần Văn Hùng',
    daysAgo: 40,
    views: 312,
    title: 'Nghỉ việc thì có được công ty trả tiền những ngày phép năm chưa nghỉ không?',
    body: 'Tôi làm công nhân tại một công ty may ở Khu công nghiệp Long Hậu được 3 năm, hợp đồng không xác định thời hạn. Nay tôi nghỉ việc đúng thủ tục nhưng còn 7 ngày phép năm chưa nghỉ. Công ty nói phép năm không nghỉ thì mất. Xin hỏi như vậy có đúng không?',
    answer: [
      'Theo khoản 1 Điều 113 Bộ luật Lao động năm 2019, người lao động làm việc đủ 12 tháng cho một người sử dụng lao động thì được nghỉ hằng năm, hưởng nguyên lương 12 ngày làm việc nếu làm công việc trong điều kiện bình thường.',
      'Khoản 3 Điều 113 quy định: trường hợp do thôi việc, bị mất việc làm mà chưa nghỉ hằng năm hoặc chưa nghỉ hết số ngày nghỉ hằng năm thì được người sử dụng lao động thanh toán tiền lương cho những ngày chưa nghỉ.',
      'Như vậy, công ty phải thanh toán tiền lương cho 7 ngày phép năm bạn chưa nghỉ. Nếu công ty không thực hiện, bạn có thể đề nghị hòa giải viên lao động hoặc gửi đơn đến Sở Nội vụ (lĩnh vực lao động) để được hướng dẫn, giải quyết.',
    ],
    citations: [{ number: LABOUR_CODE, article: 'khoản 3 Điều 113' }],
  },
  {
    state: 'published',
    field: 'lao-dong',
    audiences: ['nguoi-lao-dong'],
    asker: 'Lê Thị Mai',
    daysAgo: 35,
    views: 258,
    title: 'Muốn nghỉ việc thì phải báo trước cho công ty bao nhiêu ngày?',
    body: 'Tôi ký hợp đồng lao động xác định thời hạn 24 tháng với một công ty thực phẩm ở Bến Lức, đã làm được 1 năm. Nay tôi muốn nghỉ để về quê chăm mẹ. Tôi phải báo trước bao nhiêu ngày để không bị xem là nghỉ trái luật?',
    answer: [
      'Theo điểm b khoản 1 Điều 35 Bộ luật Lao động năm 2019, người lao động có quyền đơn phương chấm dứt hợp đồng lao động nhưng phải báo trước cho người sử dụng lao động ít nhất 30 ngày nếu làm việc theo hợp đồng lao động xác định thời hạn có thời hạn từ 12 tháng đến 36 tháng.',
      'Trường hợp hợp đồng không xác định thời hạn thì phải báo trước ít nhất 45 ngày; hợp đồng có thời hạn dưới 12 tháng thì ít nhất 03 ngày làm việc.',
      'Bạn nên báo trước bằng văn bản, ghi rõ ngày nghỉ và giữ lại bản sao có xác nhận của công ty.',
    ],
    citations: [{ number: LABOUR_CODE, article: 'Điều 35' }],
  },
  {
    state: 'published',
    field: 'lao-dong',
    audiences: ['nguoi-lao-dong', 'doanh-nghiep'],
    asker: 'Nguyễn Minh Tâm',
    daysAgo: 28,
    views: 97,
    title: 'Làm thêm giờ vào ngày nghỉ lễ được trả lương như thế nào?',
    body: 'Dịp Quốc khánh 2/9 vừa rồi tôi được công ty bố trí đi làm cả ngày để kịp đơn hàng. Xin hỏi tiền lương làm thêm vào ngày lễ được tính bao nhiêu phần trăm so với ngày thường?',
    answer: [
      'Theo khoản 1 Điều 98 Bộ luật Lao động năm 2019, người lao động làm thêm giờ được trả lương tính theo đơn giá tiền lương hoặc tiền lương thực trả theo công việc đang làm: vào ngày thường ít nhất bằng 150%; vào ngày nghỉ hằng tuần ít nhất bằng 200%; vào ngày nghỉ lễ, tết, ngày nghỉ có hưởng lương ít nhất bằng 300%, chưa kể tiền lương ngày lễ, tết, ngày nghỉ có hưởng lương đối với người lao động hưởng lương ngày.',
      'Ngày Quốc khánh là ngày nghỉ lễ hưởng nguyên lương theo Điều 112, nên bạn được trả ít nhất 300% cho ngày làm thêm đó, cộng với tiền lương của chính ngày lễ nếu bạn hưởng lương theo ngày.',
    ],
    citations: [
      { number: LABOUR_CODE, article: 'khoản 1 Điều 98' },
      { number: LABOUR_CODE, article: 'Điều 112' },
    ],
  },
  {
    state: 'published',
    field: 'lao-dong',
    audiences: ['phu-nu', 'nguoi-lao-dong'],
    asker: 'Phạm Thị Ngọc Hân',
    daysAgo: 21,
    views: 184,
    title: 'Lao động nữ sinh con được nghỉ thai sản bao lâu?',
    body: 'Tôi là công nhân đang mang thai tháng thứ 7, làm việc tại một công ty ở Đức Hòa. Xin hỏi tôi được nghỉ thai sản tổng cộng bao nhiêu tháng và được nghỉ trước khi sinh tối đa bao lâu?',
    answer: [
      'Theo khoản 1 Điều 139 Bộ luật Lao động năm 2019, lao động nữ được nghỉ thai sản trước và sau khi sinh con là 06 tháng; thời gian nghỉ trước khi sinh tối đa không quá 02 tháng. Trường hợp sinh đôi trở lên thì tính từ con thứ hai trở đi, cứ mỗi con được nghỉ thêm 01 tháng.',
      'Trong thời gian nghỉ thai sản, chị được hưởng chế độ thai sản theo quy định của pháp luật về bảo hiểm xã hội nếu đủ điều kiện đóng bảo hiểm.',
    ],
    citations: [{ number: LABOUR_CODE, article: 'khoản 1 Điều 139' }],
  },
  {
    state: 'published',
    field: 'lao-dong',
    audiences: ['nguoi-lao-dong'],
    asker: 'Võ Thanh Phong',
    daysAgo: 18,
    views: 75,
    title: 'Nghỉ việc đã hơn một tháng mà công ty vẫn chưa trả lương, có vi phạm không?',
    body: 'Tôi chấm dứt hợp đồng lao động từ đầu tháng trước, đã bàn giao công việc đầy đủ. Đến nay đã hơn một tháng công ty vẫn chưa trả lương tháng cuối và chưa chốt sổ bảo hiểm xã hội cho tôi. Công ty làm vậy có đúng không?',
    answer: [
      'Theo khoản 1 Điều 48 Bộ luật Lao động năm 2019, trong thời hạn 14 ngày làm việc kể từ ngày chấm dứt hợp đồng lao động, hai bên có trách nhiệm thanh toán đầy đủ các khoản tiền có liên quan đến quyền lợi của mỗi bên; trường hợp đặc biệt có thể kéo dài nhưng không được quá 30 ngày.',
      'Khoản 3 Điều 48 quy định người sử dụng lao động có trách nhiệm hoàn thành thủ tục xác nhận thời gian đóng bảo hiểm xã hội và trả lại cùng với bản chính giấy tờ khác nếu đã giữ của người lao động.',
      'Như vậy, việc công ty chậm trả lương và chưa chốt sổ bảo hiểm quá thời hạn nêu trên là vi phạm. Bạn có thể đề nghị công ty thực hiện bằng văn bản, nếu không được giải quyết thì gửi đơn đến Thanh tra Sở Nội vụ.',
    ],
    citations: [{ number: LABOUR_CODE, article: 'Điều 48' }],
  },
  {
    state: 'published',
    field: 'hon-nhan-gia-dinh',
    audiences: ['nhan-dan', 'phu-nu'],
    asker: 'Đặng Thị Thu',
    daysAgo: 25,
    views: 221,
    title: 'Vợ chồng cùng đồng ý ly hôn thì nộp hồ sơ ở đâu, cần giấy tờ gì?',
    body: 'Vợ chồng tôi kết hôn năm 2015 tại xã Mỹ Yên, có một con chung 8 tuổi. Nay hai bên đã thống nhất ly hôn, thỏa thuận được việc nuôi con và chia tài sản. Xin hỏi thủ tục thuận tình ly hôn làm ở đâu và cần chuẩn bị những giấy tờ gì?',
    answer: [
      'Theo Điều 55 Luật Hôn nhân và gia đình năm 2014, trong trường hợp vợ chồng cùng yêu cầu ly hôn, nếu xét thấy hai bên thật sự tự nguyện ly hôn và đã thỏa thuận về việc chia tài sản, việc trông nom, nuôi dưỡng, chăm sóc, giáo dục con trên cơ sở bảo đảm quyền lợi chính đáng của vợ và con thì Tòa án công nhận thuận tình ly hôn.',
      'Hồ sơ nộp tại Tòa án nhân dân khu vực nơi một trong hai bên cư trú, làm việc, gồm: đơn yêu cầu công nhận thuận tình ly hôn có chữ ký của cả hai người; bản chính giấy chứng nhận đăng ký kết hôn; bản sao giấy khai sinh của con; giấy tờ tùy thân của hai vợ chồng và giấy tờ về tài sản chung (nếu có yêu cầu Tòa án ghi nhận).',
      'Trước khi nộp đơn, hai bên có thể đề nghị tổ hòa giải ở cơ sở hỗ trợ; việc hòa giải này là tự nguyện.',
    ],
  },
  {
    state: 'published',
    field: 'giao-thong',
    audiences: ['hoc-sinh'],
    asker: 'Huỳnh Văn Lộc',
    daysAgo: 14,
    views: 143,
    title: 'Học sinh 16 tuổi được đi xe máy điện đến trường không?',
    body: 'Con tôi năm nay 16 tuổi, học lớp 10 ở Tân An, nhà cách trường 6 km. Gia đình muốn mua xe máy điện cho cháu tự đi học. Xin hỏi cháu có được điều khiển xe máy điện không và có cần giấy phép lái xe không?',
    answer: [
      'Theo Luật Trật tự, an toàn giao thông đường bộ năm 2024, người đủ 16 tuổi trở lên được điều khiển xe gắn máy (kể cả xe máy điện) có vận tốc thiết kế lớn nhất không quá 50 km/h; loại xe này không đòi hỏi giấy phép lái xe nhưng người điều khiển phải hiểu biết quy tắc giao thông.',
      'Khi tham gia giao thông, cháu phải đội mũ bảo hiểm cài quai đúng quy cách, không chở quá một người (trừ trường hợp được phép) và không dàn hàng ngang. Xe phải được đăng ký và gắn biển số.',
    ],
  },
  {
    state: 'published',
    field: 'dat-dai',
    audiences: ['nhan-dan'],
    asker: 'Nguyễn Văn Sáu',
    daysAgo: 10,
    views: 64,
    title: 'Đất ở ổn định từ năm 1995 nhưng không có giấy tờ có được cấp sổ đỏ không?',
    body: 'Gia đình tôi sử dụng thửa đất khoảng 300 m² tại xã Long Hiệp từ năm 1995, cất nhà ở ổn định, không tranh chấp, nhưng không có giấy tờ mua bán. Xin hỏi nay có được cấp giấy chứng nhận quyền sử dụng đất không và làm thủ tục ở đâu?',
    answer: [
      'Theo Luật Đất đai năm 2024, hộ gia đình, cá nhân đang sử dụng đất không có giấy tờ về quyền sử dụng đất mà đã sử dụng ổn định trước ngày 01/7/2004, không vi phạm pháp luật về đất đai, nay được Ủy ban nhân dân cấp xã xác nhận không có tranh chấp, phù hợp quy hoạch thì được cấp Giấy chứng nhận quyền sử dụng đất.',
      'Hồ sơ nộp tại bộ phận một cửa của Ủy ban nhân dân cấp xã hoặc Văn phòng đăng ký đất đai (chi nhánh). Diện tích đất ở được công nhận theo hạn mức do Ủy ban nhân dân tỉnh quy định; phần vượt hạn mức có thể phải nộp tiền sử dụng đất.',
    ],
  },
  {
    state: 'published',
    field: 'hanh-chinh',
    audiences: ['nhan-dan'],
    asker: 'Trương Minh Khoa',
    daysAgo: 7,
    views: 39,
    title: 'Bị phạt nguội qua camera thì nộp phạt ở đâu, có phải lên tận nơi không?',
    body: 'Tôi nhận được thông báo vi phạm giao thông do camera ghi hình khi đi qua Quốc lộ 1 đoạn Tân An. Xin hỏi tôi có thể nộp phạt trực tuyến không hay bắt buộc phải đến cơ quan công an?',
    answer: [
      'Theo Luật Xử lý vi phạm hành chính, người vi phạm được thông báo để đến giải quyết tại cơ quan công an nơi phát hiện vi phạm hoặc nơi cư trú. Sau khi có quyết định xử phạt, bạn có thể nộp tiền phạt trực tuyến qua Cổng Dịch vụ công quốc gia, chuyển khoản vào tài khoản của Kho bạc ghi trong quyết định, hoặc nộp trực tiếp tại Kho bạc, ngân hàng thương mại được ủy nhiệm thu.',
      'Thời hạn nộp phạt là 10 ngày kể từ ngày nhận quyết định xử phạt. Chỉ nộp tiền theo quyết định xử phạt chính thức; hãy cảnh giác với tin nhắn, cuộc gọi giả danh yêu cầu chuyển tiền.',
    ],
  },
  {
    state: 'answered',
    field: 'lao-dong',
    audiences: ['nguoi-lao-dong'],
    asker: 'Lâm Thị Bích',
    daysAgo: 9,
    dueInDays: 8,
    title: 'Thời gian thử việc tối đa là bao lâu và lương thử việc được bao nhiêu?',
    body: 'Tôi vừa tốt nghiệp cao đẳng kế toán và được một doanh nghiệp ở Cần Giuộc nhận thử việc. Công ty đề nghị thử việc 3 tháng với mức lương bằng 70% lương chính thức. Như vậy có đúng quy định không?',
    answer: [
      'Theo Điều 25 Bộ luật Lao động năm 2019, thời gian thử việc không quá 60 ngày đối với công việc có chức danh nghề nghiệp cần trình độ chuyên môn, kỹ thuật từ cao đẳng trở lên; theo Điều 26, tiền lương thử việc ít nhất bằng 85% mức lương của công việc đó.',
      'Vì vậy, đề nghị thử việc 3 tháng với mức lương 70% là không đúng quy định.',
    ],
    citations: [
      { number: LABOUR_CODE, article: 'Điều 25' },
      { number: LABOUR_CODE, article: 'Điều 26' },
    ],
  },
  {
    state: 'assigned',
    field: 'lao-dong',
    audiences: ['nguoi-lao-dong'],
    asker: 'Phan Văn Đức',
    daysAgo: 30,
    dueInDays: -3,
    title: 'Năm 2026 lao động nam bao nhiêu tuổi thì được nghỉ hưu?',
    body: 'Tôi sinh tháng 5 năm 1965, làm việc tại một công ty cơ khí ở Bến Lức, đóng bảo hiểm xã hội được 30 năm. Xin hỏi tôi đủ tuổi nghỉ hưu vào thời điểm nào?',
    answer: [],
  },
  {
    state: 'assigned',
    field: 'dat-dai',
    audiences: ['nhan-dan'],
    asker: 'Ngô Thị Hồng',
    daysAgo: 4,
    dueInDays: 12,
    title: 'Tách thửa đất nông nghiệp để chia cho các con cần điều kiện gì?',
    body: 'Gia đình tôi có 2.000 m² đất trồng lúa ở xã Phước Vân, muốn tách thành 3 thửa để tặng cho 3 người con. Xin hỏi diện tích tối thiểu để tách thửa ở tỉnh là bao nhiêu và thủ tục ra sao?',
    answer: [],
  },
  {
    state: 'accepted',
    field: 'tu-phap-ho-tich',
    audiences: ['nhan-dan'],
    asker: 'Bùi Văn Tài',
    daysAgo: 2,
    title: 'Đăng ký khai sinh quá hạn cho con 3 tuổi cần giấy tờ gì?',
    body: 'Con tôi sinh năm 2023 tại nhà, đến nay chưa làm giấy khai sinh vì gia đình đi làm ăn xa. Xin hỏi bây giờ đăng ký khai sinh cho cháu ở đâu, có bị phạt không và cần mang theo giấy tờ gì?',
    answer: [],
  },
  {
    state: 'new',
    field: 'hon-nhan-gia-dinh',
    asker: 'Đỗ Thị Lan',
    daysAgo: 1,
    title: 'Chồng không cấp dưỡng nuôi con sau ly hôn thì phải làm sao?',
    body: 'Tôi ly hôn năm 2024, bản án buộc chồng cũ cấp dưỡng nuôi con 2 triệu đồng mỗi tháng nhưng đã 6 tháng nay anh ấy không đóng. Tôi cần làm gì để bảo vệ quyền lợi của con?',
    answer: [],
  },
  {
    state: 'new',
    field: 'giao-thong',
    asker: 'Mai Văn Tùng',
    daysAgo: 0,
    title: 'Chở con nhỏ dưới 6 tuổi trên xe máy có phải đội mũ bảo hiểm không?',
    body: 'Sáng nào tôi cũng chở con 5 tuổi đi học mẫu giáo bằng xe máy. Xin hỏi cháu có bắt buộc đội mũ bảo hiểm không và nếu không đội thì bị xử phạt thế nào?',
    answer: [],
  },
]
