import { reportsXlsxResponse } from '@/modules/reports/server/export-response'
import { portalPayload } from '@/shared/content/payload'

export const dynamic = 'force-dynamic'

export async function GET(request: Request) {
  const payload = await portalPayload()
  const { user } = await payload.auth({ headers: request.headers })
  const periodParam = new URL(request.url).searchParams.get('ky')
  return reportsXlsxResponse({ payload, user, periodParam, kind: 'tinh-hinh' })
}
