import { handleRegister } from '@/modules/contests/server/register'

/** POST /api/cuoc-thi/dang-ky — see handleRegister. */
export function POST(request: Request): Promise<Response> {
  return handleRegister(request)
}
