import type { Payload } from 'payload'
import { enqueueMail } from '@/modules/outbox'
import { absoluteUrl } from '@/shared/ui/site-url'
import { dialoguePath } from '../constants'

/** The confirmation e-mail of a comment; queued in the outbox, so a mail failure loses nothing. */
export async function sendCommentConfirmation(
  payload: Payload,
  args: { to: string; name: string; dialogue: { title: string; slug?: string | null }; commentId: number },
): Promise<void> {
  const url = absoluteUrl(dialoguePath(args.dialogue.slug ?? ''))
  const text = [
    `Kính gửi ${args.name},`,
    '',
    `Cơ quan chủ trì đã nhận góp ý của Ông/Bà về “${args.dialogue.title}”.`,
    'Góp ý sẽ được đăng công khai (không kèm thông tin liên hệ) sau khi được kiểm duyệt; kết quả tiếp thu, giải trình được công bố trên trang đối thoại sau khi kết thúc lấy ý kiến.',
    '',
    `Trang đối thoại: ${url}`,
    '',
    'Trân trọng cảm ơn Ông/Bà đã tham gia góp ý.',
  ].join('\n')
  await enqueueMail(payload, {
    to: args.to,
    subject: `Đã nhận góp ý: ${args.dialogue.title}`.slice(0, 200),
    text,
    kind: 'dialogue-comment-received',
    ref: `dialogue-comments:${args.commentId}`,
  })
}
