import type { TextBlock } from '@/shared/text/blocks-to-lexical'

/** Demo companion material: the main points of the Labour Code 2019, with the articles they cite. */
export const LABOUR_CODE_INTRODUCTION: { title: string; summary: string; body: TextBlock[] } = {
  title: 'Giới thiệu những điểm mới cơ bản của Bộ luật Lao động năm 2019',
  summary:
    'Tài liệu giới thiệu nội dung cơ bản của Bộ luật Lao động số 45/2019/QH14, có hiệu lực từ ngày 01/01/2021, dùng cho báo cáo viên, tuyên truyền viên pháp luật.',
  body: [
    {
      type: 'p',
      text: 'Bộ luật Lao động số 45/2019/QH14 được Quốc hội khóa XIV thông qua ngày 20/11/2019, có hiệu lực thi hành từ ngày 01/01/2021 và thay thế Bộ luật Lao động số 10/2012/QH13.',
    },
    { type: 'h2', text: 'Một số điểm mới cần tuyên truyền' },
    {
      type: 'ul',
      items: [
        'Người lao động có quyền đơn phương chấm dứt hợp đồng lao động, chỉ cần báo trước theo thời hạn luật định; một số trường hợp không cần báo trước (Điều 35).',
        'Tổng số giờ làm thêm không quá 40 giờ trong 01 tháng (Điều 107).',
        'Người lao động được nghỉ thêm một ngày dịp Quốc khánh, liền kề trước hoặc sau ngày 02/9 (Điều 112).',
        'Tuổi nghỉ hưu trong điều kiện lao động bình thường được điều chỉnh theo lộ trình: nam đủ 62 tuổi vào năm 2028, nữ đủ 60 tuổi vào năm 2035 (Điều 169).',
      ],
    },
    {
      type: 'p',
      text: 'Toàn văn Bộ luật, mục lục và liên kết đến từng điều có tại mục Văn bản pháp luật của Trang.',
    },
  ],
}
