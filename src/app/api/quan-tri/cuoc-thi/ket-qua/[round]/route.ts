import { resultsExportResponse } from '@/modules/contests/server/staff-routes'

export const dynamic = 'force-dynamic'

/** GET /api/quan-tri/cuoc-thi/ket-qua/<round id> — the round's results as XLSX (organisers). */
export async function GET(request: Request, context: { params: Promise<{ round: string }> }) {
  const { round } = await context.params
  return resultsExportResponse(request, round)
}
