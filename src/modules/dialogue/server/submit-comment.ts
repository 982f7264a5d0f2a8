import type { Payload } from 'payload'
import { checkSubmission, SubmissionRejected } from '@/shared/antispam'
import { formAntiSpamFields } from '@/shared/antispam/fields'
import { DIALOGUE_COMMENTS_SLUG, DIALOGUES_SLUG } from '../constants'
import type { CommentContext } from '../hooks/comment-hooks'
import { isClosed, isOpen } from '../phase'
import { FORM, readCommentForm, type FieldError } from './comment-form'
import { sendCommentConfirmation } from './send-confirmation'

export type SubmitResult =
  | { ok: true; id: number; slug: string }
  | { ok: false; status: number; errors: FieldError[]; retryAfterSeconds?: number }

const fail = (status: number, message: string, field = ''): SubmitResult => ({
  ok: false,
  status,
  errors: [{ field, message }],
})

/**
 * A citizen's comment from the public form: the dialogue must be published and open, the form
 * valid, the anti-spam checks passed; then the comment is stored awaiting moderation and a
 * confirmation is queued when an e-mail address was given. Never throws for bad input.
 */
export async function submitComment(
  payload: Payload,
  args: { slug: string; form: FormData; headers: Headers },
): Promise<SubmitResult> {
  if (!/^[a-z0-9-]{1,160}$/.test(args.slug)) return fail(404, 'Không tìm thấy đợt lấy ý kiến này.')
  const found = await payload.find({
    collection: DIALOGUES_SLUG,
    where: { slug: { equals: args.slug } },
    limit: 1,
    depth: 0,
    overrideAccess: false,
    user: null,
  })
  const dialogue = found.docs[0]
  if (!dialogue) return fail(404, 'Không tìm thấy đợt lấy ý kiến này.')
  if (!isOpen(dialogue)) {
    return isClosed(dialogue)
      ? fail(409, 'Đợt lấy ý kiến đã kết thúc, hệ thống không nhận thêm góp ý.')
      : fail(409, 'Đợt lấy ý kiến chưa bắt đầu, vui lòng quay lại khi đến thời gian nhận góp ý.')
  }
  const read = readCommentForm(args.form)
  if (!read.ok) return { ok: false, status: 400, errors: read.errors }
  const { input } = read
  if (input.sectionKey !== 'toan-van' && !(dialogue.sections ?? []).some((s) => s.key === input.sectionKey)) {
    return fail(400, 'Điều, mục được chọn không có trong dự thảo.', FORM.section)
  }

  let meta: { ipHash: string; contactHash: string | null }
  try {
    meta = await checkSubmission(payload, {
      headers: args.headers,
      form: formAntiSpamFields(args.form),
      scope: 'comment',
      contact: input.email ?? input.phone,
    })
  } catch (err) {
    if (err instanceof SubmissionRejected) {
      return {
        ok: false,
        status: err.status,
        errors: [{ field: '', message: err.message }],
        retryAfterSeconds: err.retryAfterSeconds,
      }
    }
    throw err
  }

  const context: CommentContext = { publicSubmission: true, commentMeta: meta }
  try {
    const comment = await payload.create({
      collection: DIALOGUE_COMMENTS_SLUG,
      data: { dialogue: dialogue.id, ...input, status: 'cho-duyet' },
      depth: 0,
      overrideAccess: false,
      user: null,
      context: { ...context },
    })
    if (input.email) {
      await sendCommentConfirmation(payload, {
        to: input.email,
        name: input.authorName,
        dialogue,
        commentId: comment.id,
      })
    }
    return { ok: true, id: comment.id, slug: args.slug }
  } catch (err) {
    const status = (err as { status?: number }).status
    if (typeof status === 'number' && status >= 400 && status < 500) {
      return fail(status, (err as Error).message)
    }
    throw err
  }
}
