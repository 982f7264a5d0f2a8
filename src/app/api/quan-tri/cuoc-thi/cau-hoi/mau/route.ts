import { questionTemplateResponse } from '@/modules/contests/server/staff-routes'

/** GET /api/quan-tri/cuoc-thi/cau-hoi/mau — the question bank's XLSX template. */
export function GET() {
  return questionTemplateResponse()
}
