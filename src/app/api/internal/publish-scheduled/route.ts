import { scheduledTasks, workflowCollections } from '@/modules'
import { updateEffectStatuses } from '@/modules/legal-documents/effect/update-effect-statuses'
import { portalPayload } from '@/shared/content/payload'
import { revalidatePublicSite } from '@/shared/cache/revalidate'
import { withClusterLock } from '@/shared/ops/cluster-lock'
import { isSchedulerRequest } from '@/shared/workflow/scheduler-auth'
import { publishScheduled } from '@/shared/workflow/publish-scheduled'

export const dynamic = 'force-dynamic'

/**
 * Called every few seconds by the server's own timer (src/instrumentation.ts): publishes what is
 * due and refreshes the public cache inside a request, where Next.js allows it. Every instance has
 * a timer; the cluster lock lets one tick run at a time across them (src/shared/ops/cluster-lock.ts),
 * so each job is done once.
 */
export async function POST(request: Request) {
  if (!isSchedulerRequest(request.headers.get('x-scheduler-token'))) {
    return Response.json({ error: 'Không có quyền gọi tác vụ hệ thống.' }, { status: 403 })
  }
  const outcome = await withClusterLock('scheduler', 5 * 60_000, runScheduledWork)
  if (!outcome.ran) return Response.json({ skipped: outcome.reason })
  return Response.json(outcome.result)
}

async function runScheduledWork() {
  const payload = await portalPayload()
  const published = await publishScheduled(payload, workflowCollections())
  // Legal documents reaching their effective or end date, or replaced/repealed by one that has.
  const now = new Date()
  const effectChanges = await updateEffectStatuses(payload, now)
  // Each module's own periodic work; one failing task must not stop the others.
  const changedBy: string[] = []
  const failed: string[] = []
  for (const task of scheduledTasks()) {
    try {
      if (await task.run(payload, now)) changedBy.push(task.name)
    } catch (error) {
      failed.push(task.name)
      payload.logger.error({ err: error }, `scheduled task ${task.name} failed`)
    }
  }
  if (published.length > 0 || effectChanges.length > 0 || changedBy.length > 0) {
    await revalidatePublicSite(
      payload,
      `scheduled publication of ${published.length} item(s), ${effectChanges.length} effect status change(s)` +
        (changedBy.length > 0 ? `, changes by ${changedBy.join(', ')}` : ''),
    )
  }
  return { published, effectChanges: effectChanges.length, tasks: { changed: changedBy, failed } }
}
