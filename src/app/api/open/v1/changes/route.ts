import { openChanges } from '@/modules/data-exchange/changes/feed'
import { corsPreflight } from '@/modules/data-exchange/open-api/handler'
import { portalPayload } from '@/shared/content/payload'

export const dynamic = 'force-dynamic'

/** GET /api/open/v1/changes: the change feed of published records (issue 7 §3). */
export async function GET(request: Request) {
  return openChanges(request, await portalPayload())
}

export const OPTIONS = corsPreflight
