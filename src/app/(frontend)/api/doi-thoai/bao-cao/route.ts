import { handleFlagPost } from '@/modules/dialogue/server/post-handlers'

/** POST /api/doi-thoai/bao-cao — a reader's report of a comment; see handleFlagPost. */
export function POST(request: Request): Promise<Response> {
  return handleFlagPost(request)
}
