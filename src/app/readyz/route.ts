import { uploadRoot } from '@/modules/media/collections/media'
import { portalPayload } from '@/shared/content/payload'
import { readinessResponse } from '@/shared/ops/handlers'

export const dynamic = 'force-dynamic'

/** Readiness: database, uploads directory and, when REDIS_URL is set, Redis. */
export function GET() {
  return readinessResponse({ payload: portalPayload, storageDir: uploadRoot(), redisUrl: process.env.REDIS_URL })
}
