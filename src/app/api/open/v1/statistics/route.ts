import { corsPreflight } from '@/modules/data-exchange/open-api/handler'
import { openApiStatistics } from '@/modules/data-exchange/open-api/statistics'
import { portalPayload } from '@/shared/content/payload'

export const dynamic = 'force-dynamic'

/** GET /api/open/v1/statistics?year=&unit=: the public statistics of a year (issue 7 §2). */
export async function GET(request: Request) {
  return openApiStatistics(request, await portalPayload())
}

export const OPTIONS = corsPreflight
