import { healthResponse } from '@/shared/ops/handlers'

export const dynamic = 'force-dynamic'

/** Liveness: the process is up (no database call). */
export function GET() {
  return healthResponse()
}
