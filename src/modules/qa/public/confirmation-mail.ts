import type { Payload } from 'payload'
import { enqueueMail } from '@/modules/outbox'
import { absoluteUrl } from '@/shared/ui/site-url'
import { trackingPath } from '../constants'
import type { CreatedQuestion } from '../server/create-question'

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c)

/**
 * Queues the confirmation e-mail with the tracking code and the private status link. Through the
 * outbox: it is stored and retried, so a mail server that is down never loses the question.
 */
export async function sendConfirmation(
  payload: Payload,
  args: { to: string; name: string; title: string; created: CreatedQuestion },
): Promise<void> {
  const { created } = args
  const link = absoluteUrl(trackingPath(created.trackingCode, created.trackingKey))
  const subject = `Đã nhận câu hỏi ${created.trackingCode}`
  const lines = [
    `Kính gửi ${args.name},`,
    '',
    `Chúng tôi đã nhận câu hỏi “${args.title}”.`,
    `Mã tra cứu: ${created.trackingCode}`,
    `Xem tình trạng xử lý và câu trả lời tại: ${link}`,
    '',
    'Vui lòng giữ riêng đường dẫn này: ai có đường dẫn đều xem được tình trạng câu hỏi.',
    'Câu hỏi được trả lời trong thời hạn 15 ngày làm việc kể từ ngày tiếp nhận.',
  ]
  const html = [
    `<p>Kính gửi ${escapeHtml(args.name)},</p>`,
    `<p>Chúng tôi đã nhận câu hỏi “${escapeHtml(args.title)}”.</p>`,
    `<p>Mã tra cứu: <strong>${escapeHtml(created.trackingCode)}</strong></p>`,
    `<p><a href="${escapeHtml(link)}">Xem tình trạng xử lý và câu trả lời</a></p>`,
    '<p>Vui lòng giữ riêng đường dẫn này: ai có đường dẫn đều xem được tình trạng câu hỏi.</p>',
    '<p>Câu hỏi được trả lời trong thời hạn 15 ngày làm việc kể từ ngày tiếp nhận.</p>',
  ].join('\n')
  await enqueueMail(payload, {
    to: args.to,
    subject,
    text: lines.join('\n'),
    html,
    kind: 'qa-confirmation',
    ref: `questions:${String(created.id)}`,
  })
}
