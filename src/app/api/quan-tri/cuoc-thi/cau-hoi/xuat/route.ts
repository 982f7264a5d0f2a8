import { questionExportResponse } from '@/modules/contests/server/staff-routes'

export const dynamic = 'force-dynamic'

/** GET /api/quan-tri/cuoc-thi/cau-hoi/xuat — the whole question bank as XLSX (organisers). */
export function GET(request: Request) {
  return questionExportResponse(request)
}
