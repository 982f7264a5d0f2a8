import { handleSendCode } from '@/modules/contests/server/verify'

/** POST /api/cuoc-thi/gui-ma — see handleSendCode. */
export function POST(request: Request): Promise<Response> {
  return handleSendCode(request)
}
