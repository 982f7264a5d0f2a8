import { portalPayload } from '@/shared/content/payload'
import { metricsResponse } from '@/shared/ops/handlers'

export const dynamic = 'force-dynamic'

/** Prometheus metrics, protected by METRICS_TOKEN or, when unset, loopback only. */
export function GET(request: Request) {
  return metricsResponse(request, { payload: portalPayload })
}
