import { handleErase } from '@/modules/contests/server/contestant-page'

/** POST /api/cuoc-thi/xoa-du-lieu — see handleErase. */
export function POST(request: Request): Promise<Response> {
  return handleErase(request)
}
