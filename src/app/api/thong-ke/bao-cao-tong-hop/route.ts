import { summaryReportResponse } from '@/modules/statistics/report/response'
import { portalPayload } from '@/shared/content/payload'

export const dynamic = 'force-dynamic'

/** The summary report of a programme for a period (PDF or XLSX); see the module's response.ts. */
export async function GET(request: Request) {
  return summaryReportResponse(request, await portalPayload())
}
