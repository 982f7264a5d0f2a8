import type { DemoPage } from '../types'

/** Trang tĩnh của Trang thông tin điện tử PBGDPL. */
export const pages: DemoPage[] = [
  {
    slug: 'gioi-thieu',
    title: 'Giới thiệu Trang thông tin điện tử phổ biến, giáo dục pháp luật',
    summary:
      'Trang thông tin điện tử phổ biến, giáo dục pháp luật do Sở Tư pháp quản trị, cung cấp thông tin pháp luật chính thống, thiết thực cho người dân, doanh nghiệp, cán bộ, công chức và học sinh.',
    body: [
      { type: 'p', text: 'Trang thông tin điện tử phổ biến, giáo dục pháp luật (PBGDPL) được xây dựng theo Đề án “Tăng cường ứng dụng công nghệ thông tin trong công tác phổ biến, giáo dục pháp luật giai đoạn 2019 - 2021” phê duyệt tại Quyết định số 471/QĐ-TTg ngày 26/4/2019 của Thủ tướng Chính phủ và tiếp tục được nâng cấp theo Đề án “Chuyển đổi số trong công tác phổ biến, giáo dục pháp luật giai đoạn 2025 - 2030” phê duyệt tại Quyết định số 766/QĐ-TTg ngày 15/4/2025.' },
      { type: 'p', text: 'Trang nằm trong hệ thống Cổng thông tin điện tử của UBND tỉnh, do Sở Tư pháp phụ trách quản trị, quản lý, vận hành song song với Trang thông tin điện tử của Sở Tư pháp.' },
      { type: 'h2', text: 'Nội dung chính' },
      { type: 'ul', items: [
        'Tin tức – Sự kiện về công tác PBGDPL trên địa bàn tỉnh.',
        'Giới thiệu văn bản pháp luật mới: tài liệu giới thiệu nội dung cơ bản của luật, nghị định, nghị quyết của Hội đồng nhân dân và quyết định của UBND tỉnh.',
        'Hướng dẫn, chỉ đạo về PBGDPL theo ngành, lĩnh vực, địa bàn và đối tượng.',
        'Hoạt động PBGDPL của sở, ngành, xã, phường, trường học, Hội đồng phối hợp PBGDPL, báo cáo viên và tuyên truyền viên pháp luật.',
        'Pháp luật học đường và Tìm hiểu pháp luật với các tình huống, hỏi – đáp gần gũi.',
        'Thông báo – Giấy mời, Lịch sự kiện, Danh bạ điện tử, Kế hoạch – Chương trình – Đề án.',
      ] },
      { type: 'h2', text: 'Kết nối, chia sẻ thông tin' },
      { type: 'p', text: 'Trang hướng tới kết nối, chia sẻ thông tin với Cơ sở dữ liệu quốc gia về văn bản pháp luật, Cổng thông tin điện tử pháp điển, Công báo điện tử nước Cộng hòa xã hội chủ nghĩa Việt Nam, Tủ sách pháp luật điện tử quốc gia và Cổng thông tin điện tử phổ biến, giáo dục pháp luật quốc gia. Cấu trúc dữ liệu được xây dựng thống nhất với chuẩn cấu trúc dữ liệu thông tin điện tử PBGDPL của Bộ Tư pháp.' },
      { type: 'h2', text: 'Liên hệ' },
      { type: 'p', text: 'Sở Tư pháp – Số 03 Trương Định, Phường 1, thành phố Tân An, tỉnh Long An. Điện thoại: 0272 3826 245. Thư điện tử: stp@longan.gov.vn.' },
    ],
  },
  {
    slug: 'ban-bien-tap',
    title: 'Ban Biên tập',
    summary: 'Ban Biên tập gồm lãnh đạo Sở Tư pháp và công chức chuyên môn thuộc Sở, chịu trách nhiệm về nội dung thông tin đăng tải.',
    body: [
      { type: 'p', text: 'Theo cấu trúc Trang thông tin điện tử PBGDPL của tỉnh, Ban Biên tập là lãnh đạo Sở và công chức chuyên môn thuộc Sở Tư pháp. Ban Biên tập hoạt động theo quy chế do Giám đốc Sở Tư pháp ban hành.' },
      { type: 'h2', text: 'Thành phần' },
      { type: 'ul', items: [
        'Ông Võ Minh Tâm – Giám đốc Sở Tư pháp – Trưởng Ban Biên tập.',
        'Bà Trần Thị Thanh Xuân – Phó Giám đốc Sở Tư pháp – Phó Trưởng Ban Biên tập.',
        'Bà Phạm Thị Diễm My – Trưởng phòng Phổ biến, giáo dục pháp luật – Thành viên.',
        'Ông Lê Văn Quang – Chánh Văn phòng Sở – Thành viên.',
        'Ông Tô Quốc Bảo – Trưởng phòng Xây dựng, kiểm tra và theo dõi thi hành pháp luật – Thành viên.',
        'Bà Huỳnh Ngọc Trâm – Chuyên viên phòng Phổ biến, giáo dục pháp luật – Thư ký.',
        'Ông Châu Minh Khoa – Chuyên viên phòng Phổ biến, giáo dục pháp luật – Quản trị kỹ thuật.',
      ] },
      { type: 'h2', text: 'Nhiệm vụ' },
      { type: 'ul', items: [
        'Xây dựng kế hoạch, định hướng nội dung thông tin; tiếp nhận, biên tập, kiểm duyệt tin, bài trước khi đăng tải.',
        'Bảo đảm thông tin chính xác, kịp thời, đúng quy định của pháp luật về bảo vệ bí mật nhà nước, an toàn thông tin và bảo vệ dữ liệu cá nhân.',
        'Đôn đốc các cơ quan, đơn vị cung cấp thông tin; phối hợp xử lý thông tin sai lệch.',
        'Tiếp nhận và phản hồi góp ý của bạn đọc.',
      ] },
      { type: 'p', text: 'Thông tin về thành viên Ban Biên tập được cập nhật khi có thay đổi về nhân sự.' },
    ],
  },
  {
    slug: 'chinh-sach-bao-ve-du-lieu-ca-nhan',
    title: 'Chính sách bảo vệ dữ liệu cá nhân',
    summary:
      'Thông báo về việc thu thập, xử lý và bảo vệ dữ liệu cá nhân của người sử dụng Trang thông tin điện tử PBGDPL, được xây dựng theo Nghị định số 13/2023/NĐ-CP và Luật Bảo vệ dữ liệu cá nhân.',
    body: [
      { type: 'p', text: 'Chính sách này được xây dựng theo Nghị định số 13/2023/NĐ-CP ngày 17/4/2023 của Chính phủ về bảo vệ dữ liệu cá nhân và được cập nhật phù hợp với Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15 có hiệu lực từ ngày 01/01/2026. Bên kiểm soát và xử lý dữ liệu cá nhân là Sở Tư pháp, đơn vị quản trị Trang thông tin điện tử PBGDPL.' },
      { type: 'h2', text: '1. Dữ liệu được thu thập' },
      { type: 'ul', items: [
        'Khi bạn gửi câu hỏi, góp ý: họ và tên, thư điện tử, số điện thoại (nếu cung cấp), nội dung câu hỏi.',
        'Khi bạn tham gia cuộc thi trực tuyến: họ và tên, ngày sinh, số điện thoại, đơn vị công tác hoặc học tập, kết quả dự thi.',
        'Khi bạn truy cập trang: dữ liệu kỹ thuật như địa chỉ IP, loại trình duyệt, thời gian truy cập, dùng để bảo đảm an toàn hệ thống và thống kê lượt truy cập tổng hợp.',
      ] },
      { type: 'p', text: 'Trang không thu thập dữ liệu cá nhân nhạy cảm. Bạn có thể đọc toàn bộ nội dung của trang mà không cần cung cấp dữ liệu cá nhân.' },
      { type: 'h2', text: '2. Mục đích xử lý' },
      { type: 'p', text: 'Dữ liệu chỉ được dùng để trả lời câu hỏi, góp ý; tổ chức, xét và trao giải cuộc thi; bảo đảm vận hành an toàn của trang. Dữ liệu không được mua, bán, không được cung cấp cho bên thứ ba vì mục đích thương mại.' },
      { type: 'h2', text: '3. Thời gian lưu trữ' },
      { type: 'p', text: 'Dữ liệu liên quan đến câu hỏi, góp ý được lưu trữ không quá 24 tháng kể từ khi trả lời; dữ liệu cuộc thi được lưu trữ đến khi kết thúc việc trao giải và giải quyết khiếu nại (nếu có); nhật ký truy cập được lưu theo quy định về an toàn thông tin.' },
      { type: 'h2', text: '4. Quyền của bạn' },
      { type: 'ul', items: [
        'Được biết về hoạt động xử lý dữ liệu cá nhân của mình.',
        'Đồng ý hoặc không đồng ý, rút lại sự đồng ý cho phép xử lý dữ liệu.',
        'Xem, chỉnh sửa, yêu cầu xóa hoặc hạn chế xử lý dữ liệu cá nhân theo quy định.',
        'Khiếu nại, tố cáo, khởi kiện và yêu cầu bồi thường thiệt hại theo quy định của pháp luật.',
      ] },
      { type: 'h2', text: '5. Biện pháp bảo vệ' },
      { type: 'p', text: 'Sở Tư pháp áp dụng các biện pháp quản lý và kỹ thuật phù hợp: mã hóa đường truyền, phân quyền truy cập, ghi nhật ký hệ thống, sao lưu định kỳ. Khi xảy ra sự cố lộ, mất dữ liệu, Sở Tư pháp sẽ thông báo cho cơ quan có thẩm quyền và người có liên quan theo quy định.' },
      { type: 'h2', text: '6. Liên hệ' },
      { type: 'p', text: 'Mọi yêu cầu liên quan đến dữ liệu cá nhân xin gửi về Sở Tư pháp, số 03 Trương Định, Phường 1, thành phố Tân An, tỉnh Long An; thư điện tử stp@longan.gov.vn; điện thoại 0272 3826 245. Yêu cầu sẽ được xem xét, trả lời trong thời hạn theo quy định.' },
    ],
  },
  {
    slug: 'huong-dan-su-dung',
    title: 'Hướng dẫn sử dụng',
    summary: 'Cách tìm tin, bài theo chuyên mục, lĩnh vực, đối tượng, địa bàn; cách hỏi về pháp luật và các tiện ích hỗ trợ tiếp cận.',
    body: [
      { type: 'h2', text: 'Tìm thông tin' },
      { type: 'ul', items: [
        'Thanh điều hướng phía trên dẫn đến các chuyên mục chính: Tin tức – Sự kiện, Giới thiệu văn bản pháp luật mới, Hướng dẫn, chỉ đạo về PBGDPL, Hoạt động PBGDPL, Pháp luật học đường, Tìm hiểu pháp luật.',
        'Ô tìm kiếm cho phép tìm theo từ khóa; bạn có thể gõ tiếng Việt có dấu hoặc không dấu.',
        'Cuối mỗi bài viết có các nhãn lĩnh vực pháp luật (đất đai, lao động, giao thông…), đối tượng (học sinh, người lao động, doanh nghiệp…) và xã, phường; chọn một nhãn để xem mọi bài cùng chủ đề.',
        'Trang Danh bạ điện tử cho phép tìm cán bộ, đơn vị theo tên, chức vụ và lọc theo loại đơn vị.',
        'Các bài viết dẫn chiếu số hiệu, ngày ban hành của văn bản để bạn tra cứu toàn văn trên Cơ sở dữ liệu quốc gia về văn bản pháp luật.',
      ] },
      { type: 'h2', text: 'Hỏi về pháp luật' },
      { type: 'ol', items: [
        'Gửi câu hỏi qua thư điện tử của Sở Tư pháp (địa chỉ ở chân trang) hoặc gọi số điện thoại của Phòng Phổ biến, giáo dục pháp luật trong Danh bạ điện tử.',
        'Nên mô tả ngắn gọn sự việc, nêu rõ địa phương nơi xảy ra; không gửi kèm ảnh giấy tờ tùy thân.',
        'Câu hỏi được chuyển đến cơ quan chuyên môn; câu trả lời được gửi lại cho bạn và có thể được đăng tải (đã ẩn thông tin cá nhân) nếu có ích cho nhiều người.',
      ] },
      { type: 'p', text: 'Trang thông tin không thay thế việc giải quyết vụ việc của cơ quan có thẩm quyền. Với vụ việc cụ thể, bạn nên liên hệ UBND cấp xã nơi cư trú hoặc Trung tâm Trợ giúp pháp lý nhà nước.' },
      { type: 'h2', text: 'Hỗ trợ tiếp cận' },
      { type: 'ul', items: [
        'Giao diện tương thích điện thoại, máy tính bảng; trong mỗi bài có nút “A+”, “A−” để đổi cỡ chữ và nút “In bài viết”; cũng có thể phóng to bằng tổ hợp phím Ctrl và dấu cộng.',
        'Có thể di chuyển giữa các mục bằng phím Tab; liên kết “Bỏ qua đến nội dung chính” ở đầu trang.',
        'Hình ảnh có mô tả thay thế để phần mềm đọc màn hình đọc được.',
      ] },
    ],
  },
  {
    slug: 'dieu-khoan-su-dung',
    title: 'Điều khoản sử dụng',
    summary: 'Quy định về việc sử dụng, trích dẫn thông tin và trách nhiệm của người sử dụng Trang thông tin điện tử PBGDPL.',
    body: [
      { type: 'h2', text: '1. Giá trị của thông tin' },
      { type: 'p', text: 'Thông tin trên trang nhằm mục đích phổ biến, giáo dục pháp luật, có giá trị tham khảo. Văn bản quy phạm pháp luật có giá trị pháp lý là văn bản được đăng Công báo và lưu trữ tại cơ quan ban hành. Tình huống, hỏi – đáp được biên soạn trên cơ sở quy định tại thời điểm đăng tải; người sử dụng cần kiểm tra tình trạng hiệu lực của văn bản khi áp dụng.' },
      { type: 'h2', text: '2. Sử dụng và trích dẫn' },
      { type: 'p', text: 'Văn bản quy phạm pháp luật không thuộc đối tượng bảo hộ quyền tác giả theo Luật Sở hữu trí tuệ. Đối với tin, bài, tài liệu do Ban Biên tập và các cơ quan biên soạn, người sử dụng được trích dẫn, chia sẻ vì mục đích phổ biến pháp luật, học tập, nghiên cứu, với điều kiện ghi rõ nguồn “Trang thông tin điện tử phổ biến, giáo dục pháp luật” và không làm sai lệch nội dung.' },
      { type: 'h2', text: '3. Trách nhiệm của người sử dụng' },
      { type: 'ul', items: [
        'Không lợi dụng chức năng gửi câu hỏi, bình luận để đưa thông tin sai sự thật, xúc phạm danh dự, nhân phẩm người khác hoặc vi phạm quy định của pháp luật về an ninh mạng.',
        'Không gửi dữ liệu cá nhân của người khác khi chưa được đồng ý.',
        'Không thực hiện hành vi gây cản trở, tấn công hoặc truy cập trái phép vào hệ thống.',
      ] },
      { type: 'h2', text: '4. Liên kết ngoài' },
      { type: 'p', text: 'Trang có liên kết đến cổng, trang thông tin của cơ quan nhà nước khác. Ban Biên tập không chịu trách nhiệm về nội dung của các trang bên ngoài.' },
      { type: 'h2', text: '5. Sửa đổi điều khoản' },
      { type: 'p', text: 'Ban Biên tập có thể sửa đổi, bổ sung điều khoản sử dụng cho phù hợp với quy định của pháp luật; nội dung sửa đổi có hiệu lực kể từ khi được đăng tải trên trang.' },
    ],
  },
]
