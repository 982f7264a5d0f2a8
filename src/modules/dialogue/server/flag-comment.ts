import type { Payload } from 'payload'
import { hashAddress } from '@/shared/antispam'
import { clientAddress, createRateLimiter } from '@/shared/security/rate-limit'
import { DIALOGUE_COMMENTS_SLUG, FLAG_REASONS, type FlagReason } from '../constants'
import type { CommentContext } from '../hooks/comment-hooks'
import { publicComments } from '../access/comment-access'

// Flags are cheap to send and only ever hide a comment for review: 20 flags an hour per address,
// and one flag per address and comment.
const perAddress = createRateLimiter({
  name: 'dialogue-flag',
  limit: Number(process.env.DIALOGUE_FLAG_LIMIT || 20),
  windowMs: 60 * 60 * 1000,
})
const perComment = createRateLimiter({ name: 'dialogue-flag-comment', limit: 1, windowMs: 24 * 60 * 60 * 1000 })

export type FlagResult =
  { ok: true; slug: string | null } | { ok: false; status: number; message: string; retryAfterSeconds?: number }

/** A reader reports a published comment; enough reports send it back to moderation. */
export async function flagComment(
  payload: Payload,
  args: { commentId: string; reason: string; headers: Headers },
): Promise<FlagResult> {
  if (!/^[1-9][0-9]{0,9}$/.test(args.commentId)) return { ok: false, status: 400, message: 'Góp ý không hợp lệ.' }
  const reason = FLAG_REASONS.find((r) => r.value === args.reason)?.value as FlagReason | undefined
  if (!reason) return { ok: false, status: 400, message: 'Hãy chọn lý do báo cáo vi phạm.' }
  const found = await payload.find({
    collection: DIALOGUE_COMMENTS_SLUG,
    where: { and: [{ id: { equals: Number(args.commentId) } }, await publicComments(payload)] },
    depth: 1,
    limit: 1,
    overrideAccess: false,
    user: null,
  })
  const comment = found.docs[0]
  if (!comment) return { ok: false, status: 404, message: 'Không tìm thấy góp ý này hoặc góp ý đang được xem xét lại.' }
  const slug = typeof comment.dialogue === 'object' ? (comment.dialogue.slug ?? null) : null

  const address = hashAddress(clientAddress(args.headers))
  const limit = await perAddress.hit(address)
  if (!limit.allowed) {
    return {
      ok: false,
      status: 429,
      message: `Bạn đã gửi quá nhiều báo cáo, vui lòng thử lại sau ${Math.ceil(limit.retryAfterSeconds / 60)} phút.`,
      retryAfterSeconds: limit.retryAfterSeconds,
    }
  }
  // A second report of the same comment from the same address is thanked but not counted.
  if (!(await perComment.hit(`${address}:${comment.id}`)).allowed) return { ok: true, slug }

  const context: CommentContext = { publicFlag: { reason } }
  await payload.update({
    collection: DIALOGUE_COMMENTS_SLUG,
    id: comment.id,
    data: {},
    depth: 0,
    overrideAccess: false,
    user: null,
    context: { ...context },
  })
  return { ok: true, slug }
}
