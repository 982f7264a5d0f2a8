import type { DemoOfficial } from '../types'

/** Danh bạ điện tử (họ tên hư cấu, chỉ dùng cho dữ liệu minh họa). */
export const officials: DemoOfficial[] = [
  // Sở Tư pháp
  { name: 'Võ Minh Tâm', position: 'Giám đốc Sở Tư pháp, Phó Chủ tịch thường trực Hội đồng phối hợp PBGDPL tỉnh, Trưởng Ban Biên tập', unit: 'so-tu-phap', phone: '0272 3826 240', email: 'vmtam.stp@longan.gov.vn', order: 1 },
  { name: 'Trần Thị Thanh Xuân', position: 'Phó Giám đốc Sở Tư pháp, Phó Trưởng Ban Biên tập', unit: 'so-tu-phap', phone: '0272 3826 241', email: 'tttxuan.stp@longan.gov.vn', order: 2 },
  { name: 'Nguyễn Hữu Trọng', position: 'Phó Giám đốc Sở Tư pháp', unit: 'so-tu-phap', phone: '0272 3826 242', email: 'nhtrong.stp@longan.gov.vn', order: 3 },
  { name: 'Lê Văn Quang', position: 'Chánh Văn phòng Sở Tư pháp', unit: 'so-tu-phap', phone: '0272 3826 243', email: 'lvquang.stp@longan.gov.vn', order: 4 },
  { name: 'Phạm Thị Diễm My', position: 'Trưởng phòng Phổ biến, giáo dục pháp luật, thành viên Ban Biên tập', unit: 'so-tu-phap', phone: '0272 3826 245', email: 'ptdmy.stp@longan.gov.vn', order: 5 },
  { name: 'Đinh Công Luận', position: 'Phó Trưởng phòng Phổ biến, giáo dục pháp luật', unit: 'so-tu-phap', phone: '0913 472 358', email: 'dcluan.stp@longan.gov.vn', order: 6 },
  { name: 'Huỳnh Ngọc Trâm', position: 'Chuyên viên phòng Phổ biến, giáo dục pháp luật, thư ký Ban Biên tập', unit: 'so-tu-phap', phone: '0918 265 417', email: 'hntram.stp@longan.gov.vn', order: 7 },
  { name: 'Châu Minh Khoa', position: 'Chuyên viên phòng Phổ biến, giáo dục pháp luật, quản trị kỹ thuật Trang thông tin', unit: 'so-tu-phap', phone: '0919 384 126', email: 'cmkhoa.stp@longan.gov.vn', order: 8 },
  { name: 'Ngô Thị Lan Anh', position: 'Trưởng phòng Hành chính tư pháp', unit: 'so-tu-phap', phone: '0272 3826 246', email: 'ntlanh.stp@longan.gov.vn', order: 9 },
  { name: 'Tô Quốc Bảo', position: 'Trưởng phòng Xây dựng, kiểm tra và theo dõi thi hành pháp luật', unit: 'so-tu-phap', phone: '0272 3826 247', email: 'tqbao.stp@longan.gov.vn', order: 10 },
  { name: 'Lý Thị Kim Ngân', position: 'Giám đốc Trung tâm Trợ giúp pháp lý nhà nước', unit: 'so-tu-phap', phone: '0272 3826 248', email: 'ltkngan.stp@longan.gov.vn', order: 11 },

  // Hội đồng phối hợp PBGDPL, UBND tỉnh
  { name: 'Lê Thanh Bình', position: 'Phó Chủ tịch UBND tỉnh, Chủ tịch Hội đồng phối hợp PBGDPL tỉnh', unit: 'hoi-dong-phoi-hop', phone: '0272 3826 102', email: 'ltbinh@longan.gov.vn', order: 12 },
  { name: 'Võ Thị Hoài Thương', position: 'Thư ký Hội đồng phối hợp PBGDPL tỉnh', unit: 'hoi-dong-phoi-hop', phone: '0917 528 364', email: 'vththuong.stp@longan.gov.vn', order: 13 },
  { name: 'Huỳnh Văn Lộc', position: 'Chánh Văn phòng UBND tỉnh', unit: 'van-phong-ubnd-tinh', phone: '0272 3826 105', email: 'hvloc@longan.gov.vn', order: 14 },

  // Pháp chế, đầu mối PBGDPL của sở, ngành
  { name: 'Phan Thị Ngọc Hân', position: 'Giám đốc Sở Nội vụ, thành viên Hội đồng phối hợp PBGDPL tỉnh', unit: 'so-noi-vu', phone: '0272 3826 310', email: 'ptnhan.snv@longan.gov.vn', order: 15 },
  { name: 'Trịnh Văn Hưng', position: 'Chuyên viên pháp chế, Văn phòng Sở Nội vụ', unit: 'so-noi-vu', phone: '0272 3826 312', email: 'tvhung.snv@longan.gov.vn', order: 16 },
  { name: 'Lâm Thị Bảo Trân', position: 'Chuyên viên pháp chế, Văn phòng Sở Tài chính', unit: 'so-tai-chinh', phone: '0272 3826 322', email: 'ltbtran.stc@longan.gov.vn', order: 17 },
  { name: 'Nguyễn Thị Kim Thoa', position: 'Giám đốc Sở Giáo dục và Đào tạo, thành viên Hội đồng phối hợp PBGDPL tỉnh', unit: 'so-gddt', phone: '0272 3826 330', email: 'ntkthoa.sgddt@longan.gov.vn', order: 18 },
  { name: 'Kiều Văn Thạnh', position: 'Chánh Văn phòng Sở Giáo dục và Đào tạo', unit: 'so-gddt', phone: '0272 3826 331', email: 'kvthanh.sgddt@longan.gov.vn', order: 19 },
  { name: 'Dương Thị Mỹ Linh', position: 'Chuyên viên phụ trách pháp chế, PBGDPL ngành Giáo dục', unit: 'so-gddt', phone: '0916 735 284', email: 'dtmlinh.sgddt@longan.gov.vn', order: 20 },
  { name: 'Bùi Ngọc Sơn', position: 'Chuyên viên pháp chế, Văn phòng Sở Y tế', unit: 'so-y-te', phone: '0272 3826 342', email: 'bnson.syt@longan.gov.vn', order: 21 },
  { name: 'Trần Hoàng Nam', position: 'Chuyên viên pháp chế, Văn phòng Sở Nông nghiệp và Môi trường', unit: 'so-nn-mt', phone: '0272 3826 352', email: 'thnam.snnmt@longan.gov.vn', order: 22 },
  { name: 'Vương Thị Cẩm Tú', position: 'Chuyên viên pháp chế, Văn phòng Sở Xây dựng', unit: 'so-xay-dung', phone: '0272 3826 362', email: 'vtctu.sxd@longan.gov.vn', order: 23 },
  { name: 'Hà Minh Nhựt', position: 'Chuyên viên pháp chế, Văn phòng Sở Công Thương', unit: 'so-cong-thuong', phone: '0272 3826 372', email: 'hmnhut.sct@longan.gov.vn', order: 24 },
  { name: 'Quách Thị Yến Nhi', position: 'Chuyên viên pháp chế, Văn phòng Sở Văn hóa, Thể thao và Du lịch', unit: 'so-vhttdl', phone: '0272 3826 382', email: 'qtynhi.svhttdl@longan.gov.vn', order: 25 },
  { name: 'Lưu Đức Tài', position: 'Chuyên viên phụ trách chuyển đổi số, Sở Khoa học và Công nghệ', unit: 'so-khcn', phone: '0272 3826 392', email: 'ldtai.skhcn@longan.gov.vn', order: 26 },
  { name: 'Thượng tá Nguyễn Trung Kiên', position: 'Phó Trưởng phòng Tham mưu, đầu mối PBGDPL Công an tỉnh', unit: 'cong-an-tinh', phone: '0272 3826 115', email: 'ntkien.ca@longan.gov.vn', order: 27 },
  { name: 'Mạc Văn Thiện', position: 'Thanh tra viên chính, đầu mối PBGDPL về phòng, chống tham nhũng', unit: 'thanh-tra-tinh', phone: '0272 3826 412', email: 'mvthien.tt@longan.gov.vn', order: 28 },
  { name: 'Sơn Thị Chanh Thu', position: 'Chuyên viên phụ trách công tác dân tộc, Sở Dân tộc và Tôn giáo', unit: 'so-dan-toc-ton-giao', phone: '0272 3826 422', email: 'stcthu.sdttg@longan.gov.vn', order: 29 },

  // Giáo viên phụ trách PBGDPL trong trường học
  { name: 'Nguyễn Thị Thu Hà', position: 'Giáo viên Giáo dục kinh tế và pháp luật, phụ trách PBGDPL', unit: 'thpt-tan-an', phone: '0907 318 452', email: 'ntthuha@longan.edu.vn', order: 30 },
  { name: 'Lê Quốc Việt', position: 'Phó Hiệu trưởng, Trưởng ban PBGDPL nhà trường', unit: 'thpt-chuyen-long-an', phone: '0908 624 175', email: 'lqviet@longan.edu.vn', order: 31 },
  { name: 'Trần Thị Ngọc Bích', position: 'Bí thư Đoàn trường, phụ trách câu lạc bộ Em yêu pháp luật', unit: 'thpt-ben-luc', phone: '0939 147 286', email: 'ttnbich@longan.edu.vn', order: 32 },
  { name: 'Phạm Hữu Nghị', position: 'Giáo viên Giáo dục kinh tế và pháp luật, phụ trách PBGDPL', unit: 'thpt-can-duoc', phone: '0946 275 318', email: 'phnghi@longan.edu.vn', order: 33 },
  { name: 'Võ Thị Mộng Tuyền', position: 'Tổng phụ trách Đội, phụ trách PBGDPL', unit: 'thcs-long-huu-dong', phone: '0967 382 514', email: 'vtmtuyen@longan.edu.vn', order: 34 },
  { name: 'Đặng Văn Lợi', position: 'Giáo viên Giáo dục công dân, phụ trách PBGDPL', unit: 'thcs-thpt-my-quy', phone: '0972 416 835', email: 'dvloi@longan.edu.vn', order: 35 },

  // Công chức tư pháp – hộ tịch cấp xã
  { name: 'Trương Thị Kim Phượng', position: 'Công chức Tư pháp – Hộ tịch', unit: 'phuong-1-tan-an', phone: '0913 527 641', email: 'ttkphuong.p1@longan.gov.vn', order: 36 },
  { name: 'Nguyễn Minh Thuận', position: 'Công chức Tư pháp – Hộ tịch', unit: 'phuong-khanh-hau', phone: '0914 638 259', email: 'nmthuan.khanhhau@longan.gov.vn', order: 37 },
  { name: 'Lê Thị Cẩm Vân', position: 'Công chức Tư pháp – Hộ tịch', unit: 'thi-tran-ben-luc', phone: '0915 742 386', email: 'ltcvan.benluc@longan.gov.vn', order: 38 },
  { name: 'Hồ Văn Tấn', position: 'Công chức Tư pháp – Hộ tịch, tuyên truyền viên pháp luật', unit: 'xa-long-huu-dong', phone: '0918 356 724', email: 'hvtan.longhuudong@longan.gov.vn', order: 39 },
  { name: 'Phan Thị Bé Năm', position: 'Công chức Tư pháp – Hộ tịch', unit: 'xa-duc-hoa-ha', phone: '0919 468 235', email: 'ptbnam.duchoaha@longan.gov.vn', order: 40 },
  { name: 'Thái Văn Hiền', position: 'Công chức Tư pháp – Hộ tịch', unit: 'xa-my-quy-tay', phone: '0913 584 762', email: 'tvhien.myquytay@longan.gov.vn', order: 41 },
  { name: 'Nguyễn Thị Mỹ Xuyên', position: 'Công chức Tư pháp – Hộ tịch', unit: 'xa-tuyen-binh', phone: '0917 236 548', email: 'ntmxuyen.tuyenbinh@longan.gov.vn', order: 42 },
]
