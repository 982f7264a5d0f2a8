import { corsPreflight, openApiItem } from '@/modules/data-exchange/open-api/handler'
import { portalPayload } from '@/shared/content/payload'

export const dynamic = 'force-dynamic'

/** GET /api/open/v1/<type>/<id>: one published record (issue 7 §2). */
export async function GET(request: Request, { params }: { params: Promise<{ type: string; id: string }> }) {
  const { type, id } = await params
  return openApiItem(request, await portalPayload(), type, id)
}

export const OPTIONS = corsPreflight
