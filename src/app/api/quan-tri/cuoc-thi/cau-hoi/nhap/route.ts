import { questionImportResponse } from '@/modules/contests/server/staff-routes'

export const dynamic = 'force-dynamic'

/** POST /api/quan-tri/cuoc-thi/cau-hoi/nhap (multipart: file, mode=preview|import). */
export function POST(request: Request) {
  return questionImportResponse(request)
}
