/**
 * Demo legal situations. Every citation points to an article of a document the demo seed imports
 * (legal-documents/seed): the Bộ luật Lao động 2019 in full text (45/2019/QH14) and the Công báo
 * record of Nghị định 337/2025/NĐ-CP on electronic labour contracts. The wording of each
 * analysis follows the cited articles.
 */

export const LABOUR_CODE = '45/2019/QH14'
const E_CONTRACT_DECREE = '337/2025/NĐ-CP'

export type DemoQuizQuestion = {
  prompt: string
  options: string[]
  /** index of the correct option */
  correct: number
  explanation: string
}

export type DemoSituation = {
  title: string
  summary: string
  scenario: string
  question: string
  analysis: string[]
  answer: string[]
  citations: Array<{ number: string; article?: string }>
  fields: string[]
  audiences: string[]
  daysAgo: number
  quiz?: DemoQuizQuestion[]
}

export const DEMO_SITUATIONS: DemoSituation[] = [
  {
    title: 'Học sinh 16 tuổi đi làm thêm dịp hè: được làm mấy giờ một ngày?',
    summary: 'Em Minh 16 tuổi phụ bán ở quán cà phê dịp hè, chủ quán yêu cầu làm từ 14 giờ đến 23 giờ mỗi ngày.',
    scenario:
      'Nghỉ hè, em Nguyễn Văn Minh (16 tuổi, học sinh lớp 10) xin phụ bán hàng ở một quán cà phê gần nhà. Chủ quán đồng ý nhận nhưng yêu cầu Minh làm từ 14 giờ đến 23 giờ tất cả các ngày trong tuần, không ký giấy tờ gì và cũng không hỏi ý kiến bố mẹ Minh. Bố mẹ Minh lo em làm quá sức nên hỏi: chủ quán làm như vậy có đúng không?',
    question:
      'Người sử dụng lao động được bố trí lao động 16 tuổi làm việc bao nhiêu giờ, và phải có những điều kiện gì khi nhận người chưa thành niên vào làm việc?',
    analysis: [
      'Theo khoản 1 Điều 143 Bộ luật Lao động năm 2019, lao động chưa thành niên là người lao động chưa đủ 18 tuổi. Minh 16 tuổi nên là lao động chưa thành niên và được pháp luật bảo vệ riêng.',
      'Khoản 2 Điều 146 quy định thời giờ làm việc của người từ đủ 15 tuổi đến chưa đủ 18 tuổi không được quá 08 giờ trong 01 ngày và 40 giờ trong 01 tuần. Ca làm từ 14 giờ đến 23 giờ là 09 giờ mỗi ngày, bảy ngày một tuần là 63 giờ, vượt cả giới hạn ngày lẫn giới hạn tuần; người chưa thành niên chỉ được làm thêm giờ, làm ban đêm trong một số nghề, công việc theo danh mục của Bộ trưởng.',
      'Khoản 3 Điều 144 yêu cầu khi sử dụng lao động chưa thành niên, người sử dụng lao động phải có sự đồng ý của cha, mẹ hoặc người giám hộ và lập sổ theo dõi riêng. Chủ quán không hỏi ý kiến bố mẹ Minh là chưa đúng.',
    ],
    answer: [
      'Chủ quán làm như vậy là trái quy định. Minh chỉ được làm tối đa 08 giờ một ngày và 40 giờ một tuần, với sự đồng ý của bố mẹ; chủ quán phải lập sổ theo dõi riêng và bố trí công việc phù hợp với sức khỏe của em.',
      'Gia đình nên trao đổi lại với chủ quán để điều chỉnh giờ làm; nếu chủ quán không thực hiện, có thể phản ánh tới Ủy ban nhân dân xã, phường nơi quán hoạt động.',
    ],
    citations: [
      { number: LABOUR_CODE, article: 'khoản 1 Điều 143' },
      { number: LABOUR_CODE, article: 'khoản 3 Điều 144' },
      { number: LABOUR_CODE, article: 'khoản 2 Điều 146' },
    ],
    fields: ['lao-dong', 'tre-em'],
    audiences: ['hoc-sinh', 'thanh-nien'],
    daysAgo: 3,
    quiz: [
      {
        prompt: 'Lao động chưa thành niên là người lao động ở độ tuổi nào?',
        options: ['Chưa đủ 15 tuổi', 'Chưa đủ 16 tuổi', 'Chưa đủ 18 tuổi'],
        correct: 2,
        explanation:
          'Khoản 1 Điều 143 Bộ luật Lao động 2019: lao động chưa thành niên là người lao động chưa đủ 18 tuổi.',
      },
      {
        prompt: 'Người lao động 16 tuổi được làm việc tối đa bao nhiêu giờ trong một tuần?',
        options: ['20 giờ', '40 giờ', '48 giờ', 'Không giới hạn nếu được trả thêm tiền'],
        correct: 1,
        explanation:
          'Khoản 2 Điều 146: người từ đủ 15 tuổi đến chưa đủ 18 tuổi làm việc không quá 08 giờ trong 01 ngày và 40 giờ trong 01 tuần.',
      },
      {
        prompt: 'Khi nhận Minh vào làm, chủ quán bắt buộc phải có điều gì?',
        options: [
          'Sự đồng ý của cha, mẹ hoặc người giám hộ của Minh',
          'Giấy xác nhận của nhà trường',
          'Khoản tiền đặt cọc của gia đình',
        ],
        correct: 0,
        explanation:
          'Khoản 3 Điều 144: khi sử dụng lao động chưa thành niên, người sử dụng lao động phải có sự đồng ý của cha, mẹ hoặc người giám hộ và lập sổ theo dõi riêng.',
      },
    ],
  },
  {
    title: 'Công ty giữ bằng tốt nghiệp bản chính và thu tiền đặt cọc khi tuyển dụng',
    summary: 'Chị Lan trúng tuyển kế toán, công ty yêu cầu nộp bằng đại học bản chính và đặt cọc 5 triệu đồng.',
    scenario:
      'Chị Trần Thị Lan vừa tốt nghiệp đại học, trúng tuyển vị trí kế toán tại một công ty thương mại. Khi ký hợp đồng lao động, phòng nhân sự yêu cầu chị nộp bằng tốt nghiệp đại học bản chính để công ty giữ "cho đến khi hết hợp đồng" và đặt cọc 5.000.000 đồng, hứa sẽ trả lại nếu chị làm đủ hai năm.',
    question: 'Công ty có được giữ văn bằng bản chính và yêu cầu người lao động đặt cọc tiền không?',
    analysis: [
      'Điều 17 Bộ luật Lao động năm 2019 liệt kê các hành vi người sử dụng lao động không được làm khi giao kết, thực hiện hợp đồng lao động.',
      'Khoản 1 Điều 17 cấm giữ bản chính giấy tờ tùy thân, văn bằng, chứng chỉ của người lao động. Yêu cầu giữ bằng đại học bản chính của chị Lan thuộc trường hợp này.',
      'Khoản 2 Điều 17 cấm yêu cầu người lao động phải thực hiện biện pháp bảo đảm bằng tiền hoặc tài sản khác cho việc thực hiện hợp đồng lao động. Khoản đặt cọc 5.000.000 đồng là biện pháp bảo đảm bằng tiền nên cũng bị cấm.',
    ],
    answer: [
      'Công ty không được giữ bằng tốt nghiệp bản chính và không được thu tiền đặt cọc của chị Lan. Chị chỉ cần cung cấp bản sao (có thể xuất trình bản chính để đối chiếu) và có quyền từ chối đặt cọc.',
    ],
    citations: [
      { number: LABOUR_CODE, article: 'khoản 1 Điều 17' },
      { number: LABOUR_CODE, article: 'khoản 2 Điều 17' },
    ],
    fields: ['lao-dong', 'dan-su'],
    audiences: ['sinh-vien', 'nguoi-lao-dong'],
    daysAgo: 6,
    quiz: [
      {
        prompt: 'Công ty yêu cầu giữ bằng đại học bản chính của người lao động trong thời gian làm việc. Việc này:',
        options: ['Được phép nếu ghi trong hợp đồng', 'Không được phép', 'Chỉ được phép trong thời gian thử việc'],
        correct: 1,
        explanation:
          'Khoản 1 Điều 17 Bộ luật Lao động 2019 cấm người sử dụng lao động giữ bản chính giấy tờ tùy thân, văn bằng, chứng chỉ của người lao động, dù hai bên có thỏa thuận.',
      },
      {
        prompt: 'Khoản đặt cọc 5 triệu đồng để "bảo đảm làm đủ hai năm" có hợp pháp không?',
        options: [
          'Hợp pháp vì công ty hứa trả lại',
          'Không hợp pháp: đây là biện pháp bảo đảm bằng tiền cho việc thực hiện hợp đồng',
          'Hợp pháp nếu số tiền không quá một tháng lương',
        ],
        correct: 1,
        explanation:
          'Khoản 2 Điều 17 cấm yêu cầu người lao động thực hiện biện pháp bảo đảm bằng tiền hoặc tài sản khác cho việc thực hiện hợp đồng lao động.',
      },
    ],
  },
  {
    title: 'Thử việc ba tháng, lương thử việc bằng 70%: có đúng luật?',
    summary: 'Anh Hùng tốt nghiệp cao đẳng được nhận thử việc 90 ngày với mức lương bằng 70% lương chính thức.',
    scenario:
      'Anh Lê Quốc Hùng tốt nghiệp cao đẳng công nghệ thông tin, được một công ty phần mềm nhận vào vị trí lập trình viên. Công ty đề nghị thử việc 90 ngày, lương thử việc bằng 70% mức lương của vị trí; sau thử việc nếu "chưa đạt" thì công ty sẽ cho thử việc thêm một lần nữa.',
    question: 'Thời gian thử việc, mức lương thử việc và việc thử việc lại mà công ty đề nghị có đúng quy định không?',
    analysis: [
      'Điều 25 Bộ luật Lao động năm 2019 cho phép hai bên thỏa thuận thời gian thử việc nhưng chỉ được thử việc một lần đối với một công việc. Với công việc có chức danh nghề nghiệp cần trình độ chuyên môn, kỹ thuật từ cao đẳng trở lên, thời gian thử việc không quá 60 ngày (khoản 2). Đề nghị 90 ngày và thử việc thêm lần nữa đều trái quy định.',
      'Điều 26 quy định tiền lương thử việc do hai bên thỏa thuận nhưng ít nhất phải bằng 85% mức lương của công việc đó. Mức 70% thấp hơn mức tối thiểu.',
      'Theo Điều 27, khi kết thúc thời gian thử việc, người sử dụng lao động phải thông báo kết quả; nếu đạt thì tiếp tục thực hiện hoặc giao kết hợp đồng lao động, nếu không đạt thì chấm dứt. Trong thời gian thử việc, mỗi bên có quyền hủy bỏ thỏa thuận mà không cần báo trước và không phải bồi thường.',
    ],
    answer: [
      'Công ty chỉ được thỏa thuận thử việc tối đa 60 ngày, một lần, với mức lương ít nhất bằng 85% lương của vị trí lập trình viên. Anh Hùng có thể đề nghị sửa lại các điều khoản thử việc trước khi ký.',
    ],
    citations: [
      { number: LABOUR_CODE, article: 'khoản 2 Điều 25' },
      { number: LABOUR_CODE, article: 'Điều 26' },
      { number: LABOUR_CODE, article: 'Điều 27' },
    ],
    fields: ['lao-dong'],
    audiences: ['sinh-vien', 'nguoi-lao-dong', 'thanh-nien'],
    daysAgo: 10,
    quiz: [
      {
        prompt: 'Thời gian thử việc tối đa với công việc cần trình độ cao đẳng trở lên là bao lâu?',
        options: ['30 ngày', '60 ngày', '90 ngày', '180 ngày'],
        correct: 1,
        explanation: 'Khoản 2 Điều 25 Bộ luật Lao động 2019: không quá 60 ngày.',
      },
      {
        prompt: 'Lương thử việc ít nhất phải bằng bao nhiêu phần trăm mức lương của công việc đó?',
        options: ['70%', '80%', '85%', '100%'],
        correct: 2,
        explanation: 'Điều 26: tiền lương thử việc ít nhất phải bằng 85% mức lương của công việc đó.',
      },
      {
        prompt: 'Một người lao động được thử việc bao nhiêu lần đối với cùng một công việc?',
        options: ['Một lần', 'Hai lần', 'Không giới hạn nếu hai bên đồng ý'],
        correct: 0,
        explanation: 'Điều 25: chỉ được thử việc một lần đối với một công việc.',
      },
    ],
  },
  {
    title: 'Lao động nữ mang thai bị công ty đơn phương chấm dứt hợp đồng',
    summary: 'Chị Hoa mang thai tháng thứ năm thì nhận quyết định chấm dứt hợp đồng vì "không còn phù hợp".',
    scenario:
      'Chị Phạm Thị Hoa làm công nhân may theo hợp đồng lao động không xác định thời hạn. Khi chị mang thai tháng thứ năm, tổ trưởng thường xuyên xếp chị làm ca đêm; sau khi chị xin không làm đêm, công ty ra quyết định đơn phương chấm dứt hợp đồng lao động với lý do chị "không còn phù hợp với yêu cầu sản xuất".',
    question: 'Công ty có được đơn phương chấm dứt hợp đồng lao động với lao động nữ đang mang thai không?',
    analysis: [
      'Khoản 3 Điều 137 Bộ luật Lao động năm 2019 quy định người sử dụng lao động không được sa thải hoặc đơn phương chấm dứt hợp đồng lao động đối với người lao động vì lý do kết hôn, mang thai, nghỉ thai sản, nuôi con dưới 12 tháng tuổi (trừ trường hợp người sử dụng lao động là cá nhân chết, mất năng lực hoặc doanh nghiệp chấm dứt hoạt động).',
      'Lý do "không còn phù hợp" được đưa ra ngay sau khi chị Hoa xin không làm đêm vì mang thai; công ty không chấm dứt hoạt động. Việc chấm dứt hợp đồng trong hoàn cảnh này trái khoản 3 Điều 137.',
      'Khoản 1 Điều 137 chỉ cấm bố trí làm đêm, làm thêm giờ, đi công tác xa với lao động nữ mang thai từ tháng thứ 07 (hoặc tháng thứ 06 nếu làm việc ở vùng cao, vùng sâu, vùng xa, biên giới, hải đảo). Chị Hoa mang thai tháng thứ năm nhưng việc từ chối làm đêm không thể là lý do để chấm dứt hợp đồng.',
    ],
    answer: [
      'Công ty không được chấm dứt hợp đồng lao động với chị Hoa vì lý do chị mang thai. Chị có thể yêu cầu công đoàn cơ sở bảo vệ, đề nghị hòa giải viên lao động hòa giải hoặc khởi kiện tại Tòa án để được nhận lại làm việc và bồi thường theo quy định.',
    ],
    citations: [
      { number: LABOUR_CODE, article: 'khoản 3 Điều 137' },
      { number: LABOUR_CODE, article: 'khoản 1 Điều 137' },
    ],
    fields: ['lao-dong'],
    audiences: ['phu-nu', 'nguoi-lao-dong'],
    daysAgo: 14,
  },
  {
    title: 'Bị quấy rối tình dục nơi làm việc, có được nghỉ việc ngay không?',
    summary:
      'Chị Mai nhiều lần bị trưởng phòng nhắn tin, có lời nói quấy rối; chị muốn nghỉ việc ngay mà không báo trước.',
    scenario:
      'Chị Đỗ Thị Mai làm nhân viên văn phòng theo hợp đồng lao động xác định thời hạn 24 tháng. Nhiều tháng nay, trưởng phòng liên tục nhắn tin, có lời nói và cử chỉ mang tính tình dục khiến chị sợ hãi. Chị đã báo với phòng nhân sự nhưng không được xử lý. Chị muốn nghỉ việc ngay nhưng lo phải báo trước 30 ngày và bị bồi thường.',
    question:
      'Người lao động bị quấy rối tình dục tại nơi làm việc có quyền chấm dứt hợp đồng mà không cần báo trước không?',
    analysis: [
      'Theo điểm b khoản 1 Điều 35 Bộ luật Lao động năm 2019, người làm việc theo hợp đồng xác định thời hạn từ 12 đến 36 tháng khi đơn phương chấm dứt hợp đồng thông thường phải báo trước ít nhất 30 ngày.',
      'Tuy nhiên, điểm d khoản 2 Điều 35 cho phép người lao động đơn phương chấm dứt hợp đồng lao động không cần báo trước khi bị quấy rối tình dục tại nơi làm việc. Chị Mai thuộc trường hợp này nên không phải báo trước và không vi phạm thời hạn báo trước.',
      'Điểm d khoản 2 Điều 118 yêu cầu nội quy lao động phải có nội dung phòng, chống quấy rối tình dục tại nơi làm việc và trình tự, thủ tục xử lý hành vi quấy rối. Việc công ty không xử lý phản ánh của chị Mai là không thực hiện đúng nội quy theo luật định.',
    ],
    answer: [
      'Chị Mai có quyền nghỉ việc ngay, không cần báo trước. Chị nên lưu giữ tin nhắn, ghi lại thời gian, nhân chứng và gửi văn bản chấm dứt hợp đồng nêu rõ lý do; đồng thời có thể đề nghị công đoàn, thanh tra lao động xem xét trách nhiệm của công ty và người có hành vi quấy rối.',
    ],
    citations: [
      { number: LABOUR_CODE, article: 'khoản 2 Điều 35' },
      { number: LABOUR_CODE, article: 'khoản 2 Điều 118' },
    ],
    fields: ['lao-dong'],
    audiences: ['phu-nu', 'nguoi-lao-dong', 'thanh-nien'],
    daysAgo: 20,
  },
  {
    title: 'Ký hợp đồng lao động trên ứng dụng điện thoại có giá trị không?',
    summary: 'Anh Tâm làm tài xế giao hàng, công ty gửi hợp đồng lao động để ký trên ứng dụng, không có bản giấy.',
    scenario:
      'Anh Võ Minh Tâm được một công ty giao nhận tuyển làm nhân viên giao hàng với hợp đồng 12 tháng. Công ty gửi hợp đồng qua ứng dụng trên điện thoại, anh Tâm đọc và ký điện tử; công ty cho biết không in bản giấy. Anh Tâm lo nếu có tranh chấp thì hợp đồng "trên điện thoại" sẽ không có giá trị.',
    question: 'Hợp đồng lao động giao kết qua phương tiện điện tử có giá trị pháp lý như hợp đồng bằng văn bản không?',
    analysis: [
      'Khoản 1 Điều 14 Bộ luật Lao động năm 2019 quy định hợp đồng lao động phải được giao kết bằng văn bản và làm thành 02 bản; đồng thời hợp đồng lao động được giao kết thông qua phương tiện điện tử dưới hình thức thông điệp dữ liệu theo quy định của pháp luật về giao dịch điện tử có giá trị như hợp đồng lao động bằng văn bản.',
      'Nghị định số 337/2025/NĐ-CP của Chính phủ quy định về hợp đồng lao động điện tử (có hiệu lực từ ngày 01/01/2026): cách giao kết, lưu trữ và bảo đảm người lao động có thể truy cập hợp đồng của mình.',
      'Vì vậy, điều quan trọng với anh Tâm là hợp đồng được ký đúng quy định về giao dịch điện tử và anh lưu giữ được bản điện tử của hợp đồng (tải về, gửi vào thư điện tử của mình).',
    ],
    answer: [
      'Hợp đồng lao động ký trên ứng dụng, nếu đúng quy định về giao dịch điện tử, có giá trị như hợp đồng bằng văn bản. Anh Tâm nên yêu cầu công ty gửi cho mình một bản hợp đồng điện tử để lưu giữ và đối chiếu khi cần.',
    ],
    citations: [{ number: LABOUR_CODE, article: 'khoản 1 Điều 14' }, { number: E_CONTRACT_DECREE }],
    fields: ['lao-dong', 'chuyen-doi-so'],
    audiences: ['nguoi-lao-dong', 'doanh-nghiep'],
    daysAgo: 27,
  },
  {
    title: 'Nghỉ việc ngang không báo trước: người lao động phải bồi thường gì?',
    summary: 'Anh Khoa bỏ việc ngay sau khi nhận lương, công ty yêu cầu bồi thường và không trả trợ cấp thôi việc.',
    scenario:
      'Anh Huỳnh Văn Khoa làm công nhân theo hợp đồng lao động không xác định thời hạn. Tìm được việc mới lương cao hơn, anh nộp đơn hôm trước và nghỉ ngay hôm sau. Công ty thông báo anh đã chấm dứt hợp đồng trái pháp luật, yêu cầu anh bồi thường và không trả trợ cấp thôi việc.',
    question: 'Người lao động nghỉ việc không báo trước đủ thời hạn phải chịu những nghĩa vụ gì?',
    analysis: [
      'Điểm a khoản 1 Điều 35 Bộ luật Lao động năm 2019 yêu cầu người làm việc theo hợp đồng không xác định thời hạn phải báo trước ít nhất 45 ngày khi đơn phương chấm dứt hợp đồng, trừ các trường hợp được nghỉ không cần báo trước ở khoản 2 (như không được trả đủ lương, bị ngược đãi, bị quấy rối tình dục…). Anh Khoa nghỉ vì có việc mới, không thuộc các trường hợp này.',
      'Theo Điều 40, người lao động đơn phương chấm dứt hợp đồng trái pháp luật không được trợ cấp thôi việc; phải bồi thường nửa tháng tiền lương theo hợp đồng và một khoản tiền tương ứng với tiền lương trong những ngày không báo trước; phải hoàn trả chi phí đào tạo (nếu có) theo Điều 62.',
    ],
    answer: [
      'Anh Khoa đã chấm dứt hợp đồng trái pháp luật: anh không được trợ cấp thôi việc và phải bồi thường nửa tháng lương cộng tiền lương của 44 ngày không báo trước. Trước khi nghỉ việc, người lao động nên báo trước đúng thời hạn để tránh thiệt hại.',
    ],
    citations: [
      { number: LABOUR_CODE, article: 'khoản 1 Điều 35' },
      { number: LABOUR_CODE, article: 'Điều 40' },
    ],
    fields: ['lao-dong'],
    audiences: ['nguoi-lao-dong'],
    daysAgo: 35,
  },
]
