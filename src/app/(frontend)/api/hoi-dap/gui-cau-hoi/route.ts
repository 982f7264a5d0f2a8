import { handleAskPost } from '@/modules/qa/public/submit-question'

/** POST /api/hoi-dap/gui-cau-hoi — the ask form (multipart or urlencoded); see handleAskPost. */
export function POST(request: Request): Promise<Response> {
  return handleAskPost(request)
}
