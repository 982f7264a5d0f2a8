import { absoluteUrl } from '@/shared/ui/site-url'
import { formatDate } from '@/shared/text/vietnamese'
import { questionPath } from '../constants'

type QuestionLike = {
  id: number | string
  title?: string | null
  slug?: string | null
  trackingCode?: string | null
  dueDate?: string | null
}

/** The mail telling the asker that the answer is published. */
export function answerPublishedMail(q: QuestionLike, name: string | null | undefined) {
  const publicUrl = absoluteUrl(questionPath(q.slug ?? String(q.id)))
  const trackingUrl = absoluteUrl('/hoi-dap/tra-cuu')
  const text = [
    `Kính gửi ${name?.trim() || 'Quý ông/bà'},`,
    '',
    `Câu hỏi “${q.title ?? ''}” (mã tra cứu ${q.trackingCode ?? ''}) đã được trả lời và công bố tại:`,
    publicUrl,
    '',
    `Quý ông/bà có thể xem tình trạng câu hỏi bất cứ lúc nào bằng đường liên kết riêng trong thư xác nhận, hoặc nhập mã tra cứu tại ${trackingUrl}.`,
    '',
    'Trân trọng,',
    'Ban Biên tập Cổng Phổ biến, giáo dục pháp luật',
  ].join('\n')
  return { subject: `Câu hỏi ${q.trackingCode ?? ''} đã được trả lời`, text }
}

/** The reminder to the people handling a question that is due soon or overdue. */
export function reminderMail(q: QuestionLike, kind: 'due-soon' | 'overdue') {
  const adminUrl = absoluteUrl(`/admin/collections/questions/${String(q.id)}`)
  const due = q.dueDate ? formatDate(q.dueDate) : 'chưa đặt'
  const subject =
    kind === 'overdue'
      ? `[Quá hạn] Câu hỏi ${q.trackingCode ?? ''} chưa được trả lời`
      : `[Sắp đến hạn] Câu hỏi ${q.trackingCode ?? ''} cần trả lời trước ${due}`
  const lead =
    kind === 'overdue'
      ? `Câu hỏi sau đã quá hạn trả lời (hạn ${due}):`
      : `Câu hỏi sau sắp đến hạn trả lời (hạn ${due}):`
  const text = [
    lead,
    '',
    `“${q.title ?? ''}” (mã ${q.trackingCode ?? ''})`,
    adminUrl,
    '',
    'Cổng Phổ biến, giáo dục pháp luật',
  ].join('\n')
  return { subject, text }
}
