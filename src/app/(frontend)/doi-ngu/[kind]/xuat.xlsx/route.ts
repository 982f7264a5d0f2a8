import { publicExportResponse } from '@/modules/registries/server/public-export'

export const dynamic = 'force-dynamic'

export async function GET(request: Request, { params }: { params: Promise<{ kind: string }> }) {
  return publicExportResponse(request, (await params).kind)
}
