import { handleVerify } from '@/modules/contests/server/verify'

/** POST /api/cuoc-thi/xac-thuc — see handleVerify. */
export function POST(request: Request): Promise<Response> {
  return handleVerify(request)
}
