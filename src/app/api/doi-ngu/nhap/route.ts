import { importResponse } from '@/modules/registries/server/staff-routes'

export const dynamic = 'force-dynamic'

export async function POST(request: Request) {
  return importResponse(request)
}
