import { corsPreflight, openApiList } from '@/modules/data-exchange/open-api/handler'
import { portalPayload } from '@/shared/content/payload'

export const dynamic = 'force-dynamic'

/** GET /api/open/v1/<type>: published records of a type, by cursor (issue 7 §2). */
export async function GET(request: Request, { params }: { params: Promise<{ type: string }> }) {
  const { type } = await params
  return openApiList(request, await portalPayload(), type)
}

export const OPTIONS = corsPreflight
