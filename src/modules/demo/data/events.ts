import type { DemoEvent } from '../types'

/** Lịch sự kiện (mốc tham chiếu: cuối tháng 11/2026 – có sự kiện đã diễn ra và sắp diễn ra). */
export const events: DemoEvent[] = [
  {
    slug: 'tap-huan-nghiep-vu-bao-cao-vien-tuyen-truyen-vien-thang-6-2026',
    title: 'Tập huấn nghiệp vụ cho báo cáo viên, tuyên truyền viên pháp luật năm 2026',
    summary: 'Lớp tập huấn hai ngày cập nhật kiến thức pháp luật mới và kỹ năng phổ biến pháp luật, kết hợp trực tiếp và trực tuyến.',
    startsAt: '2026-06-16T07:30:00+07:00',
    endsAt: '2026-06-17T16:30:00+07:00',
    place: 'Hội trường Sở Tư pháp, số 03 Trương Định, Phường Long An',
    unit: 'so-tu-phap',
    body: [
      { type: 'p', text: 'Lớp tập huấn dành cho báo cáo viên pháp luật tỉnh và tuyên truyền viên pháp luật các xã, phường. Học viên ở xa có thể tham gia qua hệ thống hội nghị trực tuyến tại trụ sở UBND cấp xã.' },
      { type: 'ul', items: [
        'Ngày 16/6: cập nhật luật mới; kỹ năng chuẩn bị và trình bày bài phổ biến.',
        'Ngày 17/6: xử lý tình huống khi trả lời người dân; khai thác tài liệu số; kiểm tra cuối khóa.',
      ] },
      { type: 'p', text: 'Học viên mang theo máy tính xách tay hoặc điện thoại thông minh để thực hành.' },
    ],
  },
  {
    slug: 'doi-thoai-chinh-sach-phap-luat-lao-dong-thang-9-2026',
    title: 'Đối thoại chính sách – pháp luật về lao động với doanh nghiệp và người lao động',
    summary: 'Doanh nghiệp, công đoàn cơ sở và người lao động trao đổi trực tiếp với cơ quan quản lý về các vướng mắc khi thực hiện Bộ luật Lao động.',
    startsAt: '2026-09-17T14:00:00+07:00',
    endsAt: '2026-09-17T17:00:00+07:00',
    place: 'Hội trường Nhà văn hóa công nhân khu công nghiệp, Xã Đức Hòa',
    unit: 'so-tu-phap',
    body: [
      { type: 'p', text: 'Buổi đối thoại do Sở Tư pháp chủ trì, phối hợp Sở Nội vụ và Liên đoàn Lao động tỉnh tổ chức. Nội dung tập trung vào hợp đồng lao động, làm thêm giờ, nghỉ lễ, chấm dứt hợp đồng và an toàn, vệ sinh lao động.' },
      { type: 'p', text: 'Doanh nghiệp, người lao động có thể gửi câu hỏi trước qua hộp thư điện tử của Trang thông tin điện tử PBGDPL hoặc qua công đoàn cơ sở để Ban Tổ chức tổng hợp, chuẩn bị nội dung trả lời.' },
    ],
  },
  {
    slug: 'le-huong-ung-ngay-phap-luat-viet-nam-2026',
    title: 'Lễ hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2026',
    summary: 'Lễ hưởng ứng kết hợp ngày hội pháp luật với các gian tư vấn, trợ giúp pháp lý miễn phí và hoạt động tương tác cho người dân.',
    startsAt: '2026-11-09T07:30:00+07:00',
    endsAt: '2026-11-09T11:30:00+07:00',
    place: 'Hội trường UBND tỉnh, số 61 Nguyễn Huệ, Phường Long An',
    unit: 'hoi-dong-phoi-hop',
    body: [
      { type: 'p', text: 'Chương trình gồm lễ hưởng ứng, trao giấy khen cho tập thể, cá nhân tiêu biểu và ngày hội pháp luật tại khuôn viên hội trường.' },
      { type: 'ul', items: [
        '07h30 – 08h00: Đón tiếp đại biểu, tham quan gian trưng bày tài liệu pháp luật.',
        '08h00 – 09h30: Lễ hưởng ứng Ngày Pháp luật; giới thiệu kho tình huống pháp luật trực tuyến.',
        '09h30 – 11h30: Ngày hội pháp luật: tư vấn đất đai, hộ tịch, căn cước; trợ giúp pháp lý; sân khấu hóa hòa giải ở cơ sở.',
      ] },
    ],
  },
  {
    slug: 'toa-dam-gioi-thieu-luat-ho-tich-2026',
    title: 'Tọa đàm giới thiệu Luật Hộ tịch năm 2026',
    summary: 'Tọa đàm giới thiệu những nội dung cơ bản của Luật Hộ tịch số 03/2026/QH16 và công tác chuẩn bị thi hành tại cấp xã trước ngày Luật có hiệu lực.',
    startsAt: '2026-12-03T08:00:00+07:00',
    endsAt: '2026-12-03T11:30:00+07:00',
    place: 'Hội trường Sở Tư pháp, số 03 Trương Định, Phường Long An',
    unit: 'so-tu-phap',
    body: [
      { type: 'p', text: 'Luật Hộ tịch số 03/2026/QH16 được Quốc hội thông qua ngày 23/4/2026, có hiệu lực thi hành từ ngày 01/3/2027. Tọa đàm nhằm giúp công chức tư pháp – hộ tịch cấp xã nắm bắt sớm nội dung của Luật, chủ động chuẩn bị nhân lực, hạ tầng và quy trình nghiệp vụ.' },
      { type: 'p', text: 'Thành phần: lãnh đạo Sở Tư pháp, phòng Hành chính tư pháp, đại diện UBND và công chức tư pháp – hộ tịch các xã, phường; đại diện Công an tỉnh phụ trách dữ liệu dân cư.' },
      { type: 'p', text: 'Các đơn vị gửi câu hỏi, vướng mắc về Ban Tổ chức trước ngày 28/11/2026 để tổng hợp, trao đổi tại tọa đàm.' },
    ],
  },
  {
    slug: 'hoi-thi-hoa-giai-vien-gioi-nam-2026',
    title: 'Hội thi hòa giải viên giỏi năm 2026',
    summary: 'Các đội thi đến từ xã, phường tranh tài qua phần chào hỏi, kiến thức pháp luật và xử lý tình huống hòa giải sân khấu hóa.',
    startsAt: '2026-12-17T07:30:00+07:00',
    endsAt: '2026-12-17T16:30:00+07:00',
    place: 'Hội trường UBND Phường Khánh Hậu',
    unit: 'hoi-dong-phoi-hop',
    body: [
      { type: 'p', text: 'Hội thi nhằm tôn vinh đội ngũ hòa giải viên ở cơ sở, tạo diễn đàn trao đổi kinh nghiệm hòa giải và lan tỏa tinh thần “đóng cửa bảo nhau” trong cộng đồng dân cư.' },
      { type: 'ul', items: [
        'Phần thi chào hỏi: giới thiệu về tổ hòa giải và một vụ việc tiêu biểu đã hòa giải thành.',
        'Phần thi kiến thức: trả lời câu hỏi về Luật Hòa giải ở cơ sở và pháp luật liên quan.',
        'Phần thi xử lý tình huống: sân khấu hóa một buổi hòa giải tranh chấp đất đai, hôn nhân và gia đình hoặc mâu thuẫn hàng xóm.',
      ] },
      { type: 'p', text: 'Người dân được mời đến cổ vũ; hội thi được phát trực tiếp trên trang mạng xã hội của Sở Tư pháp.' },
    ],
  },
  {
    slug: 'hoi-nghi-tong-ket-cong-tac-pbgdpl-nam-2026',
    title: 'Hội nghị tổng kết công tác phổ biến, giáo dục pháp luật năm 2026 và triển khai nhiệm vụ năm 2027',
    summary: 'Hội đồng phối hợp PBGDPL tỉnh đánh giá kết quả năm 2026, khen thưởng tập thể, cá nhân tiêu biểu và giao nhiệm vụ trọng tâm năm 2027.',
    startsAt: '2027-01-13T08:00:00+07:00',
    endsAt: '2027-01-13T11:30:00+07:00',
    place: 'Hội trường UBND tỉnh, số 61 Nguyễn Huệ, Phường Long An (kết nối trực tuyến đến các xã, phường)',
    unit: 'hoi-dong-phoi-hop',
    body: [
      { type: 'p', text: 'Hội nghị được tổ chức theo hình thức trực tiếp kết hợp trực tuyến. Các thành viên Hội đồng và UBND cấp xã gửi báo cáo tổng kết về Sở Tư pháp trước ngày 25/12/2026 để tổng hợp.' },
      { type: 'p', text: 'Nội dung chính: báo cáo kết quả công tác PBGDPL, hòa giải ở cơ sở, xây dựng cấp xã đạt chuẩn tiếp cận pháp luật năm 2026; kết quả năm thứ hai triển khai Đề án chuyển đổi số trong công tác PBGDPL; dự thảo kế hoạch năm 2027.' },
    ],
  },
  {
    slug: 'ngay-hoi-phap-luat-hoc-duong-2027',
    title: 'Ngày hội “Học sinh với pháp luật” năm 2027',
    summary: 'Ngày hội gồm thi rung chuông vàng pháp luật, triển lãm sản phẩm tuyên truyền của học sinh và góc trải nghiệm an toàn giao thông.',
    startsAt: '2027-01-22T07:00:00+07:00',
    endsAt: '2027-01-22T11:00:00+07:00',
    place: 'Sân trường THPT Tân An, số 85 Hùng Vương, Phường Long An',
    unit: 'so-gddt',
    body: [
      { type: 'p', text: 'Ngày hội do Sở Giáo dục và Đào tạo phối hợp Sở Tư pháp, Tỉnh đoàn tổ chức, dành cho học sinh trung học các trường trên địa bàn. Mỗi trường cử một đội gồm 10 học sinh tham gia phần thi rung chuông vàng.' },
      { type: 'ul', items: [
        'Rung chuông vàng với các câu hỏi về an toàn giao thông, phòng, chống bạo lực học đường, an toàn trên không gian mạng.',
        'Triển lãm video ngắn, tranh vẽ, ấn phẩm tuyên truyền pháp luật do học sinh thực hiện.',
        'Góc trải nghiệm đội mũ bảo hiểm đúng cách và kỹ năng qua đường an toàn.',
      ] },
      { type: 'p', text: 'Hình ảnh học sinh được sử dụng trên trang thông tin khi có sự đồng ý của cha mẹ hoặc người giám hộ.' },
    ],
  },
  {
    slug: 'tap-huan-danh-gia-cap-xa-dat-chuan-tiep-can-phap-luat-2027',
    title: 'Tập huấn nghiệp vụ đánh giá cấp xã đạt chuẩn tiếp cận pháp luật năm 2027',
    summary: 'Hướng dẫn UBND cấp xã tự đánh giá, chấm điểm, lập hồ sơ đề nghị công nhận đạt chuẩn tiếp cận pháp luật theo Quyết định số 27/2025/QĐ-TTg.',
    startsAt: '2027-02-24T08:00:00+07:00',
    endsAt: '2027-02-25T16:30:00+07:00',
    place: 'Hội trường Sở Tư pháp, số 03 Trương Định, Phường Long An (kết nối trực tuyến đến các xã, phường)',
    unit: 'so-tu-phap',
    body: [
      { type: 'p', text: 'Thành phần: Phó Chủ tịch UBND cấp xã phụ trách khối nội chính, công chức tư pháp – hộ tịch và công chức văn phòng được giao theo dõi các tiêu chí.' },
      { type: 'p', text: 'Nội dung: rút kinh nghiệm kỳ đánh giá năm 2026; hướng dẫn cách thu thập tài liệu minh chứng, lấy ý kiến người dân, công khai kết quả tự đánh giá và lập hồ sơ trên môi trường điện tử.' },
    ],
  },
]
