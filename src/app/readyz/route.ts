import { uploadRoot } from '@/modules/media/collections/media'
import { portalPayload } from '@/shared/content/payload'
import { readinessResponse } from '@/shared/ops/handlers'
import { readS3Settings } from '@/shared/storage/s3'

export const dynamic = 'force-dynamic'

/** Readiness: database, uploads directory (or S3 bucket when S3_BUCKET is set) and, when REDIS_URL is set, Redis. */
export function GET() {
  return readinessResponse({
    payload: portalPayload,
    storageDir: uploadRoot(),
    s3: readS3Settings,
    redisUrl: process.env.REDIS_URL,
  })
}
