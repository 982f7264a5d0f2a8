import { handleCommentPost } from '@/modules/dialogue/server/post-handlers'

/** POST /api/doi-thoai/gop-y — the comment form; see handleCommentPost. */
export function POST(request: Request): Promise<Response> {
  return handleCommentPost(request)
}
