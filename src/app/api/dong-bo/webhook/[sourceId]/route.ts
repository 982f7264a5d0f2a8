import { after } from 'next/server'
import { receiveWebhook } from '@/modules/data-exchange/sync/webhook'
import { portalPayload } from '@/shared/content/payload'

export const dynamic = 'force-dynamic'

/** A source portal's signed nudge that its change feed has news (issue 7 §5). */
export async function POST(request: Request, { params }: { params: Promise<{ sourceId: string }> }) {
  const { sourceId } = await params
  return receiveWebhook(request, await portalPayload(), sourceId, (task) => after(task))
}
