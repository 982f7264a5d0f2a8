import { parseMessage } from '@/shared/cache/revalidation-listener'
import { refreshEdgeCacheSettled, revalidateThisInstance } from '@/shared/cache/revalidate'
import { portalPayload } from '@/shared/content/payload'
import { isSchedulerRequest } from '@/shared/workflow/scheduler-auth'

export const dynamic = 'force-dynamic'

/**
 * Called by this instance's own listener (src/shared/cache/revalidation-listener.ts) when another
 * instance announces a change: refreshes this instance's public pages, then the caching proxy's copy
 * of the pages the change touched (now, and again once every instance has refreshed).
 */
export async function POST(request: Request) {
  if (!isSchedulerRequest(request.headers.get('x-scheduler-token'))) {
    return Response.json({ error: 'Không có quyền gọi tác vụ hệ thống.' }, { status: 403 })
  }
  const message = parseMessage(await request.text().catch(() => ''))
  if (!message) return Response.json({ error: 'Nội dung yêu cầu không hợp lệ.' }, { status: 400 })
  const payload = await portalPayload()
  await revalidateThisInstance(payload, `${message.reason} (announced by another instance)`)
  await refreshEdgeCacheSettled(message.paths)
  return Response.json({ ok: true })
}
