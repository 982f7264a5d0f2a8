import { staffExportResponse } from '@/modules/registries/server/staff-routes'

export const dynamic = 'force-dynamic'

export async function GET(request: Request) {
  return staffExportResponse(request)
}
